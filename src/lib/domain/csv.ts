import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';

type TableSchema = z.ZodObject<z.ZodRawShape>;

/** The columns of a table, in the order its schema declares them. */
export function columnsOf(schema: TableSchema): string[] {
	return Object.keys(schema.shape);
}

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
	const columns = columnsOf(schema);
	return stringify(
		rows.map((row) => columns.map((column) => encodeCell(row[column]))),
		{ header: true, columns, record_delimiter: '\r\n' }
	);
}

function kindOf(field: z.ZodType): string {
	return (field as unknown as { _zod: { def: { type: string } } })._zod.def.type;
}

function decodeCell(field: z.ZodType, cell: string): unknown {
	switch (kindOf(field)) {
		case 'nullable':
			return cell === ''
				? null
				: decodeCell((field as unknown as z.ZodNullable<z.ZodType>).unwrap(), cell);
		case 'number':
			return cell === '' ? Number.NaN : Number(cell);
		case 'boolean':
			return cell === 'true' ? true : cell === 'false' ? false : cell;
		default:
			return cell;
	}
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
	if (!header || header.record.join(',') !== columns.join(',')) {
		throw new Error(`${file}:1: expected the header ${columns.join(',')}`);
	}
	return body.map(({ record, info }) => {
		const raw = Object.fromEntries(
			columns.map((column, c) => [
				column,
				decodeCell(schema.shape[column] as z.ZodType, record[c] ?? '')
			])
		);
		const result = schema.safeParse(raw);
		if (!result.success) {
			const issue = result.error.issues[0];
			throw new Error(`${file}:${info.lines}: ${issue?.path.join('.')}: ${issue?.message}`);
		}
		return result.data;
	});
}
