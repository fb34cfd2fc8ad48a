import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../csv';
import { tables } from '../schema';
import { tableNames } from '../../domain/vocabulary';
import { nodeDb } from './node';
import { dataFolder, tableFile } from '../../domain/data-files';

describe('nodeDb', () => {
	test('loads every generated table with the rows and types the schemas describe', async () => {
		const db = await nodeDb();
		for (const name of tableNames) {
			const expected = parseCsv(
				tables[name],
				readFileSync(join(dataFolder, tableFile(name)), 'utf8')
			);
			expect(await db.query(`SELECT * FROM ${name} ORDER BY rowid`), name).toEqual(expected);
		}
	});

	test('counts and sums are plain numbers: DuckDB casts its BIGINT and HUGEINT itself', async () => {
		const db = await nodeDb();
		const facts = parseCsv(
			tables.facts,
			readFileSync(join(dataFolder, tableFile('facts')), 'utf8')
		);
		const [row] = await db.query(
			'SELECT count(*) AS facts, sum(quote_start) AS offsets, 9007199254740991::BIGINT AS largest FROM facts'
		);
		expect(row).toEqual({
			facts: facts.length,
			offsets: facts.reduce((sum, fact) => sum + fact.quote_start, 0),
			largest: Number.MAX_SAFE_INTEGER
		});
	});

	test('copyCsv writes a query result as CSV', async () => {
		const db = await nodeDb();
		const csv = await db.copyCsv(
			`SELECT 'bus-plan' AS fact_id, 600::DOUBLE AS value UNION ALL SELECT 'share', 3.5`
		);
		expect(csv.trim().split('\n')).toEqual(['fact_id,value', 'bus-plan,600.0', 'share,3.5']);
	});
});
