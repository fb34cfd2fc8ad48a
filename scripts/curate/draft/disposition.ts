/**
 * Which numbers of an article a draft dismisses, and why: the parts of a news page that are not
 * figures of an indicator. Each reason starts with its category, as the hand-written ones do.
 */
import type { ExtractedMention } from '../../../src/lib/server/schema';

export type DismissalCategory =
	'page furniture' | 'headline' | 'date' | 'duration' | 'name' | 'not an indicator';

export interface Dismissal {
	category: DismissalCategory;
	reason: string;
}

export interface ArticleView {
	text: string;
	mentions: readonly ExtractedMention[];
	/** The headline's line: the first line that reads as one; lines before it are page furniture. */
	headline: { start: number; end: number };
}

const lineOf = (text: string, at: number) => {
	const start = text.lastIndexOf('\n', at - 1) + 1;
	const end = text.indexOf('\n', at);
	return text.slice(start, end === -1 ? text.length : end);
};

const WORDS = /[A-Za-zА-Яа-яЁё]{2,}/g;
const BYLINE = /^\s*(?:фото|автор|источник|теги|читайте также|подписывайтесь|реклама)\b/i;
/** A rate line a news page prints wherever it likes: «Курс доллара на 20 ноября: 87,45 сома.». */
const EXCHANGE_RATE =
	/(?:^|[^а-яё])(?:курс\S*|обменн\S*)\s+(?:\S+\s+)?(?:доллар|евро|рубл|юан|тенге|сом|валют)/i;
/** Time words after a plain number: «пяти лет», «3 месяца», «за 10 дней». */
const TIME_AFTER =
	/^[ \u00a0]+(?:лет|года?|месяц(?:а|ев)?|недел[ьиюе]|дн(?:я|ей)|день|час(?:а|ов)?|минут|сут(?:ок|ки))(?![а-яё])/i;
/** Events a year alone can be the figure of: a plant started, a roadmap signed. */
const EVENT_CUE =
	/запущ|запуст|открыл|открыт|основан|построен|начал[аи]? работ|приостанов|возобнов|подписа|визит|введен|сдан/i;
const MEETING_CUE =
	/заседани|встреч|совещани|переговор|заявил|сообщил|отметил|рассмотрят|состоится|состоял/i;
const PAIR_WORDS = /^[ \u00a0]+(?:стран|сторон|государств|народов|республик)/i;

const same = (a: ExtractedMention, b: ExtractedMention) =>
	a.value === b.value && a.value_max === b.value_max && a.unit === b.unit;

/** Why `mention` is not a figure of an indicator, or null when it is a fact candidate. */
export function dismissalFor(
	article: ArticleView,
	mention: ExtractedMention,
	sentence: { start: number; end: number }
): Dismissal | null {
	const { text, mentions } = article;
	const line = lineOf(text, mention.start);
	const words = line.match(WORDS)?.length ?? 0;
	const { headline } = article;
	const furniture =
		BYLINE.test(line) ||
		(EXCHANGE_RATE.test(line) && words <= 12) ||
		mention.start < headline.start ||
		(words <= 3 && !/[.!?]\s*$/.test(line));
	if (furniture) {
		return {
			category: 'page furniture',
			reason: `page furniture: «${line.trim()}» is not part of the article`
		};
	}
	if (mention.start < headline.end) {
		const repeat = mentions.find((m) => m.start >= headline.end && same(m, mention));
		if (repeat) {
			return { category: 'headline', reason: `headline: repeats «${repeat.surface}» of the text` };
		}
	}
	const after = text.slice(mention.end, mention.end + 16);
	const time = mention.unit === null ? TIME_AFTER.exec(after) : null;
	if (time) {
		const span = text.slice(mention.start, mention.end + time[0].length);
		return {
			category: 'duration',
			reason: `duration: «${span}» is a span of time, not a quantity`
		};
	}
	if (mention.unit === null && mention.value <= 3 && PAIR_WORDS.test(after)) {
		return {
			category: 'not an indicator',
			reason: `not an indicator: «${mention.surface}${after.match(PAIR_WORDS)?.[0] ?? ''}»`
		};
	}
	const converted = conversionOf(text, mentions, mention);
	if (converted) {
		return {
			category: 'not an indicator',
			reason: `not an indicator: «${mention.surface}» converts «${converted.surface}» to another currency`
		};
	}
	const quoted = quotedName(text, mention);
	if (quoted) return { category: 'name', reason: `name: part of «${quoted}»` };
	if (mention.unit === 'year') return yearDismissal(text, mentions, mention, sentence);
	return null;
}

