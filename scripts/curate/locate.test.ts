import { describe, expect, test } from 'vitest';
import { extractMentions } from './extract/extract-mentions';
import { locateFigure } from './locate';

const text =
	'Мэрия планирует закупить 600 автобусов. Цена была на 20–25 процентов выше. ' +
	'Мэрия планирует закупить 600 автобусов. С 16% до 25% к 2030 году.';
const mentions = extractMentions(text);
const locate = (ref: Parameters<typeof locateFigure>[2]) => locateFigure(text, mentions, ref);

describe('locateFigure', () => {
	test('a quote with one number needs no figure', () => {
		const found = locate({ quote: 'Цена была на 20–25 процентов выше' });
		expect(found).toMatchObject({ mention: { value: 20, value_max: 25, unit: 'percent' } });
		if (typeof found === 'string') throw new Error(found);
		expect(text.slice(found.quoteStart, found.quoteEnd)).toBe('Цена была на 20–25 процентов выше');
	});

	test('a repeated quote needs an occurrence, and the occurrence picks it', () => {
		expect(locate({ quote: 'закупить 600 автобусов' })).toMatch(/occurs 2 times: add occurrence/);
		const second = locate({ quote: 'закупить 600 автобусов', occurrence: 2 });
		if (typeof second === 'string') throw new Error(second);
		expect(second.quoteStart).toBe(text.lastIndexOf('закупить 600'));
	});

	test('an occurrence that does not exist is an error', () => {
		expect(locate({ quote: 'закупить 600 автобусов', occurrence: 3 })).toMatch(
			/occurrence 3 of quote .* does not exist: it occurs 2 time/
		);
	});

	test('a figure picks one of several numbers in a quote', () => {
		const quote = 'С 16% до 25% к 2030 году';
		expect(locate({ quote })).toMatch(/holds 3 numbers/);
		expect(locate({ quote, figure: '25%' })).toMatchObject({ mention: { value: 25 } });
	});

	test('a quote that is not in the text is an error', () => {
		expect(locate({ quote: 'закупить 700 автобусов' })).toMatch(/is not in the article text/);
	});

	test('a figure without a number in it is an error', () => {
		expect(locate({ quote: 'Цена была на 20–25 процентов выше', figure: 'Цена' })).toMatch(
			/no number is found/
		);
	});

	test('a quote that cuts a figure in half is an error', () => {
		expect(locate({ quote: 'на 20–25 проц' })).toMatch(/reaches beyond the quote/);
	});
});
