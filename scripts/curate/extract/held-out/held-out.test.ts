import { describe, expect, test } from 'vitest';
import type { HeldOutCase } from './held-out-case';
import { placeFigures, score } from './evaluate';
import { moreForms } from './more-forms';
import { newForms } from './new-forms';
import { oldForms } from './old-forms';

/**
 * Sentences written apart from the extractor's own test tables, scored as a whole: the forms the
 * extractor always read must stay perfect, the harder forms (verbs that qualify, «до» after a
 * change, ratios, points, fractions, numbers that name things) at 95% or better.
 */
const sets: [name: string, cases: HeldOutCase[], floor: number][] = [
	['forms read from the start', oldForms, 1],
	['the hard half: verbs, «до», ratios, points, fractions, labels', newForms, 0.95],
	['the hard half, written without the brief of the first', moreForms, 0.95]
];

describe.each(sets)('held-out sentences: %s', (_, cases, floor) => {
	const result = score(cases);
	const misses = result.misses.map(
		(m) => `${m.kind}: want ${m.expected}, got ${m.got} in «${m.text}»`
	);

	test('recall and precision', () => {
		expect(result.recall, misses.join('\n')).toBeGreaterThanOrEqual(floor);
		expect(result.precision, misses.join('\n')).toBeGreaterThanOrEqual(floor);
	});

	test('value, unit and qualifier of the numbers found', () => {
		const { valueRight, unitRight, qualifierRight } = result;
		for (const share of [valueRight, unitRight, qualifierRight]) {
			expect(share, misses.join('\n')).toBeGreaterThanOrEqual(floor);
		}
	});
});

describe('the held-out scoring', () => {
	const text = 'Экспорт превысил 300 млн долларов, а импорт вырос в 1,5 раза.';
	const figures = [
		{ figure: '300 млн долларов', value: 3e8, unit: 'USD', qualifier: 'more_than' },
		{ figure: '1,5 раза', value: 1.5, unit: 'ratio', qualifier: 'exact' }
	] as const;

	test('is perfect when the extractor agrees', () => {
		expect(score([{ text, figures: [...figures] }])).toMatchObject({
			recall: 1,
			precision: 1,
			unitRight: 1,
			qualifierRight: 1,
			misses: []
		});
	});

	test('counts a number left out of the key as spurious, and a wrong qualifier', () => {
		const wrong = { ...figures[0], qualifier: 'exact' } as const;
		const result = score([{ text, figures: [wrong] }]);
		expect(result).toMatchObject({ recall: 1, precision: 0.5, qualifierRight: 0 });
		expect(result.misses.map((m) => m.kind)).toEqual(['qualifier', 'spurious']);
	});

	test('counts a figure nothing overlaps as missed', () => {
		const result = score([
			{ text: 'Ничего', figures: [] },
			{ text: 'дом 5', figures: [{ figure: '5', value: 5, unit: null, qualifier: 'exact' }] }
		]);
		expect(result).toMatchObject({ recall: 0, precision: 1 });
	});

	test('refuses a key whose figure is not in its text, in order', () => {
		expect(() => placeFigures({ text: 'в 2 раза', figures: [figures[1]] })).toThrow(/1,5 раза/);
	});
});
