import { describe, expect, test } from 'vitest';
import { byEnd, byStart, periodRange, within } from './period-range';

describe('periodRange', () => {
	test.each([
		['2026', '2026-01-01', '2026-12-31'],
		['2026-02', '2026-02-01', '2026-02-28'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['2026-01-18', '2026-01-18', '2026-01-18'],
		['2023~', '2023-01-01', '2023-12-31'],
		['2024-22', '2024-06-01', '2024-08-31'],
		['2024-24', '2024-12-01', '2025-02-28'],
		['2026-34', '2026-04-01', '2026-06-30'],
		['2026-41', '2026-07-01', '2026-12-31'],
		['../2028', '0000-01-01', '2028-12-31'],
		['2025/..', '2025-01-01', '9999-12-31'],
		['2025-09/2030', '2025-09-01', '2030-12-31'],
		['2026-01-01/2026-10-14', '2026-01-01', '2026-10-14'],
		['', '', '']
	])('%s covers %s to %s', (period, start, end) => {
		expect(periodRange(period)).toEqual({ start, end });
	});

	test('within: every day of one inside the other; an unknown period is inside none', () => {
		const year = periodRange('2026');
		expect(within(periodRange('2026-01-01/2026-10-14'), year)).toBe(true);
		expect(within(periodRange('2025-12/2026-02'), year)).toBe(false);
		expect(within(year, periodRange('../2028'))).toBe(true);
		expect(within(periodRange(''), periodRange('../2030'))).toBe(false);
		expect(within(year, periodRange(''))).toBe(false);
	});

	test('byEnd orders by the last day, then the first', () => {
		const periods = ['2026', '2026-01', '2025/..', '2024', '2025-07/2026-12'];
		expect(periods.sort((a, b) => byEnd(periodRange(a), periodRange(b)))).toEqual([
			'2024',
			'2026-01',
			'2025-07/2026-12',
			'2026',
			'2025/..'
		]);
	});

	test('byStart orders by the first day, then the last', () => {
		const periods = ['2026', '2026-01', '2025/..', '../2028', '2024', '2025-07/2026-12', '2026-33'];
		expect(periods.sort((a, b) => byStart(periodRange(a), periodRange(b)))).toEqual([
			'../2028',
			'2024',
			'2025/..',
			'2025-07/2026-12',
			'2026-01',
			'2026-33',
			'2026'
		]);
	});
});
