import { byStart, periodRange } from '$lib/claims/period-range';
import { intlLocales, type Locale } from '$lib/domain/locale';

/**
 * How a column orders its rows: by a number, by the days a period covers, or by text in the
 * page's language. `index` is the row's place in the table's own order. A key of null, NaN or ''
 * is empty: such rows go last whichever way the column is sorted.
 */
export type SortKey<Row> =
	| { kind: 'number'; of: (row: Row, index: number) => number | null }
	| { kind: 'period'; of: (row: Row, index: number) => string }
	| { kind: 'text'; of: (row: Row, index: number) => string };

export type Direction = 'ascending' | 'descending';

export interface Sort {
	column: string;
	direction: Direction;
}

/**
 * `rows` ordered by `key`: empty keys last in both directions, and rows that tie keep their order
 * in `rows`, so one sort always gives one order, however the reader got there.
 */
export function sortRows<Row>(
	rows: readonly Row[],
	key: SortKey<Row>,
	direction: Direction,
	locale: Locale
): Row[] {
	switch (key.kind) {
		case 'number':
			return sortBy(rows, direction, key.of, (a, b) => a - b, Number.isNaN);
		case 'period':
			// An open start (`../2028`) is the earliest day, so it comes first going up.
			return sortBy(
				rows,
				direction,
				(row, i) => periodRange(key.of(row, i)),
				byStart,
				(range) => isEmptyText(range.start)
			);
		case 'text': {
			const collator = new Intl.Collator(intlLocales[locale], { numeric: true });
			return sortBy(rows, direction, key.of, collator.compare, isEmptyText);
		}
	}
}

const isEmptyText = (text: string) => text.trim() === '';

function sortBy<Row, Key>(
	rows: readonly Row[],
	direction: Direction,
	read: (row: Row, index: number) => Key | null,
	compare: (a: Key, b: Key) => number,
	isEmpty: (key: Key) => boolean
): Row[] {
	const sign = direction === 'ascending' ? 1 : -1;
	// Each key is read once (a period is parsed once), not once per comparison.
	const keyed = rows.map((row, index) => {
		const key = read(row, index);
		return { row, key: key === null || isEmpty(key) ? null : key };
	});
	// Array.prototype.sort is stable: a tie (0) keeps the rows' own order.
	keyed.sort((a, b) => {
		if (a.key === null || b.key === null) return Number(a.key === null) - Number(b.key === null);
		return sign * compare(a.key, b.key);
	});
	return keyed.map((k) => k.row);
}

/** `period` → ascending by period, `-value` → descending by value: a table's sort in the URL. */
export const sortToParam = (sort: Sort) =>
	`${sort.direction === 'descending' ? '-' : ''}${sort.column}`;

/** The sort a URL parameter asks for, if it names one of `columns`; anything else is no sort. */
export function sortFromParam(param: string | null, columns: readonly string[]): Sort | undefined {
	if (!param) return undefined;
	const descending = param.startsWith('-');
	const column = descending ? param.slice(1) : param;
	if (!columns.includes(column)) return undefined;
	return { column, direction: descending ? 'descending' : 'ascending' };
}

/** `url` with `param` set to `sort` (or removed, for none), other parameters and the hash kept. */
export function hrefWithSort(url: URL, param: string, sort: Sort | undefined): string {
	const params = new URLSearchParams(url.search);
	if (sort) params.set(param, sortToParam(sort));
	else params.delete(param);
	const query = params.toString();
	return url.pathname + (query ? `?${query}` : '') + url.hash;
}

/** A press on a column's header: ascending first, then the other way each time. */
export const nextSort = (current: Sort | undefined, column: string): Sort => ({
	column,
	direction:
		current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending'
});
