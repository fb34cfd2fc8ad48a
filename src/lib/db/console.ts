// The SQL console's DuckDB: a private instance in its own worker, so nothing a user runs reaches the
// instance the pages query, and a reload starts afresh. Browser only (see browser.ts).
import { exportCsv } from '../sql/export';
import { runConsole, storedResultSql, type ConsoleResult } from '../sql/console/run';
import { dbOver, startDuckDb, type BrowserDuckDb } from './browser';
import { consoleLockSql } from './settings';

const exportFile = 'console-export.csv';

/**
 * DuckDB-wasm's memory never shrinks (upstream issue 1904): after a result this large, the next
 * query runs on a fresh instance, so that a session of heavy queries stays bounded.
 */
export const restartAbove = 1_000_000;

export class CancelledError extends Error {
	constructor() {
		super('Cancelled');
		this.name = 'CancelledError';
	}
}

/** Why the instance was replaced before this query: the user's tables went with it. */
export type Restart = 'cancelled' | 'memory';

export class ConsoleEngine {
	#instance: Promise<BrowserDuckDb> | undefined;
	#restart: Restart | undefined;
	#heavy = false;
	#cancel: (() => void) | undefined;

	/** Starts DuckDB, or a fresh one after a large result; says whether one was replaced. */
	async ready(): Promise<Restart | undefined> {
		if (this.#heavy) this.#stop('memory');
		this.#instance ??= startDuckDb()
			.then(async (db) => {
				for (const sql of consoleLockSql([exportFile])) await db.connection.query(sql);
				return db;
			})
			.catch((error) => {
				this.#instance = undefined;
				throw error;
			});
		const cancelled = this.#cancellable();
		try {
			await Promise.race([this.#instance, cancelled]);
		} finally {
			this.#cancel = undefined;
		}
		const restart = this.#restart;
		this.#restart = undefined;
		return restart;
	}

	/** Runs a script on the started instance; `cancel()` rejects it with a CancelledError. */
	async run(script: string, limit?: number): Promise<ConsoleResult> {
		if (!this.#instance) throw new Error('DuckDB has not been started');
		const { connection } = await this.#instance;
		const cancelled = this.#cancellable();
		try {
			const result = await Promise.race([runConsole(connection, script, limit), cancelled]);
			this.#heavy = result.total > restartAbove;
			return result;
		} finally {
			this.#cancel = undefined;
		}
	}

	get running() {
		return this.#cancel !== undefined;
	}

	/**
	 * Stops what is under way. A query in DuckDB-wasm runs to its end inside the worker, so the
	 * worker is ended; the next query gets a fresh instance (without the user's tables).
	 */
	cancel() {
		const cancel = this.#cancel;
		if (!cancel) return;
		this.#stop('cancelled');
		cancel();
	}

	/** The whole last result as CSV, with the rules of every CSV of the site. */
	async csv(): Promise<string> {
		if (!this.#instance) throw new Error('There is no result to download');
		return exportCsv(
			dbOver(await this.#instance, () => exportFile),
			storedResultSql
		);
	}

	dispose() {
		this.cancel();
		this.#stop(undefined);
	}

	#cancellable() {
		return new Promise<never>((_, reject) => {
			this.#cancel = () => reject(new CancelledError());
		});
	}

	#stop(reason: Restart | undefined) {
		this.#instance?.then(
			(db) => db.terminate(),
			() => {}
		);
		this.#instance = undefined;
		this.#heavy = false;
		this.#restart = reason;
	}
}
