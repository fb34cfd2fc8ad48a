import { describe, expect, test } from 'vitest';
import { deriveTitle } from './title';

describe('deriveTitle', () => {
	test('a first line without a full stop is a headline', () => {
		expect(deriveTitle('Кыргызстан и Китай: фокус на МСП\nТекст. Ещё текст.')).toBe(
			'Кыргызстан и Китай: фокус на МСП'
		);
	});

	test('otherwise the first sentence, without its full stop', () => {
		expect(deriveTitle('Завод запущен. Второе предложение.\nДальше.')).toBe('Завод запущен');
	});

	test('a decimal point does not end a sentence', () => {
		expect(deriveTitle('Курс 3.64 BYN вырос. Дальше')).toBe('Курс 3.64 BYN вырос');
	});

	test('a long first sentence is cut at a word boundary with an ellipsis', () => {
		const long = 'слово '.repeat(60) + 'конец.';
		const title = deriveTitle(long);
		expect(title.length).toBeLessThanOrEqual(161);
		expect(title.endsWith('слово…')).toBe(true);
	});
});
