import type { Status } from '../domain/vocabulary';
import type { Claim } from './claims';
import { periodRange, type DayRange } from './period-range';

/**
 * What the sources say an indicator was (or is meant to be) for one status, period and area: one
 * claim, or several when articles disagree on the value. Disagreeing claims are shown side by side,
 * never averaged or counted twice.
 */
export interface Observation {
	key: string;
	indicatorId: string;
	status: Status;
	period: string;
	refArea: string;
	range: DayRange;
	claims: Claim[];
}

/** Articles give different values for the same indicator, status, period and area. */
export const disputed = (observation: Observation) => observation.claims.length > 1;

/** The claims grouped by indicator, status, period and area, in the order of the claims. */
export function observationsOf(claims: readonly Claim[]): Observation[] {
	const byKey = new Map<string, Observation>();
	for (const claim of claims) {
		const { indicator_id, status, period, ref_area } = claim.fact;
		const key = [indicator_id, status, period, ref_area].join('|');
		const found = byKey.get(key);
		if (found) found.claims.push(claim);
		else
			byKey.set(key, {
				key,
				indicatorId: indicator_id,
				status,
				period,
				refArea: ref_area,
				range: periodRange(period),
				claims: [claim]
			});
	}
	return [...byKey.values()];
}

/** Where sources disagree: observations with more than one value. */
export const disagreementsOf = (claims: readonly Claim[]) =>
	observationsOf(claims).filter(disputed);
