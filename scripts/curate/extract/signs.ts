/** What may stand before the digits of a figure: a minus or plus sign, or a currency sign. */
import { isDigit, isHSpace } from './chars';
import { currencySignAt, readPrefixCurrency, type Unit } from './units';

const MINUS = 0x2212;
const HYPHEN = 0x2d;
const PLUS = 0x2b;

export interface Prefix {
	/** Where the figure's surface starts. */
	start: number;
	/** Where its digits start. */
	numStart: number;
	sign: 1 | -1;
	unit: Unit | null;
}

const isSign = (c: number) => c === MINUS || c === HYPHEN || c === PLUS;

/** A hyphen or plus is a sign only when it starts a token: «рост −3%», «(-5)», not «Т-34». */
function signStands(text: string, at: number): boolean {
	if (text.charCodeAt(at) === MINUS) return true;
	const before = text.charCodeAt(at - 1);
	return at === 0 || isHSpace(before) || before === 0x28 || before === 0x0a || before === 0x0d;
}

/** The prefix before digits found by the scan; it may not reach back before `floor`. */
export function prefixBefore(text: string, numStart: number, floor: number): Prefix {
	const currency = readPrefixCurrency(text, numStart);
	if (currency && currency.start >= floor) {
		return { start: currency.start, numStart, sign: 1, unit: currency.unit };
	}
	const at = numStart - 1;
	const c = text.charCodeAt(at);
	if (at >= floor && isSign(c) && signStands(text, at)) {
		return { start: at, numStart, sign: c === PLUS ? 1 : -1, unit: null };
	}
	return { start: numStart, numStart, sign: 1, unit: null };
}

/** The prefix at `pos`, for the second figure of a pair: «от $5 до $7», «от −5 до +5». */
export function prefixAt(text: string, pos: number): Prefix {
	const unit = currencySignAt(text, pos);
	if (unit) {
		const numStart = isHSpace(text.charCodeAt(pos + 1)) ? pos + 2 : pos + 1;
		return { start: pos, numStart, sign: 1, unit };
	}
	const c = text.charCodeAt(pos);
	if (isSign(c) && isDigit(text.charCodeAt(pos + 1))) {
		return { start: pos, numStart: pos + 1, sign: c === PLUS ? 1 : -1, unit: null };
	}
	return { start: pos, numStart: pos, sign: 1, unit: null };
}
