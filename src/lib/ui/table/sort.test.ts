import { describe, expect, test } from 'vitest';
import { factRow } from '$lib/claims/test-facts';
import { formatQuantity } from '$lib/domain/format';
import type { FactRow } from '$lib/sql/facts';
import { factSortKeys } from './fact-sort-keys';
import { hrefWithSort, nextSort, sortFromParam, sortRows, sortToParam, type SortKey } from './sort';

const keys = factSortKeys((fact: FactRow) => fact);
const ids = (rows: FactRow[]) => rows.map((r) => r.fact_id);

describe('sortRows by value', () => {
	// As curated: «более 3 000 швейных цехов», «на 20–25 % дороже», «до 5 лет», «около 119».
	const facts = [
		factRow({ value: 3000, qualifier: 'more_than', unit: 'workshops' }),
		factRow({ value: 20, value_max: 25, qualifier: 'range', unit: 'percent' }),
		factRow({ value: 600, unit: 'buses' }),
		factRow({ value: 119, qualifier: 'approx', unit: 'enterprises' }),
		factRow({ value: 5, qualifier: 'up_to', unit: 'years' }),
		factRow({ value: 16.5, unit: 'percent' }),
		factRow({ value: 1_500_000, unit: 'KGS' })
	];

	test('figures sort as numbers, not as the words the page writes them in', () => {
		const up = sortRows(facts, keys.value, 'ascending', 'ru');
		// The page writes no-break spaces; plain ones here, to be read.
		expect(up.map((f) => formatQuantity(f, 'ru').replace(/\s/g, ' '))).toEqual([
			'до 5',
			'16,5 %',
			'20–25 %',
			'около 119',
			'600',
			'более 3 000',
			'1 500 000'
		]);
		expect(ids(sortRows(facts, keys.value, 'descending', 'ru'))).toEqual(ids(up).reverse());
		// The same rows as text would be another order: «1 500 000» first, «более 3 000» before «до 5».
		const asText = sortRows(
			facts,
			{ kind: 'text', of: (f) => formatQuantity(f, 'ru') },
			'ascending',
			'ru'
		);
		expect(ids(asText)).not.toEqual(ids(up));
	});

	test('a range sorts by its low end', () => {
		const range = factRow({ value: 20, value_max: 25, qualifier: 'range' });
		const below = factRow({ value: 21 });
		const above = factRow({ value: 19 });
		expect(ids(sortRows([below, range, above], keys.value, 'ascending', 'en'))).toEqual(
			ids([above, range, below])
		);
	});
});

describe('sortRows by period', () => {
	// Every form the curation writes, each once.
	const periods = [
		'2026',
		'2026-01',
		'2026-33',
		'',
		'../2028',
		'2025/..',
		'2023~',
		'2024-22',
		'2026-01-18',
		'2025-09/2030',
		'2001'
	];
	const facts = periods.map((period) => factRow({ period }));
	const sorted = (direction: 'ascending' | 'descending') =>
		sortRows(facts, keys.period, direction, 'en').map((f) => f.period);

	test('by the first day, then the last; an open start first; no period last', () => {
		expect(sorted('ascending')).toEqual([
			'../2028',
			'2001',
			'2023~',
			'2024-22',
			'2025/..',
			'2025-09/2030',
			'2026-01',
			'2026-33',
			'2026',
			'2026-01-18',
			''
		]);
	});

	test('descending is the reverse, but a fact without a period still comes last', () => {
		const up = sorted('ascending');
		expect(sorted('descending')).toEqual([...up.slice(0, -1).reverse(), '']);
	});
});

describe('sortRows by text', () => {
	const labelled = (label_ru: string, label_en: string) => factRow({ label_ru, label_en });
	const facts = [
		labelled('Швейные цеха', 'Sewing workshops'),
		labelled('ярмарка', 'fair'),
		labelled('Ёлки', 'Trees'),
		labelled('автобус', 'bus'),
		labelled('Автобусы', 'Buses'),
		labelled('', '')
	];

	test('Russian words in the Russian alphabet, whatever their case; empty last', () => {
		const key: SortKey<FactRow> = { kind: 'text', of: (f) => f.label_ru };
		expect(sortRows(facts, key, 'ascending', 'ru').map((f) => f.label_ru)).toEqual([
			'автобус',
			'Автобусы',
			'Ёлки',
			'Швейные цеха',
			'ярмарка',
			''
		]);
		expect(sortRows(facts, key, 'descending', 'ru').map((f) => f.label_ru)).toEqual([
			'ярмарка',
			'Швейные цеха',
			'Ёлки',
			'Автобусы',
			'автобус',
			''
		]);
	});

	test('the indicator column sorts the labels the page shows (English in unit tests)', () => {
		expect(sortRows(facts, keys.indicator, 'ascending', 'en').map((f) => f.label_en)).toEqual([
			'bus',
			'Buses',
			'fair',
			'Sewing workshops',
			'Trees',
			''
		]);
	});

	test('digits inside text sort as numbers', () => {
		const units = ['10 units', '9 units', '100 units'].map((label_en) => factRow({ label_en }));
		expect(sortRows(units, keys.indicator, 'ascending', 'en').map((f) => f.label_en)).toEqual([
			'9 units',
			'10 units',
			'100 units'
		]);
	});

	test('statuses sort by their words', () => {
		const facts = (['target', 'actual', 'plan', 'baseline'] as const).map((status) =>
			factRow({ status })
		);
		expect(sortRows(facts, keys.status, 'ascending', 'en').map((f) => f.status)).toEqual([
			'actual',
			'baseline',
			'plan',
			'target'
		]);
	});
});

