import { isDigit, nextWord, skipHSpace } from './chars';
import { skipDigitsAt } from './non-quantities';
import { numberWords } from './number-word-table';
import { readLiteral } from './numeric-literal';
import { scaled } from './scale';
import { WordDict } from './word-dict';

/** Abbreviations take an optional full stop, which belongs to the figure as written. */
const abbreviations = new WordDict<number>([
	['тыс', 3],
	['млн', 6],
	['млрд', 9],
	['трлн', 12]
]);

export interface Multiplier {
	/** Power of ten. */
	exp: number;
	end: number;
}

/** A multiplier word right after a number, e.g. «3 млн», «5 тысяч», «1,5 млрд.». */
export function readMultiplier(text: string, pos: number): Multiplier | null {
	const span = nextWord(text, pos);
	const { end } = span;
	if (end === span.start) return null;
	const exp = abbreviations.get(text, span.start, end);
	if (exp !== undefined) return { exp, end: text.charCodeAt(end) === 0x2e ? end + 1 : end };
	const word = numberWords.get(text, span.start, end);
	// Any case or number: after a figure, «тысяч» is as definite as «тысяча».
	return word?.kind === 'scale' ? { exp: word.exp, end } : null;
}

/**
 * Whole numbers with falling multipliers after a first multiplier: the «200 млн» of
 * «1 млрд 200 млн». Returns their sum and where they end (`pos` when there are none).
 */
export function readSmallerMultiples(
	text: string,
	pos: number,
	above: number
): { value: number; end: number } {
	let value = 0;
	let end = pos;
	for (;;) {
		const at = skipHSpace(text, end);
		if (at === end || !isDigit(text.charCodeAt(at)) || skipDigitsAt(text, at) !== null) break;
		const literal = readLiteral(text, at);
		if (literal.decimals > 0) break;
		const multiplier = readMultiplier(text, literal.end);
		if (!multiplier || multiplier.exp >= above) break;
		value += scaled(literal, multiplier.exp);
		end = multiplier.end;
		above = multiplier.exp;
	}
	return { value, end };
}
