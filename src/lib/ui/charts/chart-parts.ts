// What the dashboard's linked charts are built from: where a click leads, and their axes.
import type { ChartConfiguration, ScaleOptions } from 'chart.js';
import type { FactRow } from '$lib/sql/facts';
import type { Filter } from '$lib/sql/filter';
import type { ChartTheme } from './theme';

/** Where a click on a bar or point leads: a fact's source, a filtered overview, or an article. */
export type ChartLink =
	| { kind: 'fact'; articleId: string; factId: string }
	| { kind: 'filter'; filter: Filter }
	| { kind: 'article'; articleId: string };

/** A chart.js config, its links by [datasetIndex][index], and its text alternative. */
export interface ChartSpec {
	config: ChartConfiguration;
	links: (ChartLink | undefined)[][];
	label: string;
}

export const factLink = (f: FactRow): ChartLink => ({
	kind: 'fact',
	articleId: f.article_id,
	factId: f.fact_id
});

export function axis(theme: ChartTheme, extra: ScaleOptions = {}): ScaleOptions {
	return {
		...extra,
		ticks: { color: theme.text, ...(extra as { ticks?: object }).ticks },
		grid: { color: theme.grid },
		border: { color: theme.muted }
	} as ScaleOptions;
}

export function base(theme: ChartTheme, legend: boolean) {
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: false as const,
		plugins: { legend: { display: legend, labels: { color: theme.text } } }
	};
}

/** Counts of facts: whole numbers, in steps chart.js makes round (1, 2, 5, 10, …). */
export const countAxis = (theme: ChartTheme) =>
	axis(theme, { beginAtZero: true, ticks: { precision: 0 } } as ScaleOptions);
