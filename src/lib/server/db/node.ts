// DuckDB for Node: the prerender's load functions and the unit tests run the site's SQL here.
import {
	createDuckDB,
	NODE_RUNTIME,
	VoidLogger,
	type DuckDBConfig
} from '@duckdb/duckdb-wasm/blocking';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { dataFolder, tableFile } from '../../domain/data-files';
import { tableNames } from '../../domain/vocabulary';
import { loadTablesScript } from './load-tables';
import { offlineSettings, pageQueryConfig } from '../../db/settings';
import type { Db } from '../../db/types';

/**
 * A fresh DuckDB opened with `config`, with the tables of `dataDir` loaded; `connection.query`
 * answers synchronously.
 */
export async function openNodeDuckDb(dataDir: string, config?: DuckDBConfig) {
	const dist = dirname(
		createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
	);
	const duck = await createDuckDB(
		{
			mvp: {
				mainModule: join(dist, 'duckdb-mvp.wasm'),
				mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
			},
			eh: {
				mainModule: join(dist, 'duckdb-eh.wasm'),
				mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
			}
		},
		new VoidLogger(),
		NODE_RUNTIME
	);
	await duck.instantiate();
	if (config) duck.open(config);
	const connection = duck.connect();
	connection.query(offlineSettings);
	for (const name of tableNames) {
		duck.registerFileText(tableFile(name), readFileSync(join(dataDir, tableFile(name)), 'utf8'));
	}
	connection.query(loadTablesScript());
	return { duck, connection };
}

type NodeConnection = Awaited<ReturnType<typeof openNodeDuckDb>>['connection'];

/**
 * The site's Db over a connection. NODE_RUNTIME writes COPY output to the real disk, so exports go
 * to files in `exportDir`: `exportFile` names the next one.
 */
export function nodeDbOver(connection: NodeConnection, exportFile: () => string): Db {
	return {
		async query<T extends object>(sql: string) {
			return connection
				.query(sql)
				.toArray()
				.map((row) => row.toJSON() as T);
		},
		async copyCsv(sql: string) {
			const file = exportFile();
			connection.query(`COPY (${sql}) TO '${file}' (HEADER, DELIMITER ',')`);
			const text = readFileSync(file, 'utf8');
			rmSync(file, { force: true });
			return text;
		}
	};
}

async function open(dataDir: string): Promise<Db> {
	const { connection } = await openNodeDuckDb(dataDir, pageQueryConfig);
	const exportDir = mkdtempSync(join(tmpdir(), 'kg-duckdb-'));
	let exports = 0;
	return nodeDbOver(connection, () => join(exportDir, `export-${++exports}.csv`));
}

const opened = new Map<string, Promise<Db>>();

/** One shared instance per data folder (default: the project's generated tables). */
export function nodeDb(dataDir = resolve(dataFolder)): Promise<Db> {
	let db = opened.get(dataDir);
	if (!db) opened.set(dataDir, (db = open(dataDir)));
	return db;
}
