import { errorMessage } from '$lib/error-message';
import { CancelledError, ConsoleEngine, type Restart } from '$lib/db/console';
import { m } from '$lib/paraglide/messages';
import { StatementError, type ConsoleResult } from '$lib/sql/console/run';

/** idle: DuckDB not started; starting; ready; running a query; unavailable: it failed to start. */
export type Phase = 'idle' | 'starting' | 'ready' | 'running' | 'unavailable';

const restartNotices: Record<Restart, () => string> = {
	cancelled: m.console_restart_cancelled,
	memory: m.console_restart_memory
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
			if (restart) this.notice = restartNotices[restart]();
			this.phase = 'ready';
			return true;
		} catch (error) {
			if (error instanceof CancelledError) {
				this.phase = 'idle';
				return false;
			}
			this.phase = 'unavailable';
			this.error = { message: errorMessage(error), statement: 0, of: 0 };
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
				this.notice = m.console_cancelled();
				// Ready again for the next query; the notice then says what the restart cost.
				void this.start();
			} else {
				this.error =
					error instanceof StatementError
						? { message: error.message, statement: error.statement, of: error.of }
						: { message: errorMessage(error), statement: 0, of: 0 };
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
