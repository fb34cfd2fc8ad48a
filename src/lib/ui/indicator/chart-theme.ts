import type { ChartTheme } from '$lib/domain/indicator-chart';
import { statuses, type Status } from '$lib/domain/schema';

/** Used during prerender and until app.css defines the properties; close to its palette. */
const fallback: ChartTheme = {
	status: {
		actual: '#1a7f37',
		plan: '#0969da',
		target: '#8250df',
		baseline: '#57606a',
		promise: '#bc4c00',
		event: '#9a6700'
	},
	text: '#57606a',
	grid: '#d0d7de'
};

/**
 * The chart's colours from the page's CSS custom properties, so that the canvas follows the light or
 * dark theme like the rest of the page (a canvas cannot use `var()` itself).
 */
export function readChartTheme(): ChartTheme {
	if (typeof document === 'undefined') return fallback;
	const style = getComputedStyle(document.documentElement);
	const read = (name: string, otherwise: string) =>
		style.getPropertyValue(name).trim() || otherwise;
	return {
		status: Object.fromEntries(
			statuses.map((s) => [s, read(`--status-${s}`, fallback.status[s])])
		) as Record<Status, string>,
		text: read('--muted', fallback.text),
		grid: read('--border', fallback.grid)
	};
}
