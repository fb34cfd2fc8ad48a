/**
 * The period a figure refers to, read from the Russian sentence that states it: a first guess for a
 * draft curation file, which a person reviews. Periods are EDTF strings (see `Period` in the schema),
 * plus the level-2 groupings for quarters (`2026-33`…`2026-36`) and half-years (`2026-40`, `2026-41`).
 */
import type { periodBases } from '../../../src/lib/domain/vocabulary';
import { spanAround } from './span-around';

export type DraftedPeriod =
	| {
			period: string;
			basis: (typeof periodBases)[number];
			/** The phrase the period was read from, as the sentence writes it. */
			phrase: string;
	  }
	| { period: ''; basis: null; why: string };

/** The publication date a relative phrase («в прошлом году») is resolved against. */
interface Published {
	year: number;
	month: number;
	day: number;
}

/** An explicit period is a string; a relative one is computed from the publication date. */
type Reading = string | ((published: Published) => string);

/** A calendar year as written, or one relative to the publication year («в прошлом году»: -1). */
type YearRef = number | { offset: number };

// Lowercase code unit by code unit, so that offsets into the folded text are offsets into the
// sentence (String#toLowerCase may lengthen a few characters, such as İ). ё is е, and the Cyrillic
// і some authors type in roman numerals («ІІ квартал») is the Latin i.
function fold(text: string): string {
	return text.replace(/[^]/g, (c) => {
		if (c === 'ё' || c === 'Ё') return 'е';
		if (c === 'і' || c === 'І') return 'i';
		const lower = c.toLowerCase();
		return lower.length === 1 ? lower : c;
	});
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function shiftDay({ year, month, day }: Published, days: number): string {
	const d = new Date(Date.UTC(year, month - 1, day + days));
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function shiftMonth({ year, month }: Published, months: number): string {
	const index = year * 12 + month - 1 + months;
	return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

// ---- vocabulary ------------------------------------------------------------------------------

const monthStems = [
	'январ',
	'феврал',
	'март',
	'апрел',
	'ма',
	'июн',
	'июл',
	'август',
	'сентябр',
	'октябр',
	'ноябр',
	'декабр'
];

function monthOf(word: string): number {
	// Longest stems first would be needed if one were a prefix of another; only «ма» (май) is short,
	// and no other month starts with it.
	return monthStems.findIndex((stem) => word.startsWith(stem)) + 1;
}

/** Words for the small counts periods use: «за девять месяцев», «около трех лет назад». */
const counts: Record<string, number> = {
	один: 1,
	одного: 1,
	два: 2,
	две: 2,
	двух: 2,
	три: 3,
	трех: 3,
	четыре: 4,
	четырех: 4,
	пять: 5,
	пяти: 5,
	шесть: 6,
	шести: 6,
	семь: 7,
	семи: 7,
	восемь: 8,
	восьми: 8,
	девять: 9,
	девяти: 9,
	десять: 10,
	десяти: 10,
	одиннадцать: 11,
	одиннадцати: 11,
	двенадцать: 12,
	двенадцати: 12
};

const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : (counts[word] ?? 0));

/** Adjectives that place a year or month against the publication date, by their stem. */
const relativeStems: [RegExp, number][] = [
	[/^позапрошл/, -2],
	[/^(?:прошл|минувш|прошедш|предыдущ)/, -1],
	[/^(?:эт|текущ|нынешн|сего)/, 0],
	[/^(?:следующ|будущ|наступающ|предстоящ)/, 1]
];

const offsetOf = (word: string) => relativeStems.find(([re]) => re.test(word))?.[1] ?? 0;

function ordinalOf(word: string): number {
	const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
	if (word in roman) return roman[word] ?? 0;
	if (/^\d/.test(word)) return Number(word[0]);
	const stems = ['перв', 'втор', 'трет', 'четверт'];
	return stems.findIndex((s) => word.startsWith(s)) + 1;
}

// ---- regex pieces (over folded text) ----------------------------------------------------------

/**
 * Word edges: Cyrillic letters are not `\w` in a JS regex. Any Cyrillic letter (Kyrgyz ң, ө, ү
 * too), Latin letter or digit continues a word.
 */
const LETTER = 'a-z0-9\\u0400-\\u04ff';
const B = `(?<![${LETTER}])`;
const E = `(?![${LETTER}])`;
const DASH = String.raw`\s*[-–—‑]\s*`;
const YEAR = String.raw`(?:19|20)\d\d`;
/** «году», «гг.», «г.»: the word that makes a bare four-digit number a year. */
const YEAR_WORD = String.raw`(?:год(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-я])|гг?(?![а-яa-z])\.?)`;
const ORDINAL_ENDING = '(?:-?(?:го|й|м|му|ом|ый))?';
const MONTH = String.raw`(?:январ[а-я]*|феврал[а-я]*|март(?:а|у|е|ом)?|апрел[а-я]*|ма(?:й|я|ю|е|ем)|июн[а-я]*|июл[а-я]*|август(?:а|у|е|ом)?|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*)${E}`;
const RELATIVE = String.raw`(?:позапрошл|прошл|минувш|прошедш|предыдущ|текущ|нынешн|следующ|будущ|наступающ|предстоящ)[а-я]*|эт(?:от|ом|ого|ому)|сего`;
const COUNT = String.raw`(?:\d{1,2}|${Object.keys(counts).join('|')})${E}`;
const APPROX = 'около|примерно|приблизительно|порядка|почти|более|свыше|больше|менее|меньше';

/**
 * The preposition before a point decides whether the figure is at it, by it (`../X`) or from it
 * (`X/..`). Multi-word ones come first so the regex prefers them.
 */
const PREP = String.raw`(?:(?<prep>по\s+итогам|начиная\s+с|не\s+позднее|до\s+конца|к\s+концу|с\s+начала|в\s+конце|в\s+начале|в\s+течение|в|во|за|на|к|до|с|со)\s+)?`;

function yearSpec(n: string): string {
	return String.raw`(?:\s+(?<year${n}>${YEAR})${ORDINAL_ENDING}(?:\s*${YEAR_WORD})?|\s+(?<rel${n}>${RELATIVE})\s+года${E})?`;
}

type Groups = Record<string, string | undefined>;

/** The year a month, quarter or count refers to: written, relative, or the publication year. */
function yearRef(g: Groups, n: string): YearRef {
	const year = g[`year${n}`];
	if (year) return Number(year);
	const rel = g[`rel${n}`];
	return { offset: rel ? offsetOf(rel) : 0 };
}

/** A period of one or more years: explicit if they all are, else resolved when published is known. */
function withYears(refs: YearRef[], period: (...years: number[]) => string): Reading {
	const explicit = refs.filter((r) => typeof r === 'number');
	if (explicit.length === refs.length) return period(...explicit);
	return (p) => period(...refs.map((r) => (typeof r === 'number' ? r : p.year + r.offset)));
}

const withYear = (ref: YearRef, period: (year: number) => string) => withYears([ref], period);

const yearBefore = (ref: YearRef): YearRef =>
	typeof ref === 'number' ? ref - 1 : { offset: ref.offset - 1 };

/** Applies `f` to the period once known; an empty period (no such date) stays empty. */
function mapReading(reading: Reading, f: (period: string) => string): Reading {
	const g = (period: string) => (period === '' ? '' : f(period));
	return typeof reading === 'string' ? g(reading) : (p) => g(reading(p));
}

function bounded(prep: string | undefined, reading: Reading): Reading {
	const p = prep?.replace(/\s+/g, ' ');
	if (p === 'к' || p === 'до' || p === 'не позднее' || p === 'до конца' || p === 'к концу') {
		return mapReading(reading, (x) => `../${x}`);
	}
	if (p === 'с' || p === 'со' || p === 'начиная с' || p === 'с начала') {
		return mapReading(reading, (x) => `${x}/..`);
	}
	return reading;
}

// ---- the forms ------------------------------------------------------------------------------

interface Form {
	re: RegExp;
	/**
	 * null when the match is not this form after all (31 February: the month may still be read);
	 * '' when it is a phrase that names no period (a year range running backwards), so that nothing
	 * inside it is read either.
	 */
	read: (g: Groups) => Reading | null;
	/** «сейчас», «на сегодняшний день»: used only when the scope has no other period phrase. */
	weak?: boolean;
}

const form = (source: string, read: Form['read'], weak = false): Form => ({
	re: new RegExp(B + source, 'g'),
	read,
	weak
});

const forms: Form[] = [
	// «с 2020 по 2025 год», «с 2020 года до 2025 года»
	form(
		String.raw`(?:начиная\s+)?со?\s+(?<a>${YEAR})(?:\s*${YEAR_WORD})?\s+(?:по\s+(?<b>${YEAR})(?:\s*${YEAR_WORD})?|до\s+(?<c>${YEAR})\s*${YEAR_WORD})${E}`,
		(g) => {
			const [a, b] = [Number(g.a), Number(g.b ?? g.c)];
			return a < b ? `${a}/${b}` : '';
		}
	),
	// «в 2024–2025 годах», «2024-2025 гг.»: without the year word a range may be of anything else.
	form(
		String.raw`(?:(?:в|во|за|на)\s+)?(?<a>${YEAR})${DASH}(?<b>${YEAR})${ORDINAL_ENDING}\s*${YEAR_WORD}`,
		(g) => (Number(g.a) < Number(g.b) ? `${g.a}/${g.b}` : '')
	),
	// «в 2025 году», «2025 г.», «к 2030 году», «с 2026 года», «до конца 2026 года»
	form(String.raw`${PREP}(?<year>${YEAR})${ORDINAL_ENDING}\s*${YEAR_WORD}`, (g) =>
		bounded(g.prep, g.year ?? '')
	),
	// «к 2030» in a headline: «к» before a bare year leaves little doubt, «до 2000» could be soms.
	form(String.raw`к\s+(?<year>${YEAR})${ORDINAL_ENDING}(?!\s*[%$])${E}`, (g) => `../${g.year}`),
	// «1 марта 2026 года», «с 1 марта»; «31 февраля» is left to the month form.
	form(String.raw`${PREP}(?<day>\d{1,2})(?:-?го)?\s+(?<m>${MONTH})${yearSpec('')}`, (g) => {
		const [day, month, ref] = [Number(g.day), monthOf(g.m ?? ''), yearRef(g, '')];
		if (day < 1 || day > daysIn(typeof ref === 'number' ? ref : 2000, month)) return null;
		// A relative 29 February in a common year has no date: the reading is '' and says so.
		const date = (y: number) => (day > daysIn(y, month) ? '' : `${y}-${pad(month)}-${pad(day)}`);
		return bounded(g.prep, withYear(ref, date));
	}),
	// «за январь–август 2026 года», «с ноября 2025 по февраль 2026 года», «в январе–августе»
	form(
		String.raw`(?:(?:в|во|за|с|со)\s+)?(?<ma>${MONTH})${yearSpec('a')}(?:${DASH}|\s+(?:по|до)\s+)(?<mb>${MONTH})${yearSpec('b')}`,
		(g) => {
			const [a, b] = [monthOf(g.ma ?? ''), monthOf(g.mb ?? '')];
			const refB = yearRef(g, 'b');
			// «с ноября по февраль»: a range without its own first year runs over New Year if it must.
			const refA = g.yeara || g.rela ? yearRef(g, 'a') : a > b ? yearBefore(refB) : refB;
			return withYears([refA, refB], (ya, yb) => `${ya}-${pad(a)}/${yb}-${pad(b)}`);
		}
	),
	// «в январе 2026 года», «в марте прошлого года», «до конца сентября», «в марте»
	form(String.raw`${PREP}(?<m>${MONTH})${yearSpec('')}`, (g) =>
		bounded(
			g.prep,
			withYear(yearRef(g, ''), (y) => `${y}-${pad(monthOf(g.m ?? ''))}`)
		)
	),
	// «в III квартале 2025 года», «в первом квартале», «за 1 кв. прошлого года»
	form(
		String.raw`${PREP}(?<o>перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*|iv|iii|ii|i|[1-4]${ORDINAL_ENDING})\s+(?:квартал[а-я]*|кв\.)${yearSpec('')}`,
		(g) =>
			bounded(
				g.prep,
				withYear(yearRef(g, ''), (y) => `${y}-${32 + ordinalOf(g.o ?? '')}`)
			)
	),
	// «во втором полугодии», «в первом полугодии 2026 года», «за I полугодие»
	form(
		String.raw`${PREP}(?<o>перв[а-я]*|втор[а-я]*|ii|i|[12]${ORDINAL_ENDING})\s+полугоди[а-я]*${yearSpec('')}`,
		(g) =>
			bounded(
				g.prep,
				withYear(yearRef(g, ''), (y) => `${y}-${39 + ordinalOf(g.o ?? '')}`)
			)
	),
	// «за девять месяцев», «за первые 9 месяцев 2025 года»: January up to that month
	form(String.raw`за\s+(?:первые\s+)?(?<n>${COUNT})\s+месяц[а-я]*${yearSpec('')}`, (g) => {
		const n = countOf(g.n ?? '');
		if (n < 2 || n > 11) return null;
		return withYear(yearRef(g, ''), (y) => `${y}-01/${y}-${pad(n)}`);
	}),
	// «с начала года» runs to the publication month; «до конца года», «к концу месяца»
	form(
		String.raw`(?<prep>до\s+конца|к\s+концу|с\s+начала|в\s+конце|в\s+начале)\s+(?:(?<rel>${RELATIVE})\s+)?(?<unit>год|месяц)(?:а|у|е|ем)?${E}`,
		(g) => {
			const offset = g.rel ? offsetOf(g.rel) : 0;
			const prep = (g.prep ?? '').replace(/\s+/g, ' ');
			if (g.unit === 'месяц') return bounded(prep, (p) => shiftMonth(p, offset));
			if (prep === 'с начала' && offset === 0)
				return (p) => `${p.year}-01/${p.year}-${pad(p.month)}`;
			return bounded(prep, (p) => String(p.year + offset));
		}
	),
	// «в прошлом году», «по итогам текущего года», «к следующему году», «в этом месяце»
	form(String.raw`${PREP}(?<rel>${RELATIVE})\s+(?<unit>год|месяц)(?:а|у|е|ем|ом)?${E}`, (g) => {
		const offset = offsetOf(g.rel ?? '');
		if (g.unit === 'месяц') return bounded(g.prep, (p) => shiftMonth(p, offset));
		return bounded(g.prep, (p) => String(p.year + offset));
	}),
	// «годом ранее», «месяцем ранее»
	form(String.raw`(?<unit>годом|месяцем)\s+(?:ранее|раньше)${E}`, (g) =>
		g.unit === 'годом' ? (p) => String(p.year - 1) : (p) => shiftMonth(p, -1)
	),
	// «около трех лет назад» (2023~), «более пяти лет назад» (../2021), «год назад»
	form(
		String.raw`(?:(?<q>${APPROX})\s+)?(?:(?<n>${COUNT})\s+)?(?<unit>год|года|лет|месяц|месяца|месяцев)\s+(?:тому\s+)?назад${E}`,
		(g) => {
			const n = g.n ? countOf(g.n) : 1;
			const back: Reading =
				g.unit?.startsWith('месяц') === true ? (p) => shiftMonth(p, -n) : (p) => String(p.year - n);
			if (!g.q) return back;
			if (/^(?:более|свыше|больше)$/.test(g.q)) return mapReading(back, (x) => `../${x}`);
			if (/^(?:менее|меньше)$/.test(g.q)) return mapReading(back, (x) => `${x}/..`);
			return mapReading(back, (x) => `${x}~`);
		}
	),
	// «в ближайшие три года»: from the publication year to the year N years on, which holds the
	// window's end whatever the publication month.
	form(
		String.raw`(?:(?:в|на)\s+)?(?:течение\s+)?(?:ближайш|предстоящ|следующ)[а-я]*\s+(?<n>${COUNT})\s+(?:год[а-я]*|лет)${E}`,
		(g) => {
			const n = countOf(g.n ?? '');
			return n < 1 ? null : (p) => `${p.year}/${p.year + n}`;
		}
	),
	// «сегодня», «на сегодняшний день», «на данном этапе»: the publication date itself.
	form(
		String.raw`(?:сегодня|на\s+сегодняшний\s+день|на\s+сегодня|на\s+данный\s+момент|на\s+текущий\s+момент|на\s+данном\s+этапе|в\s+настоящее\s+время|сейчас|ныне)${E}`,
		() => (p) => shiftDay(p, 0),
		true
	),
	form(String.raw`вчера${E}`, () => (p) => shiftDay(p, -1), true)
];

// ---- choosing ------------------------------------------------------------------------------

interface Hit {
	start: number;
	end: number;
	order: number;
	weak: boolean;
	reading: Reading;
}

function findHits(folded: string): Hit[] {
	const hits: Hit[] = [];
	forms.forEach((f, order) => {
		for (const m of folded.matchAll(f.re)) {
			const reading = f.read(m.groups ?? {});
			if (reading === null) continue;
			hits.push({ start: m.index, end: m.index + m[0].length, order, weak: !!f.weak, reading });
		}
	});
	// A phrase inside a longer one is part of it: «2025 год» in «с 2020 по 2025 год».
	const outer = hits.filter(
		(h) =>
			!hits.some(
				(o) =>
					o !== h &&
					o.start <= h.start &&
					o.end >= h.end &&
					(o.end - o.start > h.end - h.start || o.order < h.order)
			)
	);
	return outer.filter((h) => h.reading !== '');
}

/**
 * Where the figure ends, roughly: its digits with their group and decimal separators and a percent
 * sign, or its word. A phrase right after a figure is then as near as one right before it.
 */
function figureEnd(folded: string, start: number): number {
	const figure = /\d+(?:[\s,.]\d+)*%?|[а-яa-z]+/y;
	figure.lastIndex = start;
	return figure.exec(folded) ? figure.lastIndex : start;
}

function distance(h: Hit, start: number, end: number): number {
	if (h.end <= start) return start - h.end;
	if (h.start >= end) return h.start - end;
	return 0;
}

/**
 * Where to look for the figure's period, narrowest first. Its clause's phrase is about the figure
 * even when another clause's is nearer («Сейчас работают 400 человек, а в 2020 году их было 250»);
 * a clause without one («В 2025 году, как ожидается, будет выпущено 700, а к 2030 году — 1500»)
 * takes the period of its part of the sentence up to a contrast («а», «но») before the nearest
 * phrase anywhere. Commas before a space (not decimal commas), semicolons, colons and brackets end a
 * clause.
 */
const scopes = [
	/,(?=\s)|[;:()]|\s(?:а|но|однако)\s/g,
	/;|,?\s(?:а|но|однако|тогда\s+как)\s/g,
	/$^/g
];

function parsePublished(published: string | null): Published | null {
	if (published === null) return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
	if (!m) throw new RangeError(`published must be an ISO date (YYYY-MM-DD), got "${published}"`);
	return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * The period of the figure at `figureStart` in `sentence`: the period phrase nearest to the figure
 * in the narrowest scope that has one (one before the figure wins a tie, as Russian news puts the
 * period first; «сейчас» and the like only when the scope has nothing else), resolved against
 * `published` when the phrase is relative.
 */
export function draftPeriod(
	sentence: string,
	figureStart: number,
	published: string | null
): DraftedPeriod {
	const pub = parsePublished(published);
	const folded = fold(sentence);
	const all = findHits(folded);
	const scope =
		scopes
			.map((boundary) => spanAround(folded, figureStart, boundary))
			.map(({ start, end }) => all.filter((h) => h.start >= start && h.end <= end))
			.find((hits) => hits.length > 0) ?? [];
	const strong = scope.filter((h) => !h.weak);
	const hits = strong.length > 0 ? strong : scope;
	const end = figureEnd(folded, figureStart);
	const best = hits.sort(
		(a, b) =>
			distance(a, figureStart, end) - distance(b, figureStart, end) ||
			a.start - b.start ||
			a.order - b.order
	)[0];
	if (!best) return { period: '', basis: null, why: 'no period in the sentence' };
	const phrase = sentence.slice(best.start, best.end);
	if (typeof best.reading === 'string') {
		return { period: best.reading, basis: 'explicit', phrase };
	}
	if (pub === null) {
		return {
			period: '',
			basis: null,
			why: `relative period «${phrase}» in an article without a publication date`
		};
	}
	const period = best.reading(pub);
	if (period === '') return { period: '', basis: null, why: `«${phrase}» is not a calendar date` };
	return { period, basis: 'relative', phrase };
}
