/** A result cell as the console shows it: text, or null for SQL NULL. */
export type Cell = string | null;

/** The part of an Apache Arrow table the console reads (DuckDB-wasm answers with one). */
export interface ArrowResult {
	numRows: number;
	schema: { fields: { name: string; type: { toString(): string } }[] };
	getChildAt(index: number): { get(row: number): unknown } | null;
}

const json = (value: unknown) =>
	JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v));

/**
 * One Arrow value as text. Query results reach the console already cast to text by DuckDB; this
 * covers what statements return as they stand (EXPLAIN's plan, PRAGMA's tables, a count).
 */
export function cellText(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
		return String(value);
	if (value instanceof Date) return value.toISOString();
	if (value instanceof Uint8Array)
		return `\\x${[...value].map((b) => b.toString(16).padStart(2, '0')).join('\\x')}`;
	// Arrow's structs, lists and maps say what they hold through toJSON.
	if (typeof value === 'object' && 'toJSON' in value && typeof value.toJSON === 'function')
		return json(value.toJSON());
	return json(value);
}

/** The first `limit` rows of an Arrow table as text cells, with the column names and types. */
export function displayRows(table: ArrowResult, limit: number) {
	const fields = table.schema.fields;
	const children = fields.map((_, i) => table.getChildAt(i));
	const rows: Cell[][] = [];
	for (let r = 0; r < Math.min(table.numRows, limit); r++) {
		rows.push(children.map((child) => cellText(child?.get(r))));
	}
	return { columns: fields.map((f) => ({ name: f.name, type: String(f.type) })), rows };
}