describe('sortRows: empty keys and ties', () => {
	test('a fact the timeline cannot place (year null) comes last both ways', () => {
		const facts = [factRow({ year: null }), factRow({ year: 2026 }), factRow({ year: 2024 })];
		expect(sortRows(facts, keys.year, 'ascending', 'en').map((f) => f.year)).toEqual([
			2024,
			2026,
			null
		]);
		expect(sortRows(facts, keys.year, 'descending', 'en').map((f) => f.year)).toEqual([
			2026,
			2024,
			null
		]);
	});

	test('rows that tie keep the order they came in, in both directions', () => {
		const facts = [
			factRow({ period: '2026', value: 2 }),
			factRow({ period: '2025', value: 1 }),
			factRow({ period: '2026', value: 3 }),
			factRow({ period: '2026', value: 1 })
		];
		const [a, b, c, d] = facts as [FactRow, FactRow, FactRow, FactRow];
		expect(ids(sortRows(facts, keys.period, 'ascending', 'en'))).toEqual(ids([b, a, c, d]));
		expect(ids(sortRows(facts, keys.period, 'descending', 'en'))).toEqual(ids([a, c, d, b]));
	});

	test('a key may read the row’s place in the table’s own order', () => {
		const facts = [factRow(), factRow(), factRow()];
		const position: SortKey<FactRow> = { kind: 'number', of: (_, index) => index };
		expect(ids(sortRows(facts, position, 'ascending', 'en'))).toEqual(ids(facts));
		expect(ids(sortRows(facts, position, 'descending', 'en'))).toEqual(ids(facts).reverse());
	});

	test('the rows given are left as they are', () => {
		const facts = [factRow({ value: 2 }), factRow({ value: 1 })];
		const before = ids(facts);
		sortRows(facts, keys.value, 'ascending', 'en');
		expect(ids(facts)).toEqual(before);
	});
});

describe('the sort in the URL', () => {
	const columns = ['value', 'period', 'status'];

	test('`period` is ascending, `-value` descending, and each writes back as it was read', () => {
		expect(sortFromParam('period', columns)).toEqual({
			column: 'period',
			direction: 'ascending'
		});
		expect(sortFromParam('-value', columns)).toEqual({ column: 'value', direction: 'descending' });
		for (const param of ['period', '-value']) {
			expect(sortToParam(sortFromParam(param, columns)!)).toBe(param);
		}
	});

	test.each([null, '', '-', '--value', 'Value', 'sources', 'value,period', '+value'])(
		'%j is no sort',
		(param) => {
			expect(sortFromParam(param, columns)).toBeUndefined();
		}
	);

	test('a press sorts ascending, then descending, then ascending again', () => {
		const first = nextSort(undefined, 'value');
		expect(first).toEqual({ column: 'value', direction: 'ascending' });
		const second = nextSort(first, 'value');
		expect(second).toEqual({ column: 'value', direction: 'descending' });
		expect(nextSort(second, 'value')).toEqual(first);
		expect(nextSort(second, 'period')).toEqual({ column: 'period', direction: 'ascending' });
	});

	test('a sort goes into the URL beside the filter and other tables’ sorts, and out again', () => {
		const url = new URL('https://example.org/en/?sector=automotive&sort-bus=-period#content');
		const value = { column: 'value', direction: 'descending' } as const;
		const sorted = hrefWithSort(url, 'sort', value);
		expect(sorted).toBe('/en/?sector=automotive&sort-bus=-period&sort=-value#content');
		expect(hrefWithSort(new URL(sorted, url), 'sort', undefined)).toBe(
			'/en/?sector=automotive&sort-bus=-period#content'
		);
		expect(
			hrefWithSort(new URL('https://example.org/en/indicators/x?sort=status'), 'sort', undefined)
		).toBe('/en/indicators/x');
	});
});
