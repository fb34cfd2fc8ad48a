// DuckDB settings every instance gets (the browser's and Node's): no extension fetched, and for the
// SQL console no file, extension or setting reachable.

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
