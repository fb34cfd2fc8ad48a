import { describe, expect, test } from 'vitest';
import { countOf, pluralNoun, type PluralForms } from './plural';

const article: PluralForms = { one: 'статья', few: 'статьи', many: 'статей', other: 'статьи' };
const source: PluralForms = { one: 'source', other: 'sources' };

describe('pluralNoun picks the form CLDR gives the number', () => {
	test.each([
		[0, 'статей', 'sources'],
		[1, 'статья', 'source'],
		[2, 'статьи', 'sources'],
		[5, 'статей', 'sources'],
		[11, 'статей', 'sources'],
		[21, 'статья', 'sources'],
		[22, 'статьи', 'sources'],
		[25, 'статей', 'sources'],
		[111, 'статей', 'sources'],
		// A fraction takes the genitive singular in Russian.
		[1.5, 'статьи', 'sources'],
		[3000, 'статей', 'sources'],
		[1_500_000, 'статей', 'sources'],
		[-1, 'статья', 'source'],
		[-22, 'статьи', 'sources'],
		// Shown with two fraction digits, 1.004 is `1`, and agrees with it.
		[1.004, 'статья', 'source']
	])('%d → %s / %s', (n, ru, en) => {
		expect(pluralNoun('ru', n, article)).toBe(ru);
		expect(pluralNoun('en', n, source)).toBe(en);
	});

	test('a missing form falls back to other', () => {
		expect(pluralNoun('ru', 5, { other: 'евро' })).toBe('евро');
	});
});

describe('countOf writes the number and its noun together', () => {
	test.each([
		[0, '0\u00a0статей', '0\u00a0sources'],
		[1, '1\u00a0статья', '1\u00a0source'],
		[3, '3\u00a0статьи', '3\u00a0sources'],
		[5, '5\u00a0статей', '5\u00a0sources'],
		[21, '21\u00a0статья', '21\u00a0sources'],
		[119, '119\u00a0статей', '119\u00a0sources'],
		[1.5, '1,5\u00a0статьи', '1.5\u00a0sources'],
		[3000, '3\u00a0000\u00a0статей', '3,000\u00a0sources'],
		[1_500_000, '1\u00a0500\u00a0000\u00a0статей', '1,500,000\u00a0sources']
	])('%d → %s / %s', (n, ru, en) => {
		expect(countOf('ru', n, article)).toBe(ru);
		expect(countOf('en', n, source)).toBe(en);
	});

	test('enterprises', () => {
		const enterprise = {
			one: 'предприятие',
			few: 'предприятия',
			many: 'предприятий',
			other: 'предприятия'
		};
		expect(countOf('ru', 119, enterprise)).toBe('119\u00a0предприятий');
		expect(countOf('ru', 1, enterprise)).toBe('1\u00a0предприятие');
		expect(countOf('ru', 2, enterprise)).toBe('2\u00a0предприятия');
	});
});
