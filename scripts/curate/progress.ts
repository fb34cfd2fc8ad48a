/** Where progress goes: process.stderr, or a test's stand-in. */
export interface ProgressStream {
	isTTY?: boolean;
	write(text: string): unknown;
}

export interface Progress {
	/** `done` of the run's articles are curated. */
	update(done: number, total: number): void;
	/** Clears the progress line, so the summary that follows stands alone. */
	finish(): void;
}

/**
 * A one-line "curating 523/10,000 articles" counter for runs of more than `over` articles, shown
 * only on a terminal: in CI or a pipe the output stays the summary line alone. The line is
 * rewritten at most once per percent.
 */
export function articleProgress(stream: ProgressStream, over = 100): Progress {
	let shownPercent = -1;
	let shown = false;
	return {
		update(done, total) {
			if (!stream.isTTY || total <= over) return;
			const percent = Math.floor((done * 100) / total);
			if (percent === shownPercent) return;
			shownPercent = percent;
			shown = true;
			stream.write(
				`\rcurating ${done.toLocaleString('en')}/${total.toLocaleString('en')} articles`
			);
		},
		finish() {
			if (shown) stream.write('\r\x1b[K');
		}
	};
}
