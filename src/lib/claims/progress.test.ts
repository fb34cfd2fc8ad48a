import { describe, expect, test } from 'vitest';
import { formatQuantity, type Quantity } from '../domain/format';
import { progressToward } from './progress';

const q = (
	value: number,
	qualifier: Quantity['qualifier'] = 'exact',
	value_max = null as number | null
) => ({ value, value_max, qualifier, unit: 'widgets' }) satisfies Quantity;
const share = (goal: Quantity, actual: Quantity, baseline?: Quantity) => {
	const progress = progressToward(goal, actual, baseline);
	return progress && formatQuantity(progress.share, 'en');
};

describe('progress toward a goal keeps what the figures allow', () => {
	test.each([
		['exact of exact', q(600), q(240), undefined, '40%'],
		['more than stays more than', q(600), q(240, 'more_than'), undefined, 'more than 40%'],
		['at least stays at least', q(600), q(241, 'at_least'), undefined, 'at least 40%'],
		['up to stays up to', q(600), q(241, 'up_to'), undefined, 'up to 41%'],
		['a rounded share is about', q(600), q(250), undefined, 'about 42%'],
		['an approximate actual is about', q(600), q(240, 'approx'), undefined, 'about 40%'],
		['a range stays a range', q(100), q(20, 'range', 25), undefined, '20–25%'],
		['a range of goals gives a range', q(500, 'range', 600), q(300), undefined, '50–60%'],
		['beyond the goal', q(600), q(720), undefined, '120%'],
		['from a baseline', q(25), q(18), q(16), 'about 22%'],
		['down to a target', q(8), q(10), q(12), '50%'],
		['down to a target, more than reads less', q(8), q(10, 'more_than'), q(12), 'less than 50%']
	])('%s', (_, goal, actual, baseline, expected) => {
		expect(share(goal, actual, baseline)).toBe(expected);
	});

	test.each([
		['a goal that is only a bound', q(600, 'up_to'), q(240), undefined],
		['a goal of more than', q(600, 'more_than'), q(240), undefined],
		['a baseline that is a range', q(25), q(18), q(15, 'range', 16)],
		['a goal equal to its baseline', q(16), q(18), q(16)],
		['a goal of zero', q(0), q(5), undefined]
	])('none for %s', (_, goal, actual, baseline) => {
		expect(progressToward(goal, actual, baseline)).toBeUndefined();
	});

	test('the meter shows the known bound, within 0 and 1', () => {
		expect(progressToward(q(600), q(240, 'more_than'))?.fraction).toBeCloseTo(0.4);
		expect(progressToward(q(600), q(720))?.fraction).toBe(1);
		expect(progressToward(q(25), q(15), q(16))?.fraction).toBe(0);
	});
});
