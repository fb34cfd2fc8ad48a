import { expect, test } from 'vitest';
import { describeMentionUnit, expectedMentionUnit } from './units';

test.each([
	['percent', 'percent'],
	['pp', 'pp'],
	['ratio', 'ratio'],
	['fraction', 'fraction'],
	['year', 'year'],
	['kgs', 'KGS'],
	['usd', 'USD'],
	['buses', null],
	['workshops', null],
	// Only currency codes are written in lower case; a unit is never guessed from its case.
	['PERCENT', null],
	['percentage_points', null]
] as const)('an indicator in %s takes %s', (indicatorUnit, mentionUnit) => {
	expect(expectedMentionUnit(indicatorUnit)).toBe(mentionUnit);
});

test('units are named for messages', () => {
	expect(
		([null, 'year', 'pp', 'ratio', 'fraction', 'USD'] as const).map((u) => describeMentionUnit(u))
	).toEqual(['a plain number', 'a year', 'percentage points', 'a ratio', 'a fraction', 'USD']);
});
