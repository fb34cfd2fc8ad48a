// DuckDB in the browser: started lazily, one shared instance for the whole visit. The package is
// imported dynamically here only: a top-level value import would break the prerender (see DESIGN.md).
import { asset } from '$app/paths';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableNames } from '../domain/schema';
import { allTablesSql, offlineSettings, registeredFile } from './load-tables';
import { toPlainRows } from './rows';
import type { Db } from './types';

async function selectedBundle() {
	const duckdb = await import('@duckdb/duckdb-wasm');
	// Both bundles are emitted by the build; selectBundle picks one, so only that one is fetched.
	const [ehWasm, ehWorker, mvpWasm, mvpWorker] = await Promise.all([
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url')
	]);
	const bundle = await duckdb.selectBundle({
		eh: { mainModule: ehWasm.default, mainWorker: ehWorker.default },
		mvp: { mainModule: mvpWasm.default, mainWorker: mvpWorker.default }
	});
	return { duckdb, bundle };
}

async function loadTables(duck: AsyncDuckDB, connection: AsyncDuckDBConnection) {
	await connection.query(offlineSettings);
	await Promise.all(
		tableNames.map(async (name) => {
			const response = await fetch(asset(`/data/${name}.csv`));
			if (!response.ok) throw new Error(`${name}.csv: HTTP ${response.status}`);
			await duck.registerFileText(registeredFile(name), await response.text());
		})
	);
	for (const sql of allTablesSql()) await connection.query(sql);
}

/**
 * The module fetched here rather than in DuckDB's worker: a failed fetch there is an uncaught error
 * in the worker and `instantiate` never settles, so the page could only say "loading" for ever.
 */
async function fetchModule(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`DuckDB's WebAssembly module: HTTP ${response.status}`);
	return URL.createObjectURL(await response.blob());
}

/** Rejects when the worker itself fails to load or throws. */
const workerFailure = (worker: Worker) =>
	new Promise<never>((_, reject) =>
		worker.addEventListener('error', (event) =>
			reject(new Error(event.message || 'the DuckDB worker failed to start'))
		)
	);

async function open(): Promise<Db> {
	const { duckdb, bundle } = await selectedBundle();
	const moduleUrl = await fetchModule(bundle.mainModule);
	const worker = new Worker(bundle.mainWorker!);
	const duck = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await Promise.race([duck.instantiate(moduleUrl, bundle.pthreadWorker), workerFailure(worker)]);
	} catch (error) {
		worker.terminate();
		throw error;
	} finally {
		URL.revokeObjectURL(moduleUrl);
	}
	const connection = await duck.connect();
	await loadTables(duck, connection);
	let exports = 0;
	return {
		async query<T extends object>(sql: string) {
			return toPlainRows<T>(await connection.query(sql));
		},
		async copyCsv(sql: string) {
			const file = `export-${++exports}.csv`;
			await connection.query(`COPY (${sql}) TO '${file}' (HEADER, DELIMITER ',')`);
			const bytes = await duck.copyFileToBuffer(file);
			await duck.dropFile(file);
			return new TextDecoder().decode(bytes);
		}
	};
}

let shared: Promise<Db> | undefined;

/** The visit's DuckDB, started on first call; a failed start is retried on the next call. */
export function browserDb(): Promise<Db> {
	shared ??= open().catch((error) => {
		shared = undefined;
		throw error;
	});
	return shared;
}
