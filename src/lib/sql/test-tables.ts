// Test support: the generated tables plus rows a test adds, in a temporary folder for `nodeDb(dir)`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCsv, toCsv } from '../server/csv';
import { tables, type Article, type Fact } from '../server/schema';
import { tableNames, type TableName } from '../domain/vocabulary';
import { dataFolder, tableFile } from '../domain/data-files';

const dataDir = resolve(dataFolder);

/** Every row of a generated table, as its schema reads it. */
export const tableRows = <T extends TableName>(name: T) =>
	parseCsv(tables[name], readFileSync(join(dataDir, tableFile(name)), 'utf8'), tableFile(name));

/** A folder holding the archive's tables with `extra` rows appended; the archive is only read. */
export function tablesWith(extra: { facts?: Fact[]; articles?: Article[] }): string {
	const dir = mkdtempSync(join(tmpdir(), 'kg-tables-'));
	for (const name of tableNames) {
		const added = (extra as Record<string, Record<string, unknown>[] | undefined>)[name] ?? [];
		const rows: Record<string, unknown>[] = [...tableRows(name), ...added];
		writeFileSync(join(dir, tableFile(name)), toCsv(tables[name], rows));
	}
	return dir;
}
