// Every query of the site, run in Node's DuckDB against the generated tables.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeDb } from '../db/node';
import type { Db } from '../db/types';
import { tableNames } from '../domain/schema';
import { article, articleList, indicatorList, mentionsOfArticle } from './catalogue';
import { exportCsv, csvFileName } from './export';
import { facts, type FactRow } from './facts';
import { filterFromParams, filterSlug, filterToParams } from './filter';
import {
	busesSql,
	factsBySectorStatus,
	factsPerArticle,
	headlineFactsSql,
	machineryShareSql,
	timelineSql
} from './overview';
import { tableRowCounts } from './tables';

let db: Db;
beforeAll(async () => {
	db = await nodeDb();
});
const ids = (rows: { fact_id: string }[]) => rows.map((r) => r.fact_id);

describe('fact queries', () => {
	test('headline facts carry their source: article title, date and the link to the quote', async () => {
		const rows = await db.query<FactRow>(headlineFactsSql({}));
		expect(rows.every((r) => r.headline)).toBe(true);
		expect(ids(rows)).toEqual(
			expect.arrayContaining(['sewing-workshops-closed', 'new-enterprises-2025'])
		);
		const sewing = rows.find((r) => r.fact_id === 'sewing-workshops-closed');
		expect(sewing).toMatchObject({
			value: 3000,
			qualifier: 'more_than',
			sector: 'light_industry',
			published: '2026-01-18',
			source: '/articles/002_5346f135172f8269#fact-sewing-workshops-closed',
			year: 2026
		});
		expect(sewing?.article_title).toMatch(/^На заседании депутатской группы/);
	});

	test('filters by sector and status, together and apart', async () => {
		const automotive = await facts(db, { filter: { sector: 'automotive' } });
		expect(automotive.length).toBeGreaterThan(0);
		expect(new Set(automotive.map((r) => r.sector))).toEqual(new Set(['automotive']));
		const plans = await facts(db, { filter: { sector: 'automotive', status: 'plan' } });
		expect(ids(plans)).toEqual(['bishkek-bus-purchase-2026']);
	});

	test('machinery share: baseline and target of one statement, never summed', async () => {
		const rows = await db.query<FactRow>(machineryShareSql({}));
		expect(rows.map((r) => [r.status, r.value, r.statement_id])).toEqual([
			['baseline', 16, 'machinery-share-16-to-25'],
			['target', 25, 'machinery-share-16-to-25']
		]);
	});

	test('buses: the 600 planned and the 10 promised', async () => {
		const rows = await db.query<FactRow>(busesSql({}));
		expect(rows.map((r) => [r.indicator_id, r.value, r.status])).toEqual([
			['bus_purchase_plan', 600, 'plan'],
			['domestic_bus_trial_purchase', 10, 'promise']
		]);
	});

	test('timeline years run from 2001 to 2030, taken from each period', async () => {
		const rows = await db.query<FactRow>(timelineSql({}));
		const year = (id: string) => rows.find((r) => r.fact_id === id)?.year;
		expect(year('by-kg-previous-visit')).toBe(2001);
		expect(year('by-kg-roadmap-2030')).toBe(2030);
		expect(year('wildberries-logistics-centre')).toBe(2028);
		expect(year('beles-plant-launch')).toBe(2023);
		expect(year('tulpar-motors-launch')).toBe(2024);
		expect(year('machinery-share-target')).toBe(2025);
		expect(year('sewing-workshops-closed')).toBe(2026);
	});

	test('counts by sector and status, and per article, add up to the facts shown', async () => {
		const all = await facts(db);
		const bySector = await factsBySectorStatus(db, {});
		const perArticle = await factsPerArticle(db, {});
		const sum = (rows: { facts: number }[]) => rows.reduce((n, r) => n + r.facts, 0);
		expect(sum(bySector)).toBe(all.length);
		expect(sum(perArticle)).toBe(all.length);
		expect(bySector).toContainEqual({ sector: 'machinery', status: 'target', facts: 1 });
		const filtered = await factsBySectorStatus(db, { status: 'event' });
		expect(new Set(filtered.map((r) => r.status))).toEqual(new Set(['event']));
	});
});

