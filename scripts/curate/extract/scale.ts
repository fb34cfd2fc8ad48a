/**
 * A number as read, before a multiplier is applied. Digits keep their decimal string so that
 * «1,5 млрд» becomes exactly 1500000000: the digits are scaled as an integer by a power of ten
 * (or parsed from a numeric string with a shifted exponent when they are too long for that),
 * never as a float times a float, which gives 2.3 * 1e6 = 2299999.9999999995.
 */
export interface NumberCore {
	/** All digits, integer and fraction, without separators; null for a number spelled in words. */
	digits: string | null;
	/** How many of `digits` are after the decimal point. */
	decimals: number;
	/** The value before scaling. */
	value: number;
}

/** Exact powers of ten, parsed from literals: every one up to 1e22 is representable. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

export function pow10(exp: number): number {
	return POW10[exp] ?? Number(`1e${exp}`);
}

/** The number `digits × 10^shift`, for a string of decimal digits. */
export function decimalValue(digits: string, shift: number): number {
	// Up to 15 digits are an exact integer, and so is a power of ten up to 1e22; their product
	// (when it stays below 2^53) or quotient is then the correctly rounded result.
	const power = POW10[Math.abs(shift)];
	if (digits.length <= 15 && power !== undefined) {
		const whole = Number(digits);
		if (shift <= 0) return whole / power;
		const product = whole * power;
		if (product <= Number.MAX_SAFE_INTEGER) return product;
	}
	return Number(`${digits}e${shift}`);
}

export function scaled(core: NumberCore, exp: number): number {
	if (exp === 0) return core.value;
	// Word values are integers or halves, so times a power of ten the product is exact.
	if (core.digits === null) return core.value * pow10(exp);
	return decimalValue(core.digits, exp - core.decimals);
}
