/** A row as the site uses it: plain JSON values (DuckDB casts its BIGINTs to numbers: settings.ts). */
export type Row = Record<string, string | number | boolean | null>;

/** What the queries need of an engine; Node (prerender, tests) and the browser both provide it. */
export interface Db {
	query<T extends object = Row>(sql: string): Promise<T[]>;
	/** The result of `sql` written by DuckDB as CSV (header row, RFC 4180 quoting). */
	copyCsv(sql: string): Promise<string>;
}
