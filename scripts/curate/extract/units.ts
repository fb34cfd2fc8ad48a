/**
 * Units written after (or, for currency signs, before) a figure: percent, currencies, and the
 * year words that make a four-digit number a calendar year.
 */
import type { MentionUnit } from '../../../src/lib/server/schema';
import {
	foldCode,
	isHSpace,
	isWord,
	nextWord,
	skipHSpace,
	startsWithWord,
	type Span
} from './chars';
import { WordDict, wordSet } from './word-dict';

export type Unit = NonNullable<MentionUnit>;

export interface UnitMatch {
	unit: Unit;
	end: number;
}

const forms = (base: string, endings: string) => endings.split(' ').map((e) => base + e);

function build(): Map<string, Unit> {
	const table = new Map<string, Unit>();
	const add = (unit: Unit, words: string[]) => words.forEach((w) => table.set(w, unit));
	add('KGS', [...forms('сом', ' а у ом е ы ов ам ами ах'), 'kgs']);
	add('USD', [...forms('доллар', ' а у ом е ы ов ам ами ах'), 'usd']);
	add('EUR', ['евро', 'eur']);
	add('RUB', [...forms('рубл', 'ь я ю ем е и ей ям ями ях'), 'rub']);
	add('BYN', ['byn']);
	add('CNY', [...forms('юан', 'ь я ю ем е и ей ям ями ях'), 'cny']);
	add('KZT', ['тенге', 'kzt']);
	add('percent', forms('процент', ' а у ом е ы ов ам ами ах'));
	return table;
}
const unitWords = new WordDict(build());

/** Abbreviations whose full stop is part of the figure; «с.» (сом) only counts with its stop. */
const abbreviations = new WordDict<{ unit: Unit; stop: 'optional' | 'required' }>([
	['руб', { unit: 'RUB', stop: 'optional' }],
	['долл', { unit: 'USD', stop: 'optional' }],
	['с', { unit: 'KGS', stop: 'required' }]
]);

const symbols: ReadonlyMap<number, Unit> = new Map([
	[0x24, 'USD'],
	[0x20ac, 'EUR'],
	[0x20bd, 'RUB'],
	[0x20b8, 'KZT']
]);

/** «белорусских рублей» is BYN; the other national adjectives only belong to the surface. */
const adjectives = ['белорусск', 'российск', 'кыргызск', 'киргизск', 'американск', 'китайск'];
const adjectiveInitials: ReadonlySet<number> = new Set(
	['п', ...adjectives].map((word) => word.charCodeAt(0))
);

/** «п.п.», «п. п.», «пп.», «п.п» at the end of a clause. */
const PERCENT_POINTS = /(?:п\.[ \u00a0]?п|пп)(?:\.|(?![а-яё]))/iy;
const POINT_WORD = /[ \u00a0\u202f]+пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])/iy;
const USA = /[ \u00a0\u202f]+США(?![А-ЯЁа-яё])/y;
const BEL_RUB = /бел\.[ \u00a0]?руб(?:\.|лей|ля|ли|ль)?/iy;

function sticky(re: RegExp, text: string, pos: number): number | null {
	re.lastIndex = pos;
	return re.test(text) ? re.lastIndex : null;
}

function adjectiveAt(text: string, span: Span): string | undefined {
	for (const stem of adjectives) if (startsWithWord(text, span, stem)) return stem;
	return undefined;
}

/** The unit written right after a figure (spaces allowed, line breaks not). */
export function readUnit(text: string, pos: number): UnitMatch | null {
	const at = skipHSpace(text, pos);
	const c = text.charCodeAt(at);
	if (c === 0x25) return { unit: 'percent', end: at + 1 };
	const symbol = symbols.get(c);
	if (symbol) return { unit: symbol, end: at + 1 };
	const span = nextWord(text, at);
	const { end } = span;
	if (end === at) return null;
	const unit = unitWords.get(text, at, end);
	if (unit) return withCountry(text, unit, end);
	const abbr = abbreviations.get(text, at, end);
	if (abbr) {
		const stop = text.charCodeAt(end) === 0x2e;
		if (stop) return withCountry(text, abbr.unit, end + 1);
		return abbr.stop === 'optional' ? withCountry(text, abbr.unit, end) : null;
	}
	// What is left starts with one of these letters: п(роцентн…), б(ел.), and the adjectives.
	if (!adjectiveInitials.has(foldCode(text.charCodeAt(at)))) return null;
	// A share that fell by 2.4 points did not fall by 2.4%: points are their own unit.
	if (isWord(text, span, 'п') || isWord(text, span, 'пп')) {
		const after = sticky(PERCENT_POINTS, text, at);
		return after === null ? null : { unit: 'pp', end: after };
	}
	if (startsWithWord(text, span, 'процентн')) {
		const after = sticky(POINT_WORD, text, end);
		return after === null ? null : { unit: 'pp', end: after };
	}
	if (isWord(text, span, 'бел')) {
		const after = sticky(BEL_RUB, text, at);
		return after === null ? null : { unit: 'BYN', end: after };
	}
	const adjective = adjectiveAt(text, span);
	if (adjective && isHSpace(text.charCodeAt(end))) {
		const next = readUnit(text, end);
		if (!next || next.unit === 'percent') return null;
		return {
			unit: adjective === 'белорусск' && next.unit === 'RUB' ? 'BYN' : next.unit,
			end: next.end
		};
	}
	return null;
}

export function currencySignAt(text: string, pos: number): Unit | null {
	return symbols.get(text.charCodeAt(pos)) ?? null;
}

/** «долларов США»: the country belongs to the unit as written. */
function withCountry(text: string, unit: Unit, end: number): UnitMatch {
	return { unit, end: unit === 'USD' ? (sticky(USA, text, end) ?? end) : end };
}

/** A currency sign right before a figure, e.g. «$5 млн» or «€ 20». */
export function readPrefixCurrency(
	text: string,
	numStart: number
): { unit: Unit; start: number } | null {
	let at = numStart - 1;
	if (isHSpace(text.charCodeAt(at))) at--;
	const unit = currencySignAt(text, at);
	return unit ? { unit, start: at } : null;
}

const yearWords = wordSet(forms('год', ' а у ом е ах ов ы'));
const yearAbbreviations = wordSet(['г', 'гг']);

/** A year word after a four-digit number: «2025 года», «2022–2023 гг.», «2025г.». */
export function readYearWord(text: string, pos: number): number | null {
	const span = nextWord(text, pos);
	const { end } = span;
	if (yearWords.get(text, span.start, end)) return end;
	if (yearAbbreviations.get(text, span.start, end))
		return text.charCodeAt(end) === 0x2e ? end + 1 : end;
	return null;
}
