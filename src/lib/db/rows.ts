import type { Row } from './types';

/** Arrow rows to plain objects: BIGINT (COUNT, SUM) becomes a number, dates become ISO text. */
export function toPlainRows<T>(table: { toArray(): { toJSON(): Record<string, unknown> }[] }): T[] {
	return table.toArray().map((arrowRow) => {
		const row: Row = {};
		for (const [key, value] of Object.entries(arrowRow.toJSON())) {
			row[key] =
				typeof value === 'bigint'
					? Number(value)
					: value instanceof Date
						? value.toISOString().slice(0, 10)
						: (value as Row[string]);
		}
		return row as T;
	});
}
