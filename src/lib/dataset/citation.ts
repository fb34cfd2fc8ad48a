// How to cite the dataset and a single fact: text shared by the /data page and the archive's README.
import { formatPublished } from '../domain/format';
import type { Locale } from '../domain/locale';
import { datasetTitle } from './about';

/** A piece of a citation; `lang` marks text in the language of its source (a Russian title). */
export interface CitationPart {
	text: string;
	lang?: string;
}

/** The citation as plain text, to copy or to write into a file. */
export const citationText = (parts: readonly CitationPart[]) =>
	parts.map((part) => part.text).join('');

/** The date the data is as of: the latest known publication date of its articles ('' if none). */
export function dataAsOf(articles: readonly { published: string }[]): string {
	return (
		articles
			.map((article) => article.published)
			.filter(Boolean)
			.sort()
			.at(-1) ?? ''
	);
}

/** A full stop after text that does not end a sentence already. */
const closed = (text: string) =>
	/[.!?…]["»”]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

/**
 * What a citation says of the dataset: `Fact … in …, data as of …`, in each language; a Russian
 * date ends in «г.», which takes no second full stop.
 */
const citationWords = {
	en: {
		dataset: (asOf: string) =>
			closed(`${datasetTitle.en}. Data as of ${formatPublished(asOf, 'en')}`),
		fact: (id: string, asOf: string) =>
			` ${closed(`Fact ${id} in ${datasetTitle.en}, data as of ${formatPublished(asOf, 'en')}`)}`
	},
	ru: {
		dataset: (asOf: string) =>
			closed(`${datasetTitle.ru}. Данные на ${formatPublished(asOf, 'ru')}`),
		fact: (id: string, asOf: string) =>
			` ${closed(`Факт ${id} в наборе «${datasetTitle.ru}», данные на ${formatPublished(asOf, 'ru')}`)}`
	}
} satisfies Record<Locale, object>;

/** `Title. Data as of 31 Jan 2026.`, then the page's address when it is known. */
export function datasetCitation(asOf: string, locale: Locale, address = ''): CitationPart[] {
	return [
		{ text: citationWords[locale].dataset(asOf) },
		...(address ? [{ text: ` ${address}` }] : [])
	];
}

export const factCitationGuide: Record<Locale, string> = {
	en: 'To cite a single fact, cite the article it comes from: its title, the publisher when known, the publication date (or "date unknown"), the quote that states the figure and the address of the article when known. Then add the fact_id and the date the data is as of, so that a reader can find the row and its context.',
	ru: 'Чтобы сослаться на отдельный факт, сошлитесь на статью, из которой он взят: её заголовок, издателя, если он известен, дату публикации (или «дата неизвестна»), цитату с цифрой и адрес статьи, если он известен. Затем добавьте fact_id и дату, на которую приведены данные, чтобы читатель нашёл строку и её контекст.'
};

export interface CitedFact {
	fact_id: string;
	article_id: string;
	quote: string;
}

export interface CitedArticle {
	title: string;
	publisher: string;
	published: string;
	url: string;
	/** The language of the title and the quote. */
	lang: string;
}

/** `Publisher, 31 Jan 2026`, or the date alone when the publisher is not known. */
const publishedBy = (article: Pick<CitedArticle, 'publisher' | 'published'>, locale: Locale) =>
	`${article.publisher ? `${article.publisher}, ` : ''}${formatPublished(article.published, locale)}`;

/** `Title. Publisher, 31 Jan 2026.`: an article as a list of sources names it. */
export const articleReference = (
	article: Pick<CitedArticle, 'title' | 'publisher' | 'published'>,
	locale: Locale
) => `${closed(article.title)} ${closed(publishedBy(article, locale))}`;

/**
 * `Title. Publisher, 31 Jan 2026. “Quote.” https://… Fact <fact_id> in <dataset>, data as of …`:
 * the source first, then where the row is.
 */
export function factCitation(
	fact: CitedFact,
	article: CitedArticle,
	asOf: string,
	locale: Locale
): CitationPart[] {
	const lang = article.lang || undefined;
	return [
		{ text: closed(article.title), lang },
		{ text: ` ${closed(publishedBy(article, locale))} “` },
		{ text: fact.quote.trim(), lang },
		{ text: '”.' },
		...(article.url ? [{ text: ` ${article.url}` }] : []),
		{ text: citationWords[locale].fact(fact.fact_id, asOf) }
	];
}
