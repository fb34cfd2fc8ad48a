import { columnsOf, type Column } from '../schema/columns';
import { tables } from '../schema';
import { tableFile } from '../../domain/data-files';
import { tableNames, type TableName } from '../../domain/vocabulary';

export const duckType: Record<Column['kind'], string> = {
	integer: 'INTEGER',
	number: 'DOUBLE',
	boolean: 'BOOLEAN',
	text: 'VARCHAR'
};

/**
 * SQL that loads one generated CSV into a table with the schema's column types (no type sniffing).
 * DuckDB reads an empty cell as NULL; a text column that may not be null gets '' back, so rows
 * equal what the zod schemas describe.
 */
export function loadTableSql(name: TableName): string {
	const columns = columnsOf(tables[name]);
	const types = columns.map((c) => `'${c.name}': '${duckType[c.kind]}'`).join(', ');
	const select = columns
		.map((c) =>
			c.kind === 'text' && !c.nullable ? `coalesce("${c.name}", '') AS "${c.name}"` : `"${c.name}"`
		)
		.join(', ');
	return (
		`CREATE OR REPLACE TABLE ${name} AS SELECT ${select} FROM read_csv('${tableFile(name)}', ` +
		`header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${types}})`
	);
}

/**
 * The script that loads every table: the prerender runs it, and the browser's DuckDB runs the same
 * text, served as /data/tables.sql, so that the schemas stay out of the pages' code.
 */
export const loadTablesScript = () => tableNames.map((name) => `${loadTableSql(name)};\n`).join('');
