import { errorMessage } from '../../error-message';
import { m } from '../../paraglide/messages';
import { splitStatements } from './statements';
import { displayRows, type ArrowResult, type Cell } from './cells';

/** What the console needs of a DuckDB connection; the browser's and Node's both fit. */
export interface ConsoleConnection {
	query(sql: string): Promise<ArrowResult>;
}

export interface ConsoleColumn {
	name: string;
	/** DuckDB's type name: BIGINT, VARCHAR, DOUBLE[], … */
	type: string;
}

export interface ConsoleResult {
	columns: ConsoleColumn[];
	/** The first rows of the result (at most the limit), each cell as DuckDB prints it. */
	rows: Cell[][];
	/** Rows in the whole result. */
	total: number;
	/** Statements the script held; all ran, the last one's result is this. */
	statements: number;
	/** The whole result is kept in `resultTable` (a query's result is; a statement's is not). */
	stored: boolean;
}

/** Where the last query's whole result is kept, for its row count, its first rows and its CSV. */
export const resultTable = 'console_last_result';

/** A statement of the console's script failed: which one, of how many, and DuckDB's message. */
export class StatementError extends Error {
	constructor(
		message: string,
		/** 1-based statement that failed, in a script of `of` statements. */
		readonly statement: number,
		readonly of: number
	) {
		super(message);
		this.name = 'StatementError';
	}
}

/** DuckDB-wasm repeats the `LINE 1: …` context of an error; once is enough. */
export function tidyErrorMessage(message: string): string {
	const paragraphs = message.trim().split(/\n\s*\n/);
	return paragraphs.filter((p, i) => i === 0 || p !== paragraphs[i - 1]).join('\n\n');
}

const isParserError = (error: unknown) => /^Parser Error/.test(errorMessage(error));

/**
 * Runs a console script: every statement in turn, then shows the last one's result. A query's
 * result is stored whole in DuckDB (so a result of ten million rows never crosses into the page)
 * and only its first `limit` rows are fetched, cast to text by DuckDB itself. What cannot be a
 * subquery (INSERT, SET, PRAGMA, EXPLAIN, …) fails to parse when wrapped, which runs nothing, and
 * then runs as it stands.
 */
export async function runConsole(
	connection: ConsoleConnection,
	script: string,
	limit = 1000
): Promise<ConsoleResult> {
	const statements = splitStatements(script);
	const statement = statements.pop();
	if (statement === undefined) throw new StatementError(m.console_no_statement(), 0, 0);
	const count = statements.length + 1;
	const failed = (error: unknown, at: number) =>
		new StatementError(tidyErrorMessage(errorMessage(error)), at + 1, count);

	await connection.query(`DROP TABLE IF EXISTS ${resultTable}`);
	for (const [at, before] of statements.entries()) {
		await connection.query(before).catch((error) => {
			throw failed(error, at);
		});
	}
	const last = count - 1;
	try {
		// The newline keeps a trailing -- comment from swallowing the closing parenthesis.
		await connection.query(`CREATE TEMP TABLE ${resultTable} AS SELECT * FROM (${statement}\n)`);
	} catch (error) {
		if (!isParserError(error)) throw failed(error, last);
		const result = await connection.query(statement).catch((plain) => {
			throw failed(plain, last);
		});
		const { columns, rows } = displayRows(result, limit);
		return { columns, rows, total: result.numRows, statements: count, stored: false };
	}
	return {
		...(await storedResult(connection, limit)),
		statements: count,
		stored: true
	};
}

async function storedResult(connection: ConsoleConnection, limit: number) {
	const described = displayRows(await connection.query(`DESCRIBE ${resultTable}`), Infinity);
	const columns = described.rows.map(([name, type]) => ({ name: name ?? '', type: type ?? '' }));
	const count = displayRows(await connection.query(`SELECT count(*) FROM ${resultTable}`), 1)
		.rows[0]?.[0];
	const preview = columns.length
		? await connection.query(`SELECT COLUMNS(*)::VARCHAR FROM ${resultTable} LIMIT ${limit}`)
		: undefined;
	return {
		columns,
		rows: preview ? displayRows(preview, limit).rows : [],
		total: Number(count)
	};
}

/** The SQL of the last stored result, for its CSV. */
export const storedResultSql = `SELECT * FROM ${resultTable}`;
