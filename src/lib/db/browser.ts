// DuckDB in the browser: started lazily. The package is imported dynamically here only: a top-level
// value import would break the prerender (see DESIGN.md).
import { asset } from '$app/paths';
import type { AsyncDuckDB, AsyncDuckDBConnection, DuckDBConfig } from '@duckdb/duckdb-wasm';
import { dataPath, loadScriptFile, tableFile } from '../domain/data-files';
import { tableNames } from '../domain/vocabulary';
import { offlineSettings, pageQueryConfig } from './settings';
import type { Db } from './types';

/**
 * The one DuckDB build the site ships: the one with WebAssembly exception handling ("eh"), which
 * every current browser has (Chrome 95, Firefox 100, Safari 15.2 and later). The fallback build for
 * older browsers ("mvp") would add its own 39 MB to the site; such a browser is told why instead.
 */
async function duckDbBundle() {
	const duckdb = await import('@duckdb/duckdb-wasm');
	if (!(await duckdb.getPlatformFeatures()).wasmExceptions) {
		throw new Error('this browser lacks WebAssembly exception handling, which DuckDB needs');
	}
	const [wasm, worker] = await Promise.all([
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
	]);
	return { duckdb, wasmUrl: wasm.default, workerUrl: worker.default };
}

/**
 * The module is fetched here rather than in DuckDB's worker: a failed fetch there is an uncaught
 * error in the worker and `instantiate` never settles, so the page could only say "loading" for
 * ever. The blob URL is kept for the visit, so a second instance (the SQL console's, or its
 * restart) fetches nothing again.
 */
async function fetchModule(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`DuckDB's WebAssembly module: HTTP ${response.status}`);
	return URL.createObjectURL(await response.blob());
}

let module: ReturnType<typeof loadModule> | undefined;
async function loadModule() {
	const { duckdb, wasmUrl, workerUrl } = await duckDbBundle();
	return { duckdb, workerUrl, moduleUrl: await fetchModule(wasmUrl) };
}
/** The package and its WebAssembly, once per visit; a failure is retried on the next call. */
function duckDbModule() {
	module ??= loadModule().catch((error) => {
		module = undefined;
		throw error;
	});
	return module;
}

/** Rejects when the worker itself fails to load or throws. */
const workerFailure = (worker: Worker) =>
	new Promise<never>((_, reject) =>
		worker.addEventListener('error', (event) =>
			reject(new Error(event.message || 'the DuckDB worker failed to start'))
		)
	);

/** A file of the data folder, as text. */
async function dataText(file: string): Promise<string> {
	const response = await fetch(asset(`${dataPath}${file}`));
	if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
	return response.text();
}

/** The CSV files, loaded by the script the prerender wrote from the schemas (/data/tables.sql). */
async function loadTables(duck: AsyncDuckDB, connection: AsyncDuckDBConnection) {
	await connection.query(offlineSettings);
	const [script] = await Promise.all([
		dataText(loadScriptFile),
		...tableNames.map(async (name) =>
			duck.registerFileText(tableFile(name), await dataText(tableFile(name)))
		)
	]);
	await connection.query(script);
}

export interface BrowserDuckDb {
	duck: AsyncDuckDB;
	connection: AsyncDuckDBConnection;
	/** Ends the worker and frees all its memory; a query under way never settles. */
	terminate(): void;
}

/** A new DuckDB in its own worker, opened with `config`, with the site's tables loaded. */
export async function startDuckDb(config?: DuckDBConfig): Promise<BrowserDuckDb> {
	const { duckdb, workerUrl, moduleUrl } = await duckDbModule();
	const worker = new Worker(workerUrl);
	const duck = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await Promise.race([duck.instantiate(moduleUrl), workerFailure(worker)]);
		if (config) await duck.open(config);
		const connection = await duck.connect();
		await loadTables(duck, connection);
		// For the benchmark (scripts/bench): when the engine could first answer a query.
		performance.mark('duckdb-ready');
		return { duck, connection, terminate: () => worker.terminate() };
	} catch (error) {
		worker.terminate();
		throw error;
	}
}

/** The site's Db over an instance; each CSV export goes through a file named by `exportFile`. */
export function dbOver({ duck, connection }: BrowserDuckDb, exportFile: () => string): Db {
	return {
		async query<T extends object>(sql: string) {
			return (await connection.query(sql)).toArray().map((row) => row.toJSON() as T);
		},
		async copyCsv(sql: string) {
			const file = exportFile();
			await connection.query(`COPY (${sql}) TO '${file}' (HEADER, DELIMITER ',')`);
			const bytes = await duck.copyFileToBuffer(file);
			await duck.dropFile(file);
			return new TextDecoder().decode(bytes);
		}
	};
}

let shared: Promise<Db> | undefined;

/** The visit's DuckDB for the pages' own queries, started on first call; a failure is retried. */
export function browserDb(): Promise<Db> {
	let exports = 0;
	shared ??= startDuckDb(pageQueryConfig)
		.then((instance) => dbOver(instance, () => `export-${++exports}.csv`))
		.catch((error) => {
			shared = undefined;
			throw error;
		});
	return shared;
}
