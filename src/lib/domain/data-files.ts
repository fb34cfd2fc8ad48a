// Where the generated tables are: one name for each place, read by the curation script, the
// prerender, the browser's DuckDB, the footer, the /data page and the archive.
import type { TableName } from './vocabulary';

/** The path the site serves the tables at (SvelteKit serves static/ at the root). */
export const dataPath = '/data/';

/** The folder of the project the curation writes the tables to, relative to its root. */
export const dataFolder = `static${dataPath.slice(0, -1)}`;

/** A table's file: `facts.csv` in the data folder, at /data/, in DuckDB and in the archive. */
export const tableFile = (name: TableName) => `${name}.csv`;

/** The SQL that loads the tables into DuckDB with their schema's types (src/routes/data/tables.sql). */
export const loadScriptFile = 'tables.sql';

/** The zip of every table and a README, beside the tables (src/routes/data/kg-industry-data.zip). */
export const archiveFolder = 'kg-industry-data';
export const archiveFileName = `${archiveFolder}.zip`;
