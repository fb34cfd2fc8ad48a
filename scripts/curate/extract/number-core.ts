/**
 * The number itself, in digits or in words, with the checks that tell a quantity from digits that
 * only look like one (dates, ordinals, model names) and from words that only look like numbers.
 */
import { isDigit, isLetter, isWord, prevWord, wordEnd } from './chars';
import { isDayOfMonth, isOneIdiom, numericRunEnd, skipDigitsAt, tokenEnd } from './non-quantities';
import { readNumberWords } from './number-words';
import { readLiteral, type Literal } from './numeric-literal';
import { readQualifier } from './qualifiers';
import { pow10, type NumberCore } from './scale';
import { readYearWord } from './units';
import { isPeriodPart, readDenominator, wordFigures, type WordFigure } from './word-figures';

export interface CoreRead extends NumberCore {
	end: number;
	literal: Literal | null;
	/** A scale word ending the number words: «шесть тысяч» reads as 6 with exp 3. */
	exp: number | null;
	/** «2025-м году»: the end of the year word after the hyphenated ending. */
	yearEnd: number | null;
	/** A unit the words carry themselves: «треть» is a fraction, «вдвое» a ratio. */
	unit: WordFigure['unit'] | null;
}

/** Where to resume when the text is not a quantity; `day` marks the day of a date. */
export interface Skip {
	skip: number;
	day: boolean;
}

export const skip = (to: number, day = false): Skip => ({ skip: to, day });

/** Singular endings only: «1990-е годы», «1990-х годах» name a decade, not a year. */
const HYPHEN_YEAR = /-(?:м|го|ом|ого|й)(?![а-яё])/y;

export function isYearLike(literal: Literal | null): literal is Literal {
	if (!literal || literal.grouped || literal.decimals > 0) return false;
	return literal.integer.length === 4 && literal.value >= 1900 && literal.value <= 2100;
}

export function readDigits(text: string, pos: number): CoreRead | Skip {
	const skipTo = skipDigitsAt(text, pos);
	if (skipTo !== null) return skip(skipTo);
	const literal = readLiteral(text, pos);
	const { digits, decimals, value, end } = literal;
	const after = text.charCodeAt(end);
	const joiner = after === 0x2e || after === 0x2c || after === 0x3a || after === 0x2f;
	if (joiner && isDigit(text.charCodeAt(end + 1))) return skip(numericRunEnd(text, pos));
	let yearEnd: number | null = null;
	if (after === 0x2d && isLetter(text.charCodeAt(end + 1))) {
		// «2025-м году» is a year; «5-й», «1990-х», «10-процентный» are not quantities.
		HYPHEN_YEAR.lastIndex = end;
		if (isYearLike(literal) && HYPHEN_YEAR.test(text)) {
			yearEnd = readYearWord(text, HYPHEN_YEAR.lastIndex);
		}
		if (yearEnd === null) return skip(tokenEnd(text, pos));
	}
	if (isDayOfMonth(text, literal)) return skip(end, true);
	return { digits, decimals, value, end, literal, exp: null, yearEnd, unit: null };
}

export function readWords(
	text: string,
	pos: number,
	floor: number,
	lookBehind: boolean
): CoreRead | Skip {
	const words = readNumberWords(text, pos);
	if (!words) {
		// Not a number word, so a word that is a figure by itself: «треть», «вдвое».
		const end = wordEnd(text, pos);
		const figure = wordFigures.get(text, pos, end);
		if (!figure || (figure.unit === 'fraction' && isPeriodPart(text, pos))) return skip(end);
		return wordCore(figure.value, end, null, figure.unit);
	}
	if (words.words === 1 && words.first?.weak) return skip(words.end);
	if (words.words === 1 && words.first?.one && isOneIdiom(text, pos, words.end)) {
		return skip(words.end);
	}
	// A lone «тысячи» is one thousand only where a bounding word shows it is singular.
	if (words.bareEither && lookBehind && !readQualifier(text, pos, floor)) {
		const opener = prevWord(text, pos);
		if (!isWord(text, opener, 'от') && !isWord(text, opener, 'с')) return skip(words.end);
	}
	// «две трети», «трёх четвертей»: a count of a fraction.
	const denominator = words.scaleExp === null ? readDenominator(text, words.end) : null;
	if (denominator) {
		return wordCore(words.value * denominator.value, denominator.end, null, 'fraction');
	}
	// Split off the last scale so that «пять-шесть тысяч» can lend it to the first figure. The
	// division is exact: the value is a whole (or half) multiple of that scale.
	const exp = words.scaleExp;
	const value = exp === null ? words.value : words.value / pow10(exp);
	return wordCore(value, words.end, exp, null);
}

/** One object shape for every core read from words, so the readers after it stay monomorphic. */
function wordCore(
	value: number,
	end: number,
	exp: number | null,
	unit: CoreRead['unit']
): CoreRead {
	return { digits: null, decimals: 0, value, end, literal: null, exp, yearEnd: null, unit };
}
