import { describe, expect, test } from 'vitest';
import { claimsOf } from './claims';
import { disagreementsOf, disputed, observationsOf } from './observations';
import { factRow } from './test-facts';

describe('observations and disagreements', () => {
	test('two articles giving different values for one status, period and area disagree', () => {
		const high = factRow({ value: 500 });
		const same = factRow({ value: 500, claim_id: high.claim_id });
		const low = factRow({ value: 450 });
		const [observation, ...rest] = observationsOf(claimsOf([high, low, same]));
		expect(rest).toEqual([]);
		expect(disputed(observation!)).toBe(true);
		expect(observation!.claims.map((c) => c.fact.value)).toEqual([500, 450]);
		expect(observation!.claims[0]!.sources).toEqual([high, same]);
	});

	test('another status, period or area is another observation, not a disagreement', () => {
		const base = factRow();
		const claims = claimsOf([
			base,
			factRow({ value: 1, status: 'plan' }),
			factRow({ value: 2, period: '2026' }),
			factRow({ value: 3, ref_area: 'KG-GB' }),
			factRow({ value: 4, indicator_id: 'other' })
		]);
		expect(observationsOf(claims)).toHaveLength(5);
		expect(disagreementsOf(claims)).toEqual([]);
	});
});
