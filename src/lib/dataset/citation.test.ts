import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../server/csv';
import { formatPublished } from '../domain/format';
import { Article, Fact } from '../server/schema';
import { datasetTitle } from './about';
import { fixtureDataDir } from '../../../scripts/curate/fixture-project';
import {
	articleReference,
	citationText,
	dataAsOf,
	datasetCitation,
	factCitation
} from './citation';
import { dataFolder, tableFile } from '../domain/data-files';

// Citations of every fact of any archive: the real one and the fixture project's (which has an
// article without a date and one with a publisher and an address).
const archives = [
	['the real archive', resolve(dataFolder)],
	['the fixture project', fixtureDataDir()]
] as const;

describe.each(archives)('%s', (_, dir) => {
	const articles = parseCsv(Article, readFileSync(join(dir, tableFile('articles')), 'utf8'));
	const facts = parseCsv(Fact, readFileSync(join(dir, tableFile('facts')), 'utf8'));
	const articleOf = (id: string) => {
		const article = articles.find((a) => a.article_id === id);
		if (!article) throw new Error(`no article ${id}`);
		return article;
	};

	describe('dataAsOf', () => {
		test('is the latest publication date of the articles, ignoring unknown dates', () => {
			const dated = articles.filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.published));
			expect(dated.length).toBeGreaterThan(0);
			const asOf = dataAsOf(articles);
			expect(dated.map((a) => a.published)).toContain(asOf);
			for (const a of dated) expect(a.published <= asOf).toBe(true);
			expect(dataAsOf([{ published: '' }, { published: '2025-02-01' }])).toBe('2025-02-01');
			expect(dataAsOf([{ published: '' }])).toBe('');
			expect(dataAsOf([])).toBe('');
		});
	});

	describe('datasetCitation', () => {
		const asOf = dataAsOf(articles);
		test('title and date; the address only when it is known', () => {
			const text = citationText(datasetCitation(asOf, 'en'));
			expect(text).toBe(`${datasetTitle.en}. Data as of ${formatPublished(asOf, 'en')}.`);
			expect(text).not.toMatch(/http|undefined/);
			expect(citationText(datasetCitation(asOf, 'en', 'https://example.org/data'))).toBe(
				`${text} https://example.org/data`
			);
		});

		test('in Russian, a date ending in «г.» takes no second full stop', () => {
			const text = citationText(datasetCitation(asOf, 'ru'));
			expect(text).toBe(
				`${datasetTitle.ru}. Данные на ${formatPublished(asOf, 'ru').replace(/\.$/, '')}.`
			);
			expect(text).not.toMatch(/\.\.$/);
			expect(citationText(datasetCitation('', 'ru'))).toMatch(/дата неизвестна\.$/);
		});
	});

	describe('factCitation on every fact', () => {
		const asOf = dataAsOf(articles);
		test.each(facts.map((f) => [f.fact_id, f] as const))('%s', (_, fact) => {
			const article = articleOf(fact.article_id);
			const parts = factCitation(fact, article, asOf, 'en');
			const text = citationText(parts);
			const at = (part: string) => {
				const i = text.indexOf(part);
				expect(i, `"${part}" in ${text}`).toBeGreaterThanOrEqual(0);
				return i;
			};
			// In this order: the article, its date, the quote, then where the row is.
			const order = [
				at(article.title),
				at(`${formatPublished(article.published, 'en')}.`),
				at(`“${fact.quote}”`),
				at(`Fact ${fact.fact_id} `),
				at(`data as of ${formatPublished(asOf, 'en')}.`)
			];
			expect(order).toEqual([...order].sort((a, b) => a - b));
			if (!article.published) expect(text).toContain('date unknown');
			// No publisher: the date follows the title directly.
			if (!article.publisher) {
				const afterTitle = text.slice(article.title.trim().length);
				expect(afterTitle).toMatch(/^\.? (\d{1,2} \w+ \d{4}|date unknown)\. “/);
			}
			if (!article.url) expect(text).not.toMatch(/https?:/);
			// The title and the quote keep the article's language, for screen readers.
			expect(parts.filter((s) => s.lang === article.lang).map((s) => s.text)).toEqual([
				expect.stringContaining(article.title.trim()),
				fact.quote.trim()
			]);
		});

		test('the publisher and the address, when the curation gives them, in their place', () => {
			const fact = facts.find((f) => !articleOf(f.article_id).published) ?? facts[0]!;
			const article = {
				...articleOf(fact.article_id),
				publisher: '24.kg',
				url: 'https://24.kg/example'
			};
			const text = citationText(factCitation(fact, article, asOf, 'en'));
			const publisher = text.indexOf(`. 24.kg, ${formatPublished(article.published, 'en')}. “`);
			const url = text.indexOf(`”. https://24.kg/example Fact ${fact.fact_id} `);
			expect(publisher).toBeGreaterThan(0);
			expect(url).toBeGreaterThan(publisher);
		});

		test('a title that ends a sentence gets no second full stop', () => {
			const [fact] = facts;
			const article = { ...articleOf(fact!.article_id), title: 'Что дальше?' };
			expect(citationText(factCitation(fact!, article, asOf, 'en'))).toMatch(/^Что дальше\? /);
		});

		test('in Russian, a date ending in «г.» takes no second full stop', () => {
			for (const fact of facts) {
				const segments = factCitation(fact, articleOf(fact.article_id), asOf, 'ru');
				expect(segments[1]!.text).toMatch(/[^.]\. “$/);
				expect(segments.at(-1)!.text).toMatch(/[^.]\.$/);
			}
		});
	});

	describe('articleReference', () => {
		test('every article: its title, then its publisher when known, then its date', () => {
			for (const article of articles) {
				for (const locale of ['en', 'ru'] as const) {
					const text = articleReference(article, locale);
					const date = formatPublished(article.published, locale);
					expect(text.startsWith(article.title.trim()), text).toBe(true);
					// One full stop at the end, the date's own when it has one (a Russian «г.»).
					const by = `${article.publisher ? `${article.publisher}, ` : ''}${date}`;
					expect(text, text).toMatch(/[^.]\.$/);
					expect(text.endsWith(` ${by}.`) || text.endsWith(` ${by}`), text).toBe(true);
				}
			}
		});

		test('a publisher stands before the date; a title ending a sentence gets no second stop', () => {
			const article = { title: 'Что дальше?', publisher: '24.kg', published: '2026-01-31' };
			expect(articleReference(article, 'en')).toBe(
				`Что дальше? 24.kg, ${formatPublished('2026-01-31', 'en')}.`
			);
			expect(articleReference({ ...article, publisher: '', published: '' }, 'ru')).toBe(
				`Что дальше? ${formatPublished('', 'ru')}.`
			);
		});
	});
});
