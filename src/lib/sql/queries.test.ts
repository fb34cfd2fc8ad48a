// Every query of the site, run in Node's DuckDB against the generated tables; what each should
// return is worked out from the CSV files themselves, so the tests hold for any archive.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeDb } from '../server/db/node';
import type { Db } from '../db/types';
import type { Fact } from '../server/schema';
import { sectors, statuses, tableNames } from '../domain/vocabulary';
import { article, articleList, indicatorList, mentionsOfArticle } from './catalogue';
import { factsBySectorStatus, factsPerArticle } from './coverage';
import { exportCsv, csvFileName } from './export';
import { facts, sourcePath, type FactRow } from './facts';
import { filterFromParams, filterSlug, filterToParams } from './filter';
import { headlineFactsSql, indicatorFactsSql, overviewFactsSql } from './overview';
import { tableRowCounts } from './tables';
import { tableRows, tablesWith } from './test-tables';

let db: Db;
const csv = {
	facts: tableRows('facts'),
	indicators: tableRows('indicators'),
	articles: tableRows('articles'),
	mentions: tableRows('mentions')
};
beforeAll(async () => {
	db = await nodeDb();
});
const ids = (rows: { fact_id: string }[]) => rows.map((r) => r.fact_id).sort();
const sectorOf = (f: { indicator_id: string }) =>
	csv.indicators.find((i) => i.indicator_id === f.indicator_id)?.sector;
const headlineClaims = new Set(
	csv.facts.filter((f) => f.headline && f.reviewed).map((f) => f.claim_id)
);

describe('fact queries', () => {
	test('headline facts: reviewed only, each with its indicator, article and the link to its quote', async () => {
		const rows = await facts(db, { headline: true });
		expect(ids(rows)).toEqual(ids(csv.facts.filter((f) => f.headline && f.reviewed)));
		for (const row of rows) {
			const a = csv.articles.find((x) => x.article_id === row.article_id)!;
			expect(row).toMatchObject({
				article_title: a.title,
				published: a.published,
				publisher: a.publisher,
				sector: sectorOf(row),
				source: `${sourcePath}${row.article_id}#fact-${row.fact_id}`
			});
		}
	});

	test('the KPI rows: every reviewed source of every reviewed headline claim, and nothing else', async () => {
		const rows = await db.query<FactRow>(headlineFactsSql({}));
		const expected = csv.facts.filter((f) => f.reviewed && headlineClaims.has(f.claim_id));
		expect(ids(rows)).toEqual(ids(expected));
		expect(rows.every((r) => r.reviewed)).toBe(true);
	});

	test('filters by sector and status, together and apart', async () => {
		for (const sector of sectors) {
			for (const status of [undefined, ...statuses]) {
				const rows = await facts(db, { filter: { sector, status } });
				const expected = csv.facts.filter(
					(f) => sectorOf(f) === sector && (!status || f.status === status)
				);
				expect(ids(rows), `${sector} ${status}`).toEqual(ids(expected));
			}
		}
		for (const status of statuses) {
			const rows = await facts(db, { filter: { status } });
			expect(ids(rows)).toEqual(ids(csv.facts.filter((f) => f.status === status)));
		}
	});

	test('the overview reads every fact under its filter, by year; an indicator its own', async () => {
		const all = await db.query<FactRow>(overviewFactsSql({}));
		expect(ids(all)).toEqual(ids(csv.facts));
		const years = all.map((r) => r.year ?? Infinity);
		expect(years).toEqual([...years].sort((a, b) => a - b));
		for (const { indicator_id } of csv.indicators) {
			const rows = await db.query<FactRow>(indicatorFactsSql(indicator_id));
			expect(ids(rows)).toEqual(ids(csv.facts.filter((f) => f.indicator_id === indicator_id)));
		}
	});

	test("a fact's year is the end of a closed period, else its start; none without a period", async () => {
		const expected = (period: string) => {
			const [from = '', to] = period.split('/');
			const end = to && to !== '..' ? to : from;
			const year = /\d{4}/.exec(end === '..' ? (to ?? '') : end)?.[0];
			return year ? Number(year) : null;
		};
		for (const row of await facts(db)) expect(row.year, row.period).toBe(expected(row.period));
	});

	test('other sources of an article: facts of other articles stating one of its claims', async () => {
		for (const { article_id } of csv.articles) {
			const claims = new Set(
				csv.facts.filter((f) => f.article_id === article_id).map((f) => f.claim_id)
			);
			const expected = csv.facts.filter(
				(f) => f.article_id !== article_id && claims.has(f.claim_id)
			);
			expect(ids(await facts(db, { otherSourcesOf: article_id }))).toEqual(ids(expected));
		}
	});

	test('counts by sector and status, and per article, add up to every fact', async () => {
		const sum = (rows: { facts: number }[]) => rows.reduce((n, r) => n + r.facts, 0);
		expect(sum(await factsBySectorStatus(db))).toBe(csv.facts.length);
		expect(sum(await factsPerArticle(db))).toBe(csv.facts.length);
		for (const row of await factsPerArticle(db)) {
			const a = csv.articles.find((x) => x.article_id === row.article_id)!;
			expect(row).toMatchObject({ title: a.title, published: a.published, publisher: a.publisher });
		}
		for (const row of await factsBySectorStatus(db)) {
			const counted = csv.facts.filter(
				(f) => sectorOf(f) === row.sector && f.status === row.status
			);
			expect(row.facts).toBe(counted.length);
		}
	});
});

