import { statuses, type Status } from '$lib/domain/vocabulary';

/** The colours a chart draws with; in the browser they come from app.css's custom properties. */
export interface ChartTheme {
	status: Record<Status, string>;
	/** The page's background: a canvas is transparent, an exported image is filled with it. */
	background: string;
	text: string;
	muted: string;
	grid: string;
	accent: string;
}

/** The light palette of app.css, for the prerender and the tests (canvas needs a browser anyway). */
export const fallbackTheme: ChartTheme = {
	status: {
		actual: '#1a7f37',
		plan: '#0969da',
		target: '#8250df',
		baseline: '#57606a',
		promise: '#bc4c00',
		event: '#9a6700'
	},
	background: '#ffffff',
	text: '#1b1f24',
	muted: '#57606a',
	grid: '#d0d7de',
	accent: '#0b5cad'
};

/** The current theme, read from the CSS custom properties (they follow prefers-color-scheme). */
export function readTheme(element: Element = document.documentElement): ChartTheme {
	const style = getComputedStyle(element);
	const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	return {
		status: Object.fromEntries(
			statuses.map((s) => [s, read(`--status-${s}`, fallbackTheme.status[s])])
		) as Record<Status, string>,
		background: read('--bg', fallbackTheme.background),
		text: read('--fg', fallbackTheme.text),
		muted: read('--muted', fallbackTheme.muted),
		grid: read('--border', fallbackTheme.grid),
		accent: read('--accent', fallbackTheme.accent)
	};
}
