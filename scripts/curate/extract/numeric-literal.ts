import { isDigit, isGroupSpace } from './chars';
import { decimalValue, type NumberCore } from './scale';

/**
 * A run of digits as a number: thousands groups (exactly three digits after one to three leading
 * ones, split by a space, NBSP or narrow NBSP) and one decimal comma or point. Read by hand rather
 * than with a regex: this runs for every number in the text, and a match array per number shows.
 */
export interface Literal extends NumberCore {
	digits: string;
	end: number;
	/** The integer digits, separators removed. */
	integer: string;
	/** Written with thousands separators. */
	grouped: boolean;
}

const digitsEnd = (text: string, pos: number) => {
	while (isDigit(text.charCodeAt(pos))) pos++;
	return pos;
};

/** A separator followed by exactly three digits: one more thousands group. */
const groupAt = (text: string, pos: number) =>
	isGroupSpace(text.charCodeAt(pos)) && digitsEnd(text, pos + 1) === pos + 4;

/** Reads the literal at `pos`, which must be a digit. */
export function readLiteral(text: string, pos: number): Literal {
	const run = digitsEnd(text, pos);
	let integer = text.slice(pos, run);
	let end = run;
	let grouped = false;
	if (run - pos <= 3) {
		while (groupAt(text, end)) {
			integer += text.slice(end + 1, end + 4);
			end += 4;
			grouped = true;
		}
	}
	let fraction = '';
	const sep = text.charCodeAt(end);
	if ((sep === 0x2c || sep === 0x2e) && isDigit(text.charCodeAt(end + 1))) {
		const fractionEnd = digitsEnd(text, end + 1);
		fraction = text.slice(end + 1, fractionEnd);
		end = fractionEnd;
	}
	const digits = fraction ? integer + fraction : integer;
	const decimals = fraction.length;
	return { end, digits, decimals, value: decimalValue(digits, -decimals), integer, grouped };
}
