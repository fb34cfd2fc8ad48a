import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../domain/csv';
import { tableNames, tables } from '../domain/schema';
import { nodeDb } from './node';

describe('nodeDb', () => {
	test('loads every generated table with the rows and types the schemas describe', async () => {
		const db = await nodeDb();
		for (const name of tableNames) {
			const expected = parseCsv(tables[name], readFileSync(`static/data/${name}.csv`, 'utf8'));
			expect(await db.query(`SELECT * FROM ${name} ORDER BY rowid`), name).toEqual(expected);
		}
	});

	test('copyCsv writes a query result as CSV', async () => {
		const db = await nodeDb();
		const csv = await db.copyCsv(
			`SELECT fact_id, value FROM facts WHERE fact_id = 'bishkek-bus-purchase-2026'`
		);
		expect(csv.trim().split('\n')).toEqual(['fact_id,value', 'bishkek-bus-purchase-2026,600.0']);
	});
});
