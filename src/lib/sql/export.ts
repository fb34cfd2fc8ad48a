import type { Db } from '../db/types';

interface Described {
	column_name: string;
	column_type: string;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The expression a column is written with: text that a spreadsheet would run as a formula (=, +, -,
 * @, tab, CR first) gets a leading apostrophe, and a DOUBLE that holds a whole number is written
 * without DuckDB's ".0".
 */
function exportExpression({ column_name, column_type }: Described): string {
	const c = quoted(column_name);
	if (column_type === 'VARCHAR') {
		return `CASE WHEN regexp_matches(${c}, '^[=+\\-@\\t\\r]') THEN '''' || ${c} ELSE ${c} END AS ${c}`;
	}
	if (column_type === 'DOUBLE' || column_type === 'FLOAT') {
		return `CASE WHEN ${c} = trunc(${c}) AND abs(${c}) < 1e15 THEN CAST(CAST(${c} AS BIGINT) AS VARCHAR) ELSE CAST(${c} AS VARCHAR) END AS ${c}`;
	}
	return c;
}

/**
 * The result of `sql` as a CSV file a spreadsheet opens safely: DuckDB writes it (RFC 4180), with a
 * byte-order mark so that Excel reads the Cyrillic as UTF-8 and with formulas defused.
 */
export async function exportCsv(db: Db, sql: string): Promise<string> {
	const columns = await db.query<Described>(`DESCRIBE (${sql})`);
	const guarded = `SELECT ${columns.map(exportExpression).join(', ')} FROM (${sql})`;
	return '\uFEFF' + (await db.copyCsv(guarded));
}

/** `kg-industry_facts_sector-automotive.csv`: what the file holds, in its name. */
export const csvFileName = (...parts: string[]) =>
	['kg-industry', ...parts.filter(Boolean)].join('_') + '.csv';
