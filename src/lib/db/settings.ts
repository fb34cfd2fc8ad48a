// DuckDB settings every instance gets (the browser's and Node's): no extension fetched, and for the
// SQL console no file, extension or setting reachable.
import type { DuckDBConfig } from '@duckdb/duckdb-wasm';

/**
 * How the instances behind the pages answer: DuckDB itself casts a BIGINT (what count(*) is) and a
 * DECIMAL or HUGEINT (what sum() of integers is) to DOUBLE in its Arrow result, so that every row
 * holds plain JSON values. The console's instance keeps DuckDB's types: it shows every digit.
 */
export const pageQueryConfig: DuckDBConfig = {
	query: { castBigIntToDouble: true, castDecimalToDouble: true }
};

/** Set right after connecting: offline, an extension DuckDB tries to fetch would hang or trap. */
export const offlineSettings = 'SET autoload_known_extensions = false';

/**
 * For the SQL console, set once the tables are loaded: no file but `allowedPaths` (where its CSV
 * export is written) can be read or written, no extension loaded, and no setting changed after.
 */
export const consoleLockSql = (allowedPaths: string[]) => [
	`SET allowed_paths = [${allowedPaths.map((p) => `'${p.replaceAll("'", "''")}'`).join(', ')}]`,
	'SET enable_external_access = false',
	'SET lock_configuration = true'
];
