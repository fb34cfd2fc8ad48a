// The real seeds and curation: the build passes, the invariants hold, and the facts an analyst needs
// are there with the right values, statuses and periods.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/domain/csv';
import { tables as schemas, tableNames, type Fact } from '../../src/lib/domain/schema';
import { buildTables, tableFiles } from './build-tables';
import { readInputs, renderTables } from './files';

const root = resolve(import.meta.dirname, '../..');
const { tables, problems } = buildTables(readInputs(root));
if (!tables) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
const fact = (id: string): Fact => {
	const found = tables.facts.find((f) => f.fact_id === id);
	if (!found) throw new Error(`no fact ${id}`);
	return found;
};
const textOf = (articleId: string) => tables.articles.find((a) => a.article_id === articleId)?.text;

describe('the curated tables', () => {
	test('every fact quote is the article text at its offsets, and the figure lies inside it', () => {
		for (const f of tables.facts) {
			const text = textOf(f.article_id) ?? '';
			expect(text.slice(f.quote_start, f.quote_end)).toBe(f.quote);
			expect(f.value_start).toBeGreaterThanOrEqual(f.quote_start);
			expect(f.value_end).toBeLessThanOrEqual(f.quote_end);
		}
	});

	test('every mention is a fact or dismissed with a reason, and every fact comes from one', () => {
		for (const m of tables.mentions) {
			expect(m.disposition === 'fact' ? m.fact_id : m.reason).not.toBe('');
		}
		const fromMentions = tables.mentions
			.filter((m) => m.disposition === 'fact')
			.map((m) => m.fact_id);
		expect(fromMentions.sort()).toEqual(tables.facts.map((f) => f.fact_id).sort());
	});

	test.each([
		[
			'beles-bus-price-gap',
			{ value: 20, value_max: 25, qualifier: 'range', unit: 'percent', status: 'actual' }
		],
		[
			'bishkek-bus-purchase-2026',
			{ value: 600, status: 'plan', period: '2026', ref_area: 'KG-GB' }
		],
		['domestic-buses-promised-for-trials', { value: 10, status: 'promise' }],
		[
			'machinery-share-baseline',
			{ value: 16, status: 'baseline', statement_id: 'machinery-share-16-to-25' }
		],
		[
			'machinery-share-target',
			{ value: 25, status: 'target', statement_id: 'machinery-share-16-to-25' }
		],
		['sewing-workshops-closed', { value: 3000, qualifier: 'more_than', status: 'actual' }],
		['new-enterprises-2025', { value: 119, status: 'actual', period: '2025' }],
		['by-kg-agreements', { value: 50, qualifier: 'more_than' }],
		['by-kg-roadmap-2030', { value: 2030, unit: 'year' }],
		['wildberries-logistics-centre', { value: 2028, status: 'plan', period: '../2028' }],
		['beles-plant-launch', { value: 2023, qualifier: 'approx', period: '2023~', status: 'event' }],
		['tulpar-motors-launch', { value: 2024, period: '2024-22', status: 'event' }]
	])('fact %s', (id, expected) => {
		expect(fact(id)).toMatchObject({ ...expected, headline: expect.any(Boolean) });
	});

	test('the exchange-rate line is dismissed as page furniture, never a fact', () => {
		const rate = tables.mentions.find((m) => m.surface === '3.64 BYN');
		expect(rate).toMatchObject({
			disposition: 'dismissed',
			reason: expect.stringMatching(/page furniture/)
		});
		expect(tables.facts.some((f) => f.quote.includes('BYN'))).toBe(false);
	});

	test('the article without a date line has no invented date', () => {
		const undated = tables.articles.find((a) => a.article_id === '004_19e44f240a31546b');
		expect(undated).toMatchObject({ published: '', date_basis: 'unknown' });
	});

	test('headline facts exist and each table has rows', () => {
		expect(tables.facts.filter((f) => f.headline).length).toBeGreaterThanOrEqual(8);
		for (const name of tableNames) expect(tables[name].length).toBeGreaterThan(0);
	});

	test('the committed CSVs are what the inputs give, and parse back to the same rows', () => {
		const outputs = renderTables(tables);
		for (const name of tableNames) {
			const path = `static/data/${tableFiles[name]}`;
			const onDisk = readFileSync(resolve(root, path), 'utf8');
			expect(onDisk).toBe(outputs.get(path));
			expect(parseCsv(schemas[name], onDisk, path)).toEqual(tables[name]);
		}
	});

	test('the same inputs give byte-identical tables', () => {
		const again = buildTables(readInputs(root)).tables;
		if (!again) throw new Error('second run failed');
		expect(renderTables(again)).toEqual(renderTables(tables));
	});
});
