import { describe, expect, test } from 'vitest';
import { extractMentions } from './extract/extract-mentions';
import { locateFigure } from './locate';

const text =
	'Мэрия планирует закупить 600 автобусов. Цена была на 20–25 процентов выше. ' +
	'Мэрия планирует закупить 600 автобусов. С 16% до 25% к 2030 году.';
const mentions = extractMentions(text);
const locate = (ref: Parameters<typeof locateFigure>[2]) => locateFigure(text, mentions, ref);
/** The problem of a reference that names no single figure, as `field: message`. */
const problemOf = (ref: Parameters<typeof locateFigure>[2]) => {
	const found = locate(ref);
	if (!('problem' in found)) throw new Error('expected a problem');
	return `${found.field}: ${found.problem}`;
};

describe('locateFigure', () => {
	test('a quote with one number needs no figure', () => {
		const found = locate({ quote: 'Цена была на 20–25 процентов выше' });
		expect(found).toMatchObject({ mention: { value: 20, value_max: 25, unit: 'percent' } });
		if ('problem' in found) throw new Error(found.problem);
		expect(text.slice(found.quoteStart, found.quoteEnd)).toBe('Цена была на 20–25 процентов выше');
	});

	test('a repeated quote needs an occurrence, and the occurrence picks it', () => {
		expect(problemOf({ quote: 'закупить 600 автобусов' })).toMatch(
			/^quote: .* occurs 2 times: add occurrence/
		);
		const second = locate({ quote: 'закупить 600 автобусов', occurrence: 2 });
		if ('problem' in second) throw new Error(second.problem);
		expect(second.quoteStart).toBe(text.lastIndexOf('закупить 600'));
	});

	test('an occurrence that does not exist is an error', () => {
		expect(problemOf({ quote: 'закупить 600 автобусов', occurrence: 3 })).toMatch(
			/^occurrence: occurrence 3 of quote .* does not exist: it occurs 2 time/
		);
	});

	test('a figure picks one of several numbers in a quote', () => {
		const quote = 'С 16% до 25% к 2030 году';
		expect(problemOf({ quote })).toMatch(/^quote: .* holds 3 numbers/);
		expect(locate({ quote, figure: '25%' })).toMatchObject({ mention: { value: 25 } });
	});

	test('a quote that is not in the text is an error', () => {
		expect(problemOf({ quote: 'закупить 700 автобусов' })).toMatch(
			/^quote: .* is not in the article text/
		);
	});

	test('a figure without a number in it is an error', () => {
		expect(problemOf({ quote: 'Цена была на 20–25 процентов выше', figure: 'Цена' })).toMatch(
			/^figure: no number is found/
		);
	});

	test('a quote that cuts a figure in half is an error', () => {
		expect(problemOf({ quote: 'на 20–25 проц' })).toMatch(/^quote: .*reaches beyond the quote/);
	});

	test('a quote or figure of a megabyte is quoted shortened in the message', () => {
		const long = 'закупить '.repeat(120_000);
		const unique = 'Цена была на 20–25 процентов выше';
		for (const ref of [{ quote: long }, { quote: unique, figure: long }]) {
			const message = problemOf(ref);
			expect(message).toMatch(/«закупить .*….*закупить » is not in/);
			expect(message.length).toBeLessThan(150);
		}
	});
});
