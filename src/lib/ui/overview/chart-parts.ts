// What the overview's charts are built from: their links, their axes and bars of single facts.
import type { ChartConfiguration, ScaleOptions, TooltipItem } from 'chart.js';
import { formatPeriod, formatQuantity, statusLabels } from '$lib/domain/format';
import type { FactRow } from '$lib/sql/facts';
import type { Filter } from '$lib/sql/filter';
import type { ChartTheme } from '../charts/theme';

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

/** `Baseline (2024)`: a fact's status and period, the words on its bar. */
export const statusPeriod = (f: FactRow) => `${statusLabels[f.status]} (${formatPeriod(f.period)})`;

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

/** Counts of facts: small whole numbers, a tick for each. */
export const countAxis = (theme: ChartTheme) =>
	axis(theme, { beginAtZero: true, ticks: { precision: 0, stepSize: 1 } } as ScaleOptions);

/** Whole quantities of any size (600 buses): chart.js picks round steps (0, 100, 200, …). */
export const quantityAxis = (theme: ChartTheme) =>
	axis(theme, { beginAtZero: true, ticks: { precision: 0 } } as ScaleOptions);

/** Bars of single facts, each coloured by its status, with its note as the tooltip. */
export function factBars(
	rows: FactRow[],
	theme: ChartTheme,
	labels: (string | string[])[],
	datasetLabel: string,
	valueAxis: ScaleOptions
): ChartConfiguration {
	const byIndex = (items: TooltipItem<'bar'>[]) => rows[items[0]?.dataIndex ?? -1];
	return {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{
					label: datasetLabel,
					data: rows.map((f) => f.value),
					backgroundColor: rows.map((f) => theme.status[f.status]),
					borderColor: rows.map((f) => theme.status[f.status]),
					borderWidth: 1
				}
			]
		},
		options: {
			...base(theme, false),
			scales: { x: axis(theme), y: valueAxis },
			plugins: {
				...base(theme, false).plugins,
				tooltip: {
					callbacks: {
						label: (item) => {
							const f = rows[item.dataIndex];
							return f ? `${formatQuantity(f)} (${statusLabels[f.status]})` : '';
						},
						afterBody: (items) => byIndex(items as TooltipItem<'bar'>[])?.note ?? ''
					}
				}
			}
		}
	} as ChartConfiguration;
}
