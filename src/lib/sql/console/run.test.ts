// The console's runner on a private DuckDB locked as the browser's is, over the real tables.
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeConsole, type NodeConsole } from '../../server/db/node-console';
import { nodeDb } from '../../server/db/node';
import { exportCsv } from '../export';
import { exampleQueries } from './examples';
import { StatementError, runConsole, storedResultSql, tidyErrorMessage } from './run';
import { dataFolder, tableFile } from '../../domain/data-files';
import type { TableName } from '../../domain/vocabulary';

let console_: NodeConsole;
beforeAll(async () => {
	console_ = await nodeConsole();
}, 30_000);
const run = (sql: string, limit?: number) => runConsole(console_.connection, sql, limit);
const csvRecords = (name: TableName) =>
	parse(readFileSync(join(dataFolder, tableFile(name)), 'utf8'), { columns: true }) as Record<
		string,
		string
	>[];

describe('runConsole', () => {
	test('a query: its columns with DuckDB types, rows as text, the full count', async () => {
		const result = await run('SELECT fact_id, value, headline FROM facts ORDER BY fact_id');
		const facts = csvRecords('facts');
		expect(result.columns).toEqual([
			{ name: 'fact_id', type: 'VARCHAR' },
			{ name: 'value', type: 'DOUBLE' },
			{ name: 'headline', type: 'BOOLEAN' }
		]);
		expect(result.total).toBe(facts.length);
		expect(result.rows.map((r) => r[0])).toEqual(facts.map((f) => f.fact_id).sort());
		const byId = new Map(facts.map((f) => [f.fact_id, f]));
		for (const [id, value, headline] of result.rows) {
			const fact = byId.get(id ?? '');
			// A DOUBLE as DuckDB writes it (3000.0), a boolean as text.
			expect(Number(value)).toBe(Number(fact?.value));
			expect(value).toMatch(/^-?\d+\.\d+(?:e[+-]?\d+)?$/);
			expect(headline).toBe(fact?.headline);
		}
		expect(result).toMatchObject({ statements: 1, stored: true });
	});

	test('a huge result: only the first rows come back, the count is exact', async () => {
		const result = await run('SELECT * FROM range(10000000)', 1000);
		expect(result.total).toBe(10_000_000);
		expect(result.rows).toHaveLength(1000);
		expect(result.rows[999]).toEqual(['999']);
	});

	test('NULLs stay NULL; lists, structs and dates print as DuckDB prints them', async () => {
		const result = await run(
			"SELECT NULL AS n, [1, 2] AS l, {'a': 1} AS s, DATE '2025-01-31' AS d, 1.50::DECIMAL(5, 2) AS x"
		);
		expect(result.columns.map((c) => c.type)).toEqual([
			'INTEGER',
			'INTEGER[]',
			'STRUCT(a INTEGER)',
			'DATE',
			'DECIMAL(5,2)'
		]);
		expect(result.rows).toEqual([[null, '[1, 2]', "{'a': 1}", '2025-01-31', '1.50']]);
	});

	test('a script: every statement runs, the last one is shown; a trailing comment is harmless', async () => {
		const result = await run(
			"CREATE TABLE buses AS SELECT * FROM facts WHERE unit = 'buses';\nSELECT count(*) AS n FROM buses -- the end"
		);
		expect(result.statements).toBe(2);
		expect(result.rows).toEqual([
			[String(csvRecords('facts').filter((f) => f.unit === 'buses').length)]
		]);
		await run('DROP TABLE buses');
	});

	test('statements that are not queries run as they stand', async () => {
		const inserted = await run('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2)');
		expect(inserted).toMatchObject({ stored: false, total: 1, rows: [['2']] });
		const plan = await run('EXPLAIN SELECT * FROM facts');
		expect(plan.stored).toBe(false);
		expect(plan.rows.flat().join('\n')).toMatch(/SEQ_SCAN|TABLE_SCAN/);
		expect((await run('DESCRIBE facts')).total).toBe(
			Object.keys(csvRecords('facts')[0] ?? {}).length
		);
		await run('DROP TABLE t');
	});

	test('errors say which statement failed and what DuckDB said; the next query runs', async () => {
		const syntax = await run('SELEC 1').catch((e) => e);
		expect(syntax.message).toMatch(/^Parser Error: syntax error at or near "SELEC"/);
		expect(syntax.message.match(/LINE 1: SELEC 1/g)).toHaveLength(1);
		const error = await run('SELECT 1; SELECT nope FROM facts; SELECT 3').catch((e) => e);
		expect(error).toBeInstanceOf(StatementError);
		expect(error).toMatchObject({ statement: 2, of: 3 });
		expect(error.message).toMatch(/Binder Error: .*nope/);
		await expect(run('-- nothing')).rejects.toThrow('There is no statement to run.');
		expect((await run('SELECT 42')).rows).toEqual([['42']]);
	});

	test('the console is locked: no files, no extensions, no settings', async () => {
		await expect(run("SELECT * FROM read_csv('https://example.com/x.csv')")).rejects.toThrow(
			/Permission Error/
		);
		await expect(run("COPY facts TO '/tmp/console-escape.csv'")).rejects.toThrow(
			/Permission Error/
		);
		await expect(run('LOAD json')).rejects.toThrow(/disabled/);
		await expect(run('SET enable_external_access = true')).rejects.toThrow(/locked/);
	});

	test('its changes stay in its own instance', async () => {
		await run('DELETE FROM facts');
		expect((await run('SELECT count(*) FROM facts')).rows).toEqual([['0']]);
		const site = await nodeDb();
		const [counted] = await site.query<{ n: number }>('SELECT count(*) AS n FROM facts');
		expect(counted?.n).toBe(csvRecords('facts').length);
		console_ = await nodeConsole();
	}, 30_000);

	test('the CSV of a stored result holds all its rows, with the CSV rules of the charts', async () => {
		await run("SELECT fact_id, value, '=1+1' AS formula FROM facts ORDER BY fact_id");
		const csv = await exportCsv(console_.db, storedResultSql);
		const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(records.map((r) => r.fact_id)).toEqual(
			csvRecords('facts')
				.map((f) => f.fact_id)
				.sort()
		);
		// Whole numbers without «.0», and a formula defused, whatever the facts are.
		const byId = new Map(csvRecords('facts').map((f) => [f.fact_id, f]));
		for (const record of records) {
			expect(record).toEqual({
				fact_id: record.fact_id,
				value: byId.get(record.fact_id ?? '')?.value,
				formula: "'=1+1"
			});
		}
	});

	test.each(exampleQueries)('example "$label" runs and returns rows', async ({ sql }) => {
		const result = await run(sql);
		expect(result.stored).toBe(true);
		expect(result.total).toBeGreaterThan(0);
	});
});

test('tidyErrorMessage drops a repeated paragraph, keeps distinct ones', () => {
	const context = 'LINE 1: SELEC 1\n        ^';
	expect(tidyErrorMessage(`Parser Error: x\n\n${context}\n\n${context}\n`)).toBe(
		`Parser Error: x\n\n${context}`
	);
	expect(tidyErrorMessage('a\n\nb\n\na')).toBe('a\n\nb\n\na');
});
