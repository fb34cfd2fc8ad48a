// What the dashboard's charts are built from: where a click leads, the articles behind the figures,
// and their axes.
import type { ChartConfiguration, ScaleOptions } from 'chart.js';
import type { Claim } from '$lib/claims/claims';
import type { FactRow } from '$lib/sql/facts';
import type { Filter } from '$lib/sql/filter';
import type { ChartTheme } from './theme';

/** Where a click on a bar or point leads: a fact's source, a filtered overview, or an article. */
export type ChartLink =
	| { kind: 'fact'; articleId: string; factId: string }
	| { kind: 'filter'; filter: Filter }
	| { kind: 'article'; articleId: string };

/** An article a chart's figures come from, as the source line of the chart's image names it. */
export interface ChartSource {
	article_id: string;
	title: string;
	publisher: string;
	/** `YYYY-MM-DD`, or empty when the date is not known. */
	published: string;
}

/** Everything a chart is drawn from: the one thing Chart.svelte and the image export take. */
export interface ChartSpec {
	config: ChartConfiguration;
	/** Where each bar or point leads, by [datasetIndex][index]. */
	links: (ChartLink | undefined)[][];
	/** The chart's text alternative. */
	label: string;
	/** The articles its figures come from. */
	sources: ChartSource[];
}

export const factLink = (f: FactRow): ChartLink => ({
	kind: 'fact',
	articleId: f.article_id,
	factId: f.fact_id
});

/** Each article once, the latest first (as the list of sources orders them), undated ones last. */
export function chartSources(articles: readonly ChartSource[]): ChartSource[] {
	const byId = new Map<string, ChartSource>();
	for (const { article_id, title, publisher, published } of articles) {
		if (!byId.has(article_id)) byId.set(article_id, { article_id, title, publisher, published });
	}
	return [...byId.values()].sort(
		(a, b) =>
			Number(!a.published) - Number(!b.published) ||
			b.published.localeCompare(a.published) ||
			a.article_id.localeCompare(b.article_id)
	);
}

/** The articles of every source of `claims`, not only of the fact drawn for each. */
export const claimSources = (claims: readonly Claim[]) =>
	chartSources(claims.flatMap((c) => c.sources.map((f) => ({ ...f, title: f.article_title }))));

/** What a click on the chart does, for its hint: open a fact's sentence, or something else. */
export function chartClicks(spec: ChartSpec): 'point' | 'bar' | 'other' {
	// A category of a bar chart is empty in the datasets of the other statuses: no link there.
	const links = spec.links.flat().filter((link) => link !== undefined);
	if (!links.length || !links.every((link) => link.kind === 'fact')) return 'other';
	return spec.config.type === 'scatter' ? 'point' : 'bar';
}

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
