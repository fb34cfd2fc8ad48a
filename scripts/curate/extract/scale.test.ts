import { describe, expect, test } from 'vitest';
import { readLiteral } from './numeric-literal';
import { scaled } from './scale';

const at = (written: string, exp: number) => scaled(readLiteral(written, 0), exp);

describe('scaled', () => {
	// The expected values are decimal strings: what JavaScript parses from the written number.
	test.each([
		['1,5', 9, '1500000000'],
		['2.3', 6, '2300000'],
		['4,35', 6, '4350000'],
		['0,07', 3, '70'],
		['1.1', 9, '1100000000'],
		['3.64', 0, '3.64'],
		['12345678901234567', 3, '12345678901234567000'],
		['1,123456789012345678', 3, '1123.456789012345678']
	])('%s × 10^%i = %s', (written, exp, value) => {
		expect(at(written, exp)).toBe(Number(value));
	});

	test('never shows float multiplication artefacts', () => {
		for (let tenths = 0; tenths < 1000; tenths++) {
			const written = `${Math.floor(tenths / 10)},${tenths % 10}`;
			expect(at(written, 6)).toBe(tenths * 100000);
		}
	});

	test('numbers in words scale exactly, halves included', () => {
		expect(scaled({ digits: null, decimals: 0, value: 1.5 }, 3)).toBe(1500);
		expect(scaled({ digits: null, decimals: 0, value: 999.5 }, 12)).toBe(999500000000000);
	});
});
