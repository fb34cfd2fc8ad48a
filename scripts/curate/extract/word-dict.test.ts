import { describe, expect, test } from 'vitest';
import { WordDict } from './word-dict';

const dict = new WordDict<string | number>([
	['трех', 3],
	['usd', 'USD'],
	['где-то', 'approx']
]);
const look = (text: string) => dict.get(text, 0, text.length);

describe('WordDict', () => {
	test('folds capitals and ё as it reads', () => {
		expect(look('трех')).toBe(3);
		expect(look('трёх')).toBe(3);
		expect(look('ТРЁХ')).toBe(3);
		expect(look('Трех')).toBe(3);
		expect(look('USD')).toBe('USD');
		expect(look('где-то')).toBe('approx');
	});

	test('matches whole words only', () => {
		expect(look('тре')).toBeUndefined();
		expect(look('трехх')).toBeUndefined();
		expect(look('')).toBeUndefined();
		expect(dict.get('из трех лет', 3, 7)).toBe(3);
		expect(dict.get('из трех лет', 3, 6)).toBeUndefined();
	});
});
