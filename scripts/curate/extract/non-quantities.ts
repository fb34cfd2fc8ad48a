/**
 * Digits that are not quantities: phone numbers, dates, times, model names, labels, ordinals.
 * Each check answers where the scan resumes, so a skipped token is never read again half-way.
 */
import { isDigit, isLetter, isWord, nextWord, prevWord } from './chars';
import type { Literal } from './numeric-literal';
import { monthGenitives } from './months';

const isWordChar = (c: number) => isLetter(c) || isDigit(c);

/** The end of a token of letters and digits, hyphens and dots inside it: «Т-34-85», «iPhone15». */
export function tokenEnd(text: string, pos: number): number {
	for (;;) {
		while (isWordChar(text.charCodeAt(pos))) pos++;
		const c = text.charCodeAt(pos);
		if ((c === 0x2d || c === 0x2e) && isWordChar(text.charCodeAt(pos + 1))) pos++;
		else return pos;
	}
}

/** The end of digits joined by `.`, `,`, `:` or `/`: «31.01.2026», «10:30», «24/7». */
export function numericRunEnd(text: string, pos: number): number {
	for (;;) {
		while (isDigit(text.charCodeAt(pos))) pos++;
		const c = text.charCodeAt(pos);
		const joiner = c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f;
		if (joiner && isDigit(text.charCodeAt(pos + 1))) pos++;
		else return pos;
	}
}

/** Characters that put digits into a link or path: / \ _ = @ & ? */
const pathMarks: ReadonlySet<number> = new Set([0x2f, 0x5c, 0x5f, 0x3d, 0x40, 0x26, 0x3f]);

/** With a `+`, seven or more digits in brackets, spaces and hyphens: «+996 555 123 456». */
const PLUS_PHONE = /\+[0-9][0-9 \u00a0()-]*[0-9]/y;
/** An area code in brackets before the local number: «(495) 123-45-67». */
const AREA_PHONE = /\([0-9]{2,5}\)[ \u00a0]?[0-9]{1,4}(?:[ \u00a0-][0-9]{2,4})+/y;
/** Three or more hyphen-joined digit groups: «123-45-67», «2025-09-29». */
const DIGIT_CHAIN = /[0-9]+(?:-[0-9]+){2,}/y;
/** A local number after a leading-zero code: the «12-34-56» of «0555 12-34-56». */
const LOCAL_GROUPS = /(?:[ \u00a0-][0-9]{2,3}(?![0-9]))+/y;

function stickyEnd(re: RegExp, text: string, pos: number): number | null {
	re.lastIndex = pos;
	return re.test(text) ? re.lastIndex : null;
}

function countDigits(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) n++;
	return n;
}

/**
 * Where the scan resumes when the digits starting at `pos` cannot be a quantity, judged from what
 * surrounds them; null when they may be one.
 */
export function skipDigitsAt(text: string, pos: number): number | null {
	const before = text.charCodeAt(pos - 1);
	// Glued to a word or joined to one by a hyphen: «iPhone15», «КамАЗ-5490», «COVID-19».
	if (isLetter(before)) return tokenEnd(text, pos);
	if (before === 0x2d && isLetter(text.charCodeAt(pos - 2))) return tokenEnd(text, pos);
	// A label, not an amount: «№ 5», «#3».
	const mark = text.charCodeAt(before === 0x20 || before === 0xa0 ? pos - 2 : pos - 1);
	if (mark === 0x2116 || mark === 0x23) return tokenEnd(text, pos);
	// Part of a link, a file name or an address: «/news/12345», «id=42», «file_2».
	if (pathMarks.has(before)) return tokenEnd(text, pos);
	if (before === 0x2b && !isWordChar(text.charCodeAt(pos - 2))) {
		const end = stickyEnd(PLUS_PHONE, text, pos - 1);
		if (end !== null && countDigits(text, pos, end) >= 7) return end;
	}
	if (before === 0x28) {
		const end = stickyEnd(AREA_PHONE, text, pos - 1);
		if (end !== null) return end;
	}
	const chain = stickyEnd(DIGIT_CHAIN, text, pos);
	if (chain !== null) return chain;
	// A leading zero marks a dialling code or an identifier: «0555 12-34-56», «007».
	if (text.charCodeAt(pos) === 0x30 && isDigit(text.charCodeAt(pos + 1))) {
		const code = tokenEnd(text, pos);
		return stickyEnd(LOCAL_GROUPS, text, code) ?? code;
	}
	return null;
}

/** «1 марта», «15 января»: a day of the month is part of a date, not a quantity. */
export function isDayOfMonth(text: string, literal: Literal): boolean {
	if (literal.grouped || literal.decimals > 0 || literal.integer.length > 2) return false;
	const day = Number(literal.integer);
	if (day < 1 || day > 31) return false;
	const next = nextWord(text, literal.end);
	return monthGenitives.get(text, next.start, next.end) === true;
}

/** «один из» (one of) and «с одной стороны» (on the one hand) use «один» without counting. */
export function isOneIdiom(text: string, start: number, end: number): boolean {
	const next = nextWord(text, end);
	if (isWord(text, next, 'из')) return true;
	return isWord(text, next, 'стороны') && isWord(text, prevWord(text, start), 'с');
}
