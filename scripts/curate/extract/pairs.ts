/**
 * Two figures read as one statement: a range «20–25», «от 5 до 7 тыс.», or a change «с 16% до 25%»,
 * which stays two mentions. The first figure borrows what only the second one writes out: the
 * unit (always) and the multiplier (when that keeps the range rising: «от 5 до 7 тыс.» is
 * 5000–7000, but «от 500 до 2 млн» starts at 500).
 */
import type { ExtractedMention, Qualifier } from '../../../src/lib/server/schema';
import { isDigit, isHSpace, isWord, prevWord, wordEnd } from './chars';
import { isYearLike, readFigure, type Figure, type FigureRead } from './figure';
import { numberWords } from './number-word-table';
import { readRatio } from './ratio';
import { scaled } from './scale';
import { currencySignAt, type Unit } from './units';
import { wordFigures } from './word-figures';
import { expandShortYear } from './year-context';

const DASH = /[ \u00a0\u202f]*[-\u2013\u2014][ \u00a0\u202f]*/y;
const UNTIL = /[ \u00a0\u202f]+(до|по)[ \u00a0\u202f]+/iy;

interface Follower {
	kind: 'dash' | 'until';
	word: string;
	spaced: boolean;
	read: FigureRead;
}

function startsNumber(text: string, pos: number): boolean {
	let at = pos;
	const c = text.charCodeAt(at);
	if (currencySignAt(text, at)) at += isHSpace(text.charCodeAt(at + 1)) ? 2 : 1;
	else if (c === 0x2212 || c === 0x2b || c === 0x2d) at++;
	if (isDigit(text.charCodeAt(at))) return true;
	if (at !== pos) return false;
	const end = wordEnd(text, at);
	return (
		numberWords.get(text, at, end) !== undefined || wordFigures.get(text, at, end) !== undefined
	);
}

function readFollower(text: string, a: Figure): Follower | null {
	DASH.lastIndex = a.end;
	if (DASH.test(text) && startsNumber(text, DASH.lastIndex)) {
		const pos = DASH.lastIndex;
		return {
			kind: 'dash',
			word: '',
			spaced: pos - a.end > 1,
			read: readFigure(text, pos, a.end, false)
		};
	}
	UNTIL.lastIndex = a.end;
	const until = UNTIL.exec(text);
	if (until && startsNumber(text, UNTIL.lastIndex)) {
		const word = (until[1] ?? '').toLowerCase();
		return {
			kind: 'until',
			word,
			spaced: true,
			read: readFigure(text, UNTIL.lastIndex, a.end, false)
		};
	}
	return null;
}

/** The first figure's value and unit once it borrows from the second. */
function adopt(a: Figure, b: Figure): { value: number; unit: Unit | null } {
	const borrowsExp = a.exp === null && b.exp !== null && Math.abs(a.core.value) <= b.core.value;
	const value = borrowsExp ? a.sign * scaled(a.core, b.exp ?? 0) : a.value;
	return { value, unit: a.unit ?? b.unit };
}

function compatible(a: Figure, b: Figure, spaced: boolean): boolean {
	if (b.unit === 'year' && !isYearLike(a.literal)) return false;
	if (a.unit === null || a.unit === b.unit) return true;
	// «$5–7 млн» shares the sign; «10% — 20 компаний» is two statements.
	return b.unit === null && !spaced;
}

export function mention(
	text: string,
	start: number,
	end: number,
	value: number,
	valueMax: number | null,
	unit: Unit | null,
	qualifier: Qualifier
): ExtractedMention {
	return {
		start,
		end,
		surface: text.slice(start, end),
		value,
		value_max: valueMax,
		unit,
		qualifier
	};
}

/** Adds a range, which «раза» after it makes a range of ratios: «в 2–3 раза». */
function pushRange(
	text: string,
	start: number,
	end: number,
	value: number,
	valueMax: number,
	unit: Unit | null,
	floor: number,
	out: ExtractedMention[]
): number {
	const ratio = unit === null ? readRatio(text, start, end, value, floor) : null;
	if (ratio) {
		out.push(mention(text, ratio.start, ratio.end, value, valueMax, 'ratio', 'range'));
		return ratio.end;
	}
	out.push(mention(text, start, end, value, valueMax, unit, 'range'));
	return end;
}

const isDay = (f: Figure) =>
	f.unit === null &&
	f.exp === null &&
	!!f.literal &&
	f.literal.integer.length <= 2 &&
	f.literal.decimals === 0;

/**
 * Adds the mentions of `a` with the figure after it to `out` and returns where the scan resumes,
 * or returns null (adding nothing) when the two are not one statement.
 */
export function readPair(
	text: string,
	a: Figure,
	floor: number,
	out: ExtractedMention[]
): number | null {
	const follower = readFollower(text, a);
	if (!follower) return null;
	if ('skip' in follower.read) {
		// «1–3 марта», «с 1 по 5 марта»: both ends are days of a date.
		return follower.read.day && isDay(a) ? follower.read.skip : null;
	}
	const b = expandShortYear(text, a, follower.read);
	if (b.unit === 'year' && a.unit === null && !isYearLike(a.literal)) return null;
	const { value, unit } = adopt(a, b);
	const rising = value < b.value;
	if (follower.kind === 'dash') {
		if (!rising || !compatible(a, b, follower.spaced)) return null;
		return pushRange(text, a.start, b.end, value, b.value, b.unit ?? unit, floor, out);
	}
	const opener = prevWord(text, a.start);
	if (!opener || opener.start < floor) return null;
	if (isWord(text, opener, 'от') && follower.word === 'до') {
		if (!rising || !compatible(a, b, true)) return null;
		return pushRange(text, opener.start, b.end, value, b.value, b.unit ?? unit, floor, out);
	}
	if (isWord(text, opener, 'с') || isWord(text, opener, 'со')) {
		// A change from one value to another: both are exact, and «до» here is not a bound.
		out.push(mention(text, a.start, a.end, value, null, unit, 'exact'));
		out.push(mention(text, b.start, b.end, b.value, null, b.unit, 'exact'));
		return b.end;
	}
	return null;
}
