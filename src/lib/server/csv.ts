import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { columnsOf, type Column, type TableSchema } from './schema/columns';

function encodeCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return String(value);
}

/**
 * RFC 4180 text of the rows: header, CRLF record ends, quotes only where needed. Null is the empty
 * cell, so a reader cannot tell null from '' — the schemas never allow both in one column.
 */
export function toCsv(schema: TableSchema, rows: readonly Record<string, unknown>[]): string {
	const columns = columnsOf(schema).map((column) => column.name);
	return stringify(
		rows.map((row) => columns.map((column) => encodeCell(row[column]))),
		// csv-stringify quotes a cell holding the record delimiter (CRLF), not one holding a lone
		// LF or CR, which every other reader (DuckDB among them) takes for the end of a record.
		{ header: true, columns, record_delimiter: '\r\n', quoted_match: /[\r\n]/ }
	);
}

function decodeCell(column: Column, cell: string): unknown {
	if (column.nullable && cell === '') return null;
	if (column.kind === 'integer' || column.kind === 'number') {
		return cell === '' ? Number.NaN : Number(cell);
	}
	if (column.kind === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
	return cell;
}

/** Reads a table back and validates every row against its schema; throws naming the line. */
export function parseCsv<S extends TableSchema>(
	schema: S,
	text: string,
	file = 'csv'
): z.infer<S>[] {
	const records = parse(text, { bom: true, info: true }) as unknown as {
		record: string[];
		info: { lines: number };
	}[];
	const [header, ...body] = records;
	const columns = columnsOf(schema);
	const names = columns.map((column) => column.name).join(',');
	if (!header || header.record.join(',') !== names) {
		throw new Error(`${file}:1: expected the header ${names}`);
	}
	return body.map(({ record, info }) => {
		const raw = Object.fromEntries(
			columns.map((column, c) => [column.name, decodeCell(column, record[c] ?? '')])
		);
		const result = schema.safeParse(raw);
		if (!result.success) {
			const issue = result.error.issues[0];
			throw new Error(`${file}:${info.lines}: ${issue?.path.join('.')}: ${issue?.message}`);
		}
		return result.data;
	});
}