describe('catalogue queries', () => {
	test('articles, newest first, undated last, with their counts', async () => {
		const rows = await articleList(db);
		expect(rows.map((r) => r.published)).toEqual([
			'2026-01-31',
			'2026-01-18',
			'2025-09-29',
			'2025-08-16',
			''
		]);
		expect(rows[0]).toMatchObject({ facts: 5, mentions: 7 });
		expect(rows[0]).not.toHaveProperty('text');
	});

	test('one article with its text, and its mentions in order', async () => {
		const row = await article(db, '003_56466ff52369df5c');
		expect(row?.text.startsWith('3.64 BYN\n')).toBe(true);
		const mentions = await mentionsOfArticle(db, '003_56466ff52369df5c');
		expect(mentions[0]).toMatchObject({ surface: '3.64 BYN', disposition: 'dismissed' });
		for (const m of mentions) expect(row?.text.slice(m.start, m.end)).toBe(m.surface);
		expect(await article(db, 'nope')).toBeUndefined();
	});

	test('indicators with their fact counts', async () => {
		const rows = await indicatorList(db);
		expect(rows.find((r) => r.indicator_id === 'vehicle_plant_milestone')?.facts).toBe(3);
	});

	test('row counts of the tables equal the records of their CSV files', async () => {
		const counts = await tableRowCounts(db);
		expect(Object.keys(counts)).toEqual(tableNames);
		for (const name of tableNames) {
			const records = parse(readFileSync(`static/data/${name}.csv`), { columns: true });
			expect(counts[name], name).toBe(records.length);
			expect(counts[name], name).toBeGreaterThan(0);
		}
	});
});

describe('filters in the URL', () => {
	test('round-trip, and unknown values are dropped', () => {
		const filter = filterFromParams(new URLSearchParams('sector=automotive&status=plan'));
		expect(filter).toEqual({ sector: 'automotive', status: 'plan' });
		expect(filterToParams(filter).toString()).toBe('sector=automotive&status=plan');
		expect(filterFromParams(new URLSearchParams("sector=x' OR 1=1--&status=plan"))).toEqual({
			sector: undefined,
			status: 'plan'
		});
		expect(filterSlug(filter)).toBe('sector-automotive_status-plan');
	});
});

describe('exportCsv', () => {
	test('BOM, header, whole numbers without ".0", rows in the order shown', async () => {
		const csv = await exportCsv(db, busesSql({}));
		expect(csv.startsWith('\uFEFFfact_id,indicator_id,label_en,')).toBe(true);
		const [header, ...rows] = parse(csv, { bom: true }) as string[][];
		const value = header?.indexOf('value') ?? -1;
		expect(rows.map((r) => r[value])).toEqual(['600', '10']);
		const gap = await exportCsv(
			db,
			`SELECT value, value_max FROM facts WHERE fact_id = 'by-kg-agreements'`
		);
		expect(gap).toBe('\uFEFFvalue,value_max\n50,\n');
	});

	test('text that a spreadsheet would run as a formula is defused', async () => {
		const csv = await exportCsv(
			db,
			`SELECT '=1+1' AS a, '+7' AS b, '-x' AS c, '@SUM(A1)' AS d, 'ok' AS e, -5.5 AS n`
		);
		expect(csv).toBe("\uFEFFa,b,c,d,e,n\n'=1+1,'+7,'-x,'@SUM(A1),ok,-5.5\n");
	});

	test('file names say what they hold', () => {
		expect(csvFileName('facts', 'sector-automotive')).toBe(
			'kg-industry_facts_sector-automotive.csv'
		);
		expect(csvFileName('facts', '')).toBe('kg-industry_facts.csv');
	});
});
