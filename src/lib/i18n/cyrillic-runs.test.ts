import { expect, test } from 'vitest';
import { cyrillicRuns } from './cyrillic-runs';

test('Russian examples in English text are runs of their own, the rest is kept as it is', () => {
	const text = 'approx ("около"), ratio («в 1,7 раза», «вдвое»), percent';
	const runs = cyrillicRuns(text);
	expect(runs.map((r) => r.text).join('')).toBe(text);
	expect(runs.filter((r) => r.ru).map((r) => r.text)).toEqual(['около', 'в 1,7 раза', 'вдвое']);
	expect(cyrillicRuns('no Russian')).toEqual([{ text: 'no Russian', ru: false }]);
});