/** «1,7 млрд сомов (около 19,4 млн долларов)»: the same sum in brackets, in another currency. */
function conversionOf(
	text: string,
	mentions: readonly ExtractedMention[],
	mention: ExtractedMention
): ExtractedMention | undefined {
	const open = text.lastIndexOf('(', mention.start);
	if (open === -1 || mention.start - open > 12 || text.indexOf(')', open) < mention.end)
		return undefined;
	const before = mentions.find((m) => m.end <= open && open - m.end <= 2);
	return before && before.unit !== mention.unit && isCurrency(before) && isCurrency(mention)
		? before
		: undefined;
}

const isCurrency = (m: ExtractedMention) =>
	m.unit !== null && !['percent', 'pp', 'ratio', 'fraction', 'year'].includes(m.unit);

/** A number inside a short «…» is part of a name: «Бишкек-2030», «Программа 2026». */
function quotedName(text: string, mention: ExtractedMention): string | null {
	const open = text.lastIndexOf('«', mention.start);
	const close = text.indexOf('»', mention.end);
	if (open === -1 || close === -1 || text.lastIndexOf('»', mention.start) > open) return null;
	const inner = text.slice(open + 1, close);
	return inner.length <= 40 && !/[.!?]/.test(inner) ? inner : null;
}

/** The clause around an offset: between commas, semicolons and dashes of its sentence. */
function clauseOf(text: string, sentence: { start: number; end: number }, at: number) {
	let start = at;
	while (start > sentence.start && !/[,;—–(]/.test(text[start - 1] ?? '')) start--;
	let end = at;
	while (end < sentence.end && !/[,;—–)]/.test(text[end] ?? '')) end++;
	return { start, end };
}

const PLAN_CUE = /план|намер|предполаг|будет|будут|заверш|срок|к \d{4}|до \d{4}/i;

/**
 * A year is the date of another figure of its clause, or of a statement or meeting; it is a fact
 * itself when its clause dates an event or a plan («запуск запланирован на 2027 год»).
 */
function yearDismissal(
	text: string,
	mentions: readonly ExtractedMention[],
	year: ExtractedMention,
	sentence: { start: number; end: number }
): Dismissal | null {
	const clause = clauseOf(text, sentence, year.start);
	const inside = (span: { start: number; end: number }) =>
		mentions.filter(
			(m) => m !== year && m.unit !== 'year' && m.start >= span.start && m.end <= span.end
		);
	const others = inside(clause).length ? inside(clause) : inside(sentence);
	const words = text.slice(clause.start, clause.end);
	const dated = EVENT_CUE.test(words) || PLAN_CUE.test(words);
	if (others.length > 0 && !(dated && inside(clause).length === 0)) {
		const list = others.map((m) => `«${m.surface}»`).join(', ');
		return { category: 'date', reason: `date: the period of ${list}` };
	}
	if (MEETING_CUE.test(text.slice(sentence.start, sentence.end)) || !dated) {
		return { category: 'date', reason: 'date: when it was said, met or happened; no quantity' };
	}
	return null;
}

/** The first line of four words or more with no full stop at its end: the headline. */
export function headlineOf(text: string): { start: number; end: number } {
	let start = 0;
	while (start < text.length) {
		const newline = text.indexOf('\n', start);
		const end = newline === -1 ? text.length : newline;
		const line = text.slice(start, end);
		if ((line.match(WORDS)?.length ?? 0) >= 4) {
			return /[.!?]\s*$/.test(line) ? { start, end: start } : { start, end };
		}
		if (newline === -1) break;
		start = newline + 1;
	}
	return { start: 0, end: 0 };
}
