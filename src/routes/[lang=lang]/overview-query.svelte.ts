import { errorMessage } from '$lib/error-message';
import type { Db } from '$lib/db/types';
import { isFiltered, type Filter } from '$lib/sql/filter';
import { overviewRows, type OverviewRows } from '$lib/sql/overview-rows';

/** idle: never started (a visit without filtering needs no wasm); then loading, ready or failed. */
export type EngineState = 'idle' | 'loading' | 'ready' | 'failed';

/** Run `task` when the browser is idle after first paint, or after `timeout` ms at the latest. */
export function whenIdle(task: () => void, timeout = 2000) {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
	else setTimeout(task, Math.min(timeout, 200));
}

/**
 * The overview's rows for the filter in the URL. Unfiltered, they are the prerendered rows and no
 * engine starts; filtered, DuckDB runs the same SQL (started lazily, once). Until the rows of a
 * filter arrive, the previous view stands: `shown` is the filter the rows belong to.
 */
export class OverviewQuery {
	/** The filter asked for (the URL's); the selects show it. */
	requested = $state<Filter>({});
	/** The filter of the rows on screen; charts, cards, tables and CSV links use it. */
	shown = $state<Filter>({});
	rows = $state.raw<OverviewRows>() as OverviewRows;
	engine = $state<EngineState>('idle');
	error = $state('');
	#initial: () => OverviewRows;
	#openDb: () => Promise<Db>;
	#seq = 0;

	constructor(initial: () => OverviewRows, openDb: () => Promise<Db>) {
		this.#initial = initial;
		this.#openDb = openDb;
		this.rows = initial();
	}

	get busy() {
		return this.#key(this.requested) !== this.#key(this.shown) && this.engine !== 'failed';
	}

	#key = (filter: Filter) => `${filter.sector ?? ''}|${filter.status ?? ''}`;

	/** Start the engine without a query (the user reached for a filter). */
	warmUp() {
		if (this.engine === 'idle' || this.engine === 'failed') this.#db().catch(() => {});
	}

	async #db(): Promise<Db> {
		if (this.engine !== 'ready') this.engine = 'loading';
		try {
			const db = await this.#openDb();
			this.engine = 'ready';
			this.error = '';
			return db;
		} catch (error) {
			this.engine = 'failed';
			this.error = errorMessage(error);
			throw error;
		}
	}

	/**
	 * Show `filter`. `idle`: on the first view of a filtered URL, start the engine only once the
	 * browser is idle after first paint. Resolves when this filter's rows are on screen (or not).
	 */
	async request(filter: Filter, { idle = false } = {}): Promise<void> {
		this.requested = filter;
		const seq = ++this.#seq;
		if (!isFiltered(filter)) {
			this.rows = this.#initial();
			this.shown = filter;
			return;
		}
		if (idle && this.engine === 'idle') {
			this.engine = 'loading';
			await new Promise<void>((done) => whenIdle(done));
		}
		try {
			const rows = await overviewRows(await this.#db(), filter);
			if (seq !== this.#seq) return;
			this.rows = rows;
			this.shown = filter;
		} catch (error) {
			if (seq !== this.#seq) return;
			if (this.engine !== 'failed') {
				this.engine = 'failed';
				this.error = errorMessage(error);
			}
		}
	}
}
