/**
 * One figure: an optional sign or currency sign, a number in digits or words, an optional
 * multiplier and an optional unit. Whether it pairs with a second figure is decided by the caller.
 */
import { isDigit, isLetter } from './chars';
import { readMultiplier, readSmallerMultiples } from './multipliers';
import { isLabelNumber, labelEnd } from './labels';
import { tokenEnd } from './non-quantities';
import { isYearLike, readDigits, readWords, skip, type Skip } from './number-core';
import type { Literal } from './numeric-literal';
import { scaled, type NumberCore } from './scale';
import { prefixAt, prefixBefore } from './signs';
import { readUnit, readYearWord, type Unit } from './units';

export { isYearLike };

export interface Figure {
	/** Where the surface starts: the sign or currency sign when there is one. */
	start: number;
	end: number;
	core: NumberCore;
	sign: 1 | -1;
	/** The multiplier's power of ten, null when none is written. */
	exp: number | null;
	value: number;
	unit: Unit | null;
	/** The digits, when the number is written in digits. */
	literal: Literal | null;
}

/** Either a figure, or where to resume because the text there is not a quantity. */
export type FigureRead = Figure | Skip;

/**
 * Reads the figure whose number starts at `pos`. A figure found by the scan (`lookBehind`) may
 * take a sign or currency sign from before `pos`, but not from before `floor`; a figure after a
 * dash or «до» has them at `pos` itself.
 */
export function readFigure(
	text: string,
	pos: number,
	floor: number,
	lookBehind: boolean
): FigureRead {
	let prefix = lookBehind ? null : prefixAt(text, pos);
	const numStart = prefix?.numStart ?? pos;
	const digits = isDigit(text.charCodeAt(numStart));
	if (prefix?.unit && !digits) return skip(numStart);
	const core = digits ? readDigits(text, numStart) : readWords(text, numStart, floor, lookBehind);
	if ('skip' in core) return core;
	const { literal } = core;
	if (literal) prefix ??= prefixBefore(text, numStart, floor);
	const { start = numStart, sign = 1 } = prefix ?? {};
	if (core.unit !== null) {
		return {
			start,
			end: core.end,
			core,
			sign,
			exp: null,
			value: sign * core.value,
			unit: core.unit,
			literal
		};
	}
	if (core.yearEnd !== null) {
		const value = sign * core.value;
		return {
			start,
			end: core.yearEnd,
			core,
			sign,
			exp: null,
			value,
			unit: 'year',
			literal
		};
	}
	let end = core.end;
	let exp = core.exp;
	let extra = 0;
	const multiplier = exp === null ? readMultiplier(text, end) : null;
	if (multiplier) {
		exp = multiplier.exp;
		// «1 млрд 200 млн»: smaller multiples written after the first add to it.
		const more = readSmallerMultiples(text, multiplier.end, exp);
		extra = more.value;
		end = more.end;
	}
	let unit = prefix?.unit ?? null;
	const written = readUnit(text, end);
	if (written) {
		unit = written.unit;
		end = written.end;
	} else if (exp === null && isYearLike(literal)) {
		const yearEnd = readYearWord(text, end);
		if (yearEnd !== null) {
			unit = 'year';
			end = yearEnd;
		}
	}
	// Letters glued to digits are only allowed as the unit or multiplier: «5млн», «2025г.».
	if (literal && end === literal.end && isLetter(text.charCodeAt(end))) {
		return skip(tokenEnd(text, numStart));
	}
	// A plain number after «статья», «ГОСТ», «Boeing» or a street names a thing. Checked last:
	// a figure with a unit or multiplier («5 млн», «2025 года») is never one.
	if (
		literal &&
		unit === null &&
		exp === null &&
		start === numStart &&
		isLabelNumber(text, numStart)
	) {
		return skip(tokenEnd(text, labelEnd(text, numStart)));
	}
	const value = sign * (scaled(core, exp ?? 0) + extra);
	return { start, end, core, sign, exp, value, unit, literal };
}
