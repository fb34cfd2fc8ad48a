import { describe, expect, test } from 'vitest';
import { formatCount, formatResultNumber } from './numbers';

const nbsp = '\u00a0';

describe('formatCount', () => {
	test.each([
		[0, '0', '0'],
		[3000, '3,000', `3${nbsp}000`],
		[10_000_000, '10,000,000', `10${nbsp}000${nbsp}000`]
	])('%d: %s / %s', (count, en, ru) => {
		expect(formatCount(count, 'en')).toBe(en);
		expect(formatCount(count, 'ru')).toBe(ru);
	});
});

describe('formatResultNumber: a query result for reading', () => {
	test.each([
		['2026', '2026', '2026'],
		['12345', '12,345', `12${nbsp}345`],
		['-12345.5', '-12,345.5', `-12${nbsp}345,5`],
		['3.5', '3.5', '3,5'],
		['0.30000000000000004', '0.30000000000000004', '0,30000000000000004'],
		[
			'170141183460469231731687303715884105727',
			'170,141,183,460,469,231,731,687,303,715,884,105,727',
			null
		],
		['inf', 'inf', 'inf'],
		['NaN', 'NaN', 'NaN'],
		['', '', '']
	])('%s', (text, en, ru) => {
		expect(formatResultNumber(text, 'en')).toBe(en);
		if (ru !== null) expect(formatResultNumber(text, 'ru')).toBe(ru);
	});

	test('a long integer keeps every digit in Russian too', () => {
		const digits = formatResultNumber('9007199254740993', 'ru').replace(/\D/g, '');
		expect(digits).toBe('9007199254740993');
	});
});
