import { describe, expect, test } from 'vitest';
import { formatBytes, formatPeriod, formatPublished, formatQuantity, unitLabel } from './format';

const q = (
	value: number,
	qualifier: Parameters<typeof formatQuantity>[0]['qualifier'],
	unit: string,
	value_max: number | null = null
) => formatQuantity({ value, value_max, qualifier, unit }, 'en');

describe('formatQuantity writes values the way the source means them', () => {
	test.each([
		[q(3000, 'more_than', 'workshops'), 'more than 3,000'],
		[q(20, 'range', 'percent', 25), '20–25%'],
		[q(16, 'exact', 'percent'), '16%'],
		[q(600, 'exact', 'buses'), '600'],
		[q(2028, 'up_to', 'year'), 'by 2028'],
		[q(2023, 'approx', 'year'), 'about 2023'],
		[q(50, 'more_than', 'agreements'), 'more than 50'],
		[q(3.64, 'exact', 'byn'), 'BYN\u00a03.64'],
		[q(1500000, 'at_least', 'kgs'), 'at least KGS\u00a01,500,000.00'],
		[q(2022, 'range', 'year', 2023), '2022–2023'],
		[q(2.4, 'exact', 'pp'), '2.4 pp'],
		[q(1, 'range', 'pp', 2), '1–2 pp'],
		[q(1.7, 'approx', 'ratio'), 'about 1.7×'],
		[q(1.5, 'range', 'ratio', 2), '1.5–2×'],
		[q(1 / 3, 'more_than', 'fraction'), 'more than 0.33']
	])('%s', (written, expected) => expect(written).toBe(expected));

	test('count units are named after the number, others are in it', () => {
		expect(unitLabel('buses', 'en')).toBe('buses');
		expect(unitLabel('machine_tools', 'en')).toBe('machine tools');
		expect(unitLabel('percent', 'en')).toBe('');
		expect(unitLabel('year', 'en')).toBe('');
		expect(unitLabel('pp', 'en')).toBe('');
		expect(unitLabel('ratio', 'en')).toBe('');
	});
});

describe('formatPeriod', () => {
	test.each([
		['2025', '2025'],
		['2024-22', 'summer 2024'],
		['2026-34', 'Q2 2026'],
		['2026-40', 'H1 2026'],
		['2026-01/2026-35', 'Jan 2026 – Q3 2026'],
		['2023~', 'about 2023'],
		['../2028', 'by 2028'],
		['2025/..', 'from 2025'],
		['2025-09/2030', 'Sept 2025 – 2030'],
		['2026-01-18', '18 Jan 2026'],
		['2026-01/2026-03', 'Jan 2026 – Mar 2026']
	])('%s → %s', (period, expected) => expect(formatPeriod(period, 'en')).toBe(expected));

	test('a missing publication date says so', () => {
		expect(formatPublished('', 'en')).toBe('date unknown');
		expect(formatPublished('2026-01-31', 'en')).toBe('31 Jan 2026');
	});
});

describe('formatBytes', () => {
	test.each([
		[0, '0 bytes'],
		[1, '1 byte'],
		[999, '999 bytes'],
		[1000, '1 kB'],
		[25935, '25.9 kB'],
		[6176, '6.2 kB'],
		[1_234_567, '1.2 MB']
	])('%d → %s', (bytes, expected) => expect(formatBytes(bytes, 'en')).toBe(expected));
});
