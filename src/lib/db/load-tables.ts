import { columnsOf, type Column } from '../domain/columns';
import { tables } from '../domain/schema';
import { tableFile } from '../domain/data-files';
import { tableNames, type TableName } from '../domain/vocabulary';

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

/** Set right after connecting: offline, an extension DuckDB tries to fetch would hang or trap. */
export const offlineSettings = 'SET autoload_known_extensions = false';

export const allTablesSql = () => tableNames.map(loadTableSql);

/**
 * For the SQL console, set once the tables are loaded: no file but `allowedPaths` (where its CSV
 * export is written) can be read or written, no extension loaded, and no setting changed after.
 */
export const consoleLockSql = (allowedPaths: string[]) => [
	`SET allowed_paths = [${allowedPaths.map((p) => `'${p.replaceAll("'", "''")}'`).join(', ')}]`,
	'SET enable_external_access = false',
	'SET lock_configuration = true'
];
