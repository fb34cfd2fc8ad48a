/**
 * Character classes shared by every reader. The regex source and the code-point tests describe the
 * same sets, so a word the trigger regex sees as whole is also whole for the hand-written readers.
 */

/** Latin (with accented Latin-1/Extended-A/B, minus × and ÷) and the whole Cyrillic block. */
export const LETTER_CLASS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0400-\\u04FF';

export function isLetter(c: number): boolean {
	if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
	return (c >= 0x0400 && c <= 0x04ff) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

/** Spaces that may sit inside one figure: never a line break, which ends a figure. */
export function isHSpace(c: number): boolean {
	return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x09;
}

/** Thousands separators: plain space, NBSP and narrow NBSP, as typographers and CMSs write them. */
export function isGroupSpace(c: number): boolean {
	return c === 0x20 || c === 0xa0 || c === 0x202f;
}

/**
 * A character as word lookups see it: lowercase, with ё as е, so one table entry covers every
 * spelling. Folding code by code lets a lookup walk the text in place, without slicing a string.
 */
export function foldCode(c: number): number {
	if (c >= 0x410 && c <= 0x42f) return c + 0x20;
	if (c === 0x401 || c === 0x451) return 0x435;
	if (c >= 0x41 && c <= 0x5a) return c + 0x20;
	return c;
}

export function skipHSpace(text: string, pos: number): number {
	while (isHSpace(text.charCodeAt(pos))) pos++;
	return pos;
}

export function wordEnd(text: string, pos: number): number {
	while (isLetter(text.charCodeAt(pos))) pos++;
	return pos;
}

/** A word's place in the text; `start === end` when there is none. */
export interface Span {
	start: number;
	end: number;
}

/** The word after horizontal space from `pos`. */
export function nextWord(text: string, pos: number): Span {
	const start = skipHSpace(text, pos);
	return { start, end: wordEnd(text, start) };
}

/**
 * The word that ends right before `pos` with only horizontal space between (so punctuation cuts
 * the link). Hyphenated words such as «где-то» come back whole.
 */
export function prevWord(text: string, pos: number): Span | null {
	let end = pos;
	while (end > 0 && isHSpace(text.charCodeAt(end - 1))) end--;
	let start = end;
	for (;;) {
		while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
		const joined =
			start > 1 && text.charCodeAt(start - 1) === 0x2d && isLetter(text.charCodeAt(start - 2));
		if (!joined || start === end) break;
		start--;
	}
	return start === end ? null : { start, end };
}

/** Whether the text in `span` is `prefix` (lowercase, е for ё) followed by anything. */
export function startsWithWord(text: string, span: Span | null, prefix: string): boolean {
	if (!span || span.end - span.start < prefix.length) return false;
	for (let i = 0; i < prefix.length; i++) {
		if (foldCode(text.charCodeAt(span.start + i)) !== prefix.charCodeAt(i)) return false;
	}
	return true;
}

/** Whether the text in `span` is `word` (lowercase, е for ё). */
export function isWord(text: string, span: Span | null, word: string): boolean {
	return !!span && span.end - span.start === word.length && startsWithWord(text, span, word);
}
