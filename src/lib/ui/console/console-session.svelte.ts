import { CancelledError, ConsoleEngine, type Restart } from '$lib/db/console';
import type { ConsoleError, ConsoleResult } from '$lib/sql/console/run';

/** idle: DuckDB not started; starting; ready; running a query; unavailable: it failed to start. */
export type Phase = 'idle' | 'starting' | 'ready' | 'running' | 'unavailable';

const restartNotices: Record<Restart, string> = {
	cancelled:
		'Cancelled. DuckDB was restarted to stop the query: tables created in the console are gone.',
	memory:
		'DuckDB was restarted to free the memory of the last large result: tables created in the console are gone.'
};

/** The console's state for the page: what runs, what came back, what went wrong. */
export class ConsoleSession {
	phase = $state<Phase>('idle');
	result = $state.raw<ConsoleResult>();
	/** Milliseconds the last query took, from sending it to its rows being ready. */
	ms = $state(0);
	error = $state.raw<{ message: string; statement: number; of: number }>();
	notice = $state('');
	/** Queries finished (with rows, an error or a cancel): the page marks it for its tests. */
	finished = $state(0);
	#engine = new ConsoleEngine();

	#starting: Promise<boolean> | undefined;

	/** Starts DuckDB (when the console is opened); resolves false if it cannot start. */
	start(): Promise<boolean> {
		this.#starting ??= this.#start().finally(() => (this.#starting = undefined));
		return this.#starting;
	}

	async #start(): Promise<boolean> {
		if (this.phase !== 'ready') this.phase = 'starting';
		try {
			const restart = await this.#engine.ready();
			if (restart) this.notice = restartNotices[restart];
			this.phase = 'ready';
			return true;
		} catch (error) {
			if (error instanceof CancelledError) {
				this.phase = 'idle';
				return false;
			}
			this.phase = 'unavailable';
			this.error = { message: (error as Error).message || String(error), statement: 0, of: 0 };
			return false;
		}
	}

	async run(script: string) {
		if (this.phase === 'running') return;
		this.error = undefined;
		this.notice = '';
		try {
			if (await this.start()) await this.#run(script);
		} finally {
			this.finished++;
		}
	}

	async #run(script: string) {
		this.phase = 'running';
		const started = performance.now();
		try {
			this.result = await this.#engine.run(script);
			this.ms = performance.now() - started;
			this.phase = 'ready';
		} catch (error) {
			this.result = undefined;
			if (error instanceof CancelledError) {
				this.phase = 'idle';
				this.notice = 'Cancelled.';
				// Ready again for the next query; the notice then says what the restart cost.
				void this.start();
			} else {
				const { message, statement = 0, of = 0 } = error as ConsoleError;
				this.error = { message: message || String(error), statement, of };
				this.phase = 'ready';
			}
		}
	}

	cancel() {
		this.#engine.cancel();
	}

	csv(): Promise<string> {
		return this.#engine.csv();
	}

	dispose() {
		this.#engine.dispose();
	}
}