describe('claims and drafts, on the archive with rows added', () => {
	// A copy of a reviewed fact stated again by a new article, and a draft marked headline.
	const [model] = csv.facts;
	const [source] = csv.articles;
	const newArticle = { ...source!, article_id: 'zz-test-second-source', title: 'Второй источник' };
	const restated: Fact = {
		...model!,
		fact_id: 'zz-test-restated',
		article_id: newArticle.article_id,
		headline: true,
		reviewed: true
	};
	const draft: Fact = {
		...model!,
		fact_id: 'zz-test-draft',
		claim_id: 'c-000000000000',
		value: model!.value + 1,
		article_id: newArticle.article_id,
		headline: true,
		reviewed: false
	};
	let withRows: Db;
	beforeAll(async () => {
		withRows = await nodeDb(tablesWith({ facts: [restated, draft], articles: [newArticle] }));
	});

	test('a claim two articles state: both sources reach its KPI rows', async () => {
		const rows = await withRows.query<FactRow>(headlineFactsSql({}));
		const ofClaim = rows.filter((r) => r.claim_id === model!.claim_id);
		expect(ids(ofClaim)).toEqual(
			ids([...csv.facts.filter((f) => f.claim_id === model!.claim_id && f.reviewed), restated])
		);
		const elsewhere = await facts(withRows, { otherSourcesOf: model!.article_id });
		expect(ids(elsewhere)).toContain(restated.fact_id);
	});

	test('an unreviewed headline fact never reaches a KPI row, yet is listed with its indicator', async () => {
		expect(ids(await facts(withRows, { headline: true }))).not.toContain(draft.fact_id);
		expect(ids(await withRows.query<FactRow>(headlineFactsSql({})))).not.toContain(draft.fact_id);
		const listed = await facts(withRows, { indicatorId: draft.indicator_id });
		expect(listed.find((f) => f.fact_id === draft.fact_id)).toMatchObject({ reviewed: false });
	});
});

describe('catalogue queries', () => {
	test('articles, newest first, undated last, with their counts and without their text', async () => {
		const rows = await articleList(db);
		const dates = rows.map((r) => r.published);
		const dated = dates.filter(Boolean);
		expect(dated).toEqual([...dated].sort().reverse());
		expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
		for (const row of rows) {
			expect(row).not.toHaveProperty('text');
			expect(row.facts).toBe(csv.facts.filter((f) => f.article_id === row.article_id).length);
			expect(row.mentions).toBe(csv.mentions.filter((m) => m.article_id === row.article_id).length);
		}
	});

	test('one article with its text, and its mentions in order, each where its offsets say', async () => {
		for (const { article_id } of csv.articles) {
			const row = await article(db, article_id);
			const mentions = await mentionsOfArticle(db, article_id);
			expect(mentions.map((m) => m.start)).toEqual(
				mentions.map((m) => m.start).sort((a, b) => a - b)
			);
			for (const m of mentions) expect(row?.text.slice(m.start, m.end)).toBe(m.surface);
		}
		expect(await article(db, 'nope')).toBeUndefined();
	});

	test('indicators with their fact counts', async () => {
		for (const row of await indicatorList(db)) {
			expect(row.facts).toBe(csv.facts.filter((f) => f.indicator_id === row.indicator_id).length);
		}
	});

	test('row counts of the tables equal the records of their CSV files', async () => {
		const counts = await tableRowCounts(db);
		expect(Object.keys(counts)).toEqual(tableNames);
		for (const name of tableNames) {
			expect(counts[name], name).toBe(csv[name].length);
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
		const sql = overviewFactsSql({});
		const text = await exportCsv(db, sql);
		expect(text.startsWith('\uFEFFfact_id,indicator_id,label_en,')).toBe(true);
		const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
		const rows = await db.query<FactRow>(sql);
		expect(records.map((r) => r.fact_id)).toEqual(rows.map((r) => r.fact_id));
		for (const [i, record] of records.entries()) {
			expect(Number(record.value)).toBe(rows[i]!.value);
			if (Number.isInteger(rows[i]!.value)) expect(record.value).toMatch(/^-?\d+$/);
		}
		const gap = csv.facts.find((f) => f.value_max === null && Number.isInteger(f.value));
		if (gap) {
			const cells = await exportCsv(
				db,
				`SELECT value, value_max FROM facts WHERE fact_id = '${gap.fact_id}'`
			);
			expect(cells).toBe(`\uFEFFvalue,value_max\n${gap.value},\n`);
		}
	});

	test('text that a spreadsheet would run as a formula is defused', async () => {
		const text = await exportCsv(
			db,
			`SELECT '=1+1' AS a, '+7' AS b, '-x' AS c, '@SUM(A1)' AS d, 'ok' AS e, -5.5 AS n`
		);
		expect(text).toBe("\uFEFFa,b,c,d,e,n\n'=1+1,'+7,'-x,'@SUM(A1),ok,-5.5\n");
	});

	test('file names say what they hold', () => {
		expect(csvFileName('facts', 'sector-automotive')).toBe(
			'kg-industry_facts_sector-automotive.csv'
		);
		expect(csvFileName('facts', '')).toBe('kg-industry_facts.csv');
	});
});
