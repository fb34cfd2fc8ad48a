/**
 * A four-digit number without a year word can still be a year from its context: a month before it
 * («январь 2026»), or a list that ends in a year word («в 2024 и 2025 годах»).
 */
import { isDigit, isHSpace, prevWord } from './chars';
import type { Figure } from './figure';
import { isYearLike } from './figure';
import { monthForms } from './months';
import { readYearWord } from './units';

const LIST_STEP =
	/(?:[ \u00a0\u202f]*,[ \u00a0\u202f]*|[ \u00a0\u202f]+(?:и|или)[ \u00a0\u202f]+)(?:19|20)[0-9]{2}(?![0-9])/y;

export function yearFromContext(text: string, figure: Figure, floor: number): boolean {
	if (figure.unit !== null || figure.exp !== null || !isYearLike(figure.literal)) return false;
	const before = prevWord(text, figure.start);
	if (before && before.start >= floor && monthForms.get(text, before.start, before.end))
		return true;
	LIST_STEP.lastIndex = figure.end;
	let end = -1;
	while (LIST_STEP.test(text)) end = LIST_STEP.lastIndex;
	return end !== -1 && readYearWord(text, end) !== null;
}

/** «2022–23 годах»: a two-digit upper bound after a year shares the year's century. */
export function expandShortYear(text: string, a: Figure, b: Figure): Figure {
	if (a.unit !== null || !isYearLike(a.literal)) return b;
	const short = b.literal;
	if (!short || b.unit !== null || b.exp !== null || short.digits.length !== 2 || short.grouped)
		return b;
	const end = readYearWord(text, b.end);
	const value = Math.floor(a.literal.value / 100) * 100 + short.value;
	if (end === null || value <= a.literal.value) return b;
	return { ...b, end, value, unit: 'year' };
}

/**
 * Where the date of the year at `start` begins: its month («марта 2027»), or the day before that
 * («1 июля 2026»); null when no month stands before the year.
 */
export function dateBefore(text: string, start: number, floor: number): number | null {
	const month = prevWord(text, start);
	if (!month || month.start < floor || !monthForms.get(text, month.start, month.end)) return null;
	let end = month.start;
	while (end > floor && isHSpace(text.charCodeAt(end - 1))) end--;
	let day = end;
	while (day > floor && end - day < 2 && isDigit(text.charCodeAt(day - 1))) day--;
	const isDay = end > day && end < month.start && !isDigit(text.charCodeAt(day - 1));
	return isDay ? day : month.start;
}
