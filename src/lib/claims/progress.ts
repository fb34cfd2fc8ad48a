import type { Quantity } from '../domain/format';

/** The values a figure allows: `more than 240` is (240, ∞); `20–25` is [20, 25]. */
interface Bounds {
	lo: number | null;
	hi: number | null;
	/** "more than" and "less than" exclude their bound. */
	strict: boolean;
	approx: boolean;
}

function boundsOf({ value, value_max, qualifier }: Quantity): Bounds {
	const bounds = (lo: number | null, hi: number | null, strict = false, approx = false) => ({
		lo,
		hi,
		strict,
		approx
	});
	switch (qualifier) {
		case 'range':
			return bounds(value, value_max ?? value);
		case 'approx':
			return bounds(value, value, false, true);
		case 'more_than':
			return bounds(value, null, true);
		case 'at_least':
			return bounds(value, null);
		case 'less_than':
			return bounds(null, value, true);
		case 'up_to':
			return bounds(null, value);
		default:
			return bounds(value, value);
	}
}

/** A goal or a baseline must be a figure, not a bound: "up to 600" leaves the way unknown. */
const isFigure = (q: Quantity) => ['exact', 'approx', 'range'].includes(q.qualifier);

/** How far an actual has come toward a goal, in percent, with what the sources allow of it. */
export interface Progress {
	/** `more than 40%`, `about 42%`, `20–25%`: a Quantity in percent, written by formatQuantity. */
	share: Quantity;
	/** For a meter: the share's known bound as a fraction, 0 to 1. */
	fraction: number;
}

const percent = (x: number) => Math.round(x * 100 * 1e6) / 1e6;

/**
 * The share of the way from the baseline (or from zero) to the goal that the actual has covered:
 * `(actual − baseline) / (goal − baseline)`. Every bound the figures allow is carried through, so
 * "more than 240 of 600" is "more than 40%", never "40%". Undefined when the figures do not allow
 * a share: a goal or baseline that is only a bound, or a goal that does not move from the baseline.
 */
export function progressToward(
	goal: Quantity,
	actual: Quantity,
	baseline?: Quantity
): Progress | undefined {
	if (!isFigure(goal) || (baseline && !isFigure(baseline))) return undefined;
	if (baseline && boundsOf(baseline).lo !== boundsOf(baseline).hi) return undefined;
	const from = baseline?.value ?? 0;
	const g = boundsOf(goal);
	const spans = [g.lo!, g.hi!].map((end) => end - from);
	if (spans.some((d) => d === 0) || spans[0]! * spans[1]! < 0) return undefined;
	const rising = spans[0]! > 0;
	const a = boundsOf(actual);
	const at = (value: number) => spans.map((span) => (value - from) / span);
	const shares = [a.lo, a.hi].flatMap((value) => (value === null ? [] : at(value)));
	const least = Math.min(...shares);
	const most = Math.max(...shares);
	const approx = a.approx || g.approx || !!(baseline && boundsOf(baseline).approx);

	let share: Quantity;
	const twoSided = a.lo !== null && a.hi !== null;
	// One-sided: a lower bound on the actual is a lower bound on the share when the goal lies above
	// the baseline, and an upper bound when it lies below (a target to bring something down).
	const lowerKnown = twoSided ? undefined : (a.lo !== null) === rising;
	if (twoSided && percent(least) === percent(most)) {
		const exact = percent(least);
		const rounded = Math.round(exact);
		share = {
			value: rounded,
			value_max: null,
			qualifier: approx || rounded !== exact ? 'approx' : 'exact',
			unit: 'percent'
		};
	} else if (twoSided) {
		share = {
			value: Math.floor(percent(least)),
			value_max: Math.ceil(percent(most)),
			qualifier: 'range',
			unit: 'percent'
		};
	} else if (lowerKnown) {
		share = {
			value: Math.floor(percent(least)),
			value_max: null,
			qualifier: a.strict ? 'more_than' : 'at_least',
			unit: 'percent'
		};
	} else {
		share = {
			value: Math.ceil(percent(most)),
			value_max: null,
			qualifier: a.strict ? 'less_than' : 'up_to',
			unit: 'percent'
		};
	}
	const known = share.qualifier === 'less_than' || share.qualifier === 'up_to' ? most : least;
	return { share, fraction: Math.min(1, Math.max(0, known)) };
}
