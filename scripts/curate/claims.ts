import { createHash } from 'node:crypto';
import type { Fact } from '../../src/lib/server/schema';

/**
 * The claim a fact states: the same indicator, status, period, area and value, whichever article
 * says it. Deterministic, so the same statement in a new article joins the claim already there.
 */
export function claimId(
	fact: Pick<Fact, 'indicator_id' | 'status' | 'period' | 'ref_area' | 'value' | 'value_max'>
): string {
	const key = [
		fact.indicator_id,
		fact.status,
		fact.period,
		fact.ref_area,
		fact.value,
		fact.value_max
	];
	return `c-${createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 12)}`;
}
