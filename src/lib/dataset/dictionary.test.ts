import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tables } from '../server/schema';
import { tableNames, type TableName } from '../domain/vocabulary';
import { dictionary, tableDoc } from '../server/dataset/table-docs';
import { codeSpans, columnType, tableAnchor, tableLinks } from './dictionary';
import { dataFolder, tableFile } from '../domain/data-files';

/** The header row of a generated CSV file, as a reader of the file sees it. */
const header = (file: string) =>
	(parse(readFileSync(join(dataFolder, file)), { to_line: 1 }) as string[][])[0] ?? [];

describe('the data dictionary', () => {
	test('documents exactly the tables generated in static/data', () => {
		const files = readdirSync(dataFolder).filter((f) => f.endsWith('.csv'));
		expect(
			dictionary()
				.map((doc) => doc.file)
				.sort()
		).toEqual(files.sort());
	});

	test.each(tableNames)('%s: every column of the CSV file, and no other, in its order', (name) => {
		const doc = tableDoc(name);
		const columns = doc.columns.map((c) => c.name);
		const inFile = header(doc.file);
		expect(inFile.length).toBeGreaterThan(0);
		expect(
			columns.filter((c) => !inFile.includes(c)),
			'documented, not in the file'
		).toEqual([]);
		expect(
			inFile.filter((c) => !columns.includes(c)),
			'in the file, not documented'
		).toEqual([]);
		expect(columns).toEqual(inFile);
	});

	test.each(tableNames)('%s: the table and each of its columns say what they are', (name) => {
		const doc = tableDoc(name);
		expect(doc.description).toBe(tables[name].description);
		expect(doc.description).toMatch(/^One \w+.{40,}\.$/);
		for (const column of doc.columns) {
			expect(column.description, `${name}.${column.name}`).toMatch(/\w{3,}.*\w/);
		}
	});

	test.each(tableNames)('%s: the table and each column say it in Russian too', (name) => {
		const doc = tableDoc(name);
		const russian = /[а-яё]{3}/;
		expect(doc.description_ru).toMatch(/^(Один|Одна|Одно) .{40,}\.$/);
		for (const column of doc.columns) {
			expect(column.description_ru, `${name}.${column.name}`).toMatch(russian);
			// The same sentence, not another column's: the English and Russian name the same codes.
			const codes = (text: string) =>
				[...text.matchAll(/`[^`]+`|\b[a-z]+_[a-z_]+\b/g)].map((m) => m[0]);
			expect(codes(column.description_ru), `${name}.${column.name}`).toEqual(
				codes(column.description)
			);
		}
	});

	test('types say the kind and whether a cell may be empty; enums list their values', () => {
		const facts = Object.fromEntries(tableDoc('facts').columns.map((c) => [c.name, c]));
		expect(columnType(facts.value!)).toBe('number');
		expect(columnType(facts.value_max!)).toBe('number, nullable');
		expect(columnType(facts.quote_start!)).toBe('integer');
		expect(columnType(facts.headline!)).toBe('boolean');
		expect(columnType(facts.quote!)).toBe('text');
		expect(facts.qualifier?.values).toContain('more_than');
		// Every enum value the data holds is a listed value.
		const records = parse(readFileSync(join(dataFolder, tableFile('facts'))), {
			columns: true
		}) as Record<string, string>[];
		for (const column of Object.values(facts).filter((c) => c.values)) {
			for (const record of records) expect(column.values).toContain(record[column.name]);
		}
	});

	test('links join columns that exist, and their values are found in the target', () => {
		const rows = (name: TableName) =>
			parse(readFileSync(join(dataFolder, tableFile(name))), { columns: true }) as Record<
				string,
				string
			>[];
		for (const { from, to } of tableLinks) {
			expect(header(tableFile(from.table))).toContain(from.column);
			expect(header(tableFile(to.table))).toContain(to.column);
			const targets = new Set(rows(to.table).map((r) => r[to.column]));
			for (const value of rows(from.table).map((r) => r[from.column])) {
				if (value) expect(targets, `${from.table}.${from.column} = ${value}`).toContain(value);
			}
		}
	});

	test('anchors and code spans', () => {
		expect(tableAnchor('facts')).toBe('table-facts');
		expect(codeSpans('Length of `text` in units.')).toEqual([
			{ text: 'Length of ', code: false },
			{ text: 'text', code: true },
			{ text: ' in units.', code: false }
		]);
		expect(codeSpans('`a`')).toEqual([{ text: 'a', code: true }]);
	});
});
