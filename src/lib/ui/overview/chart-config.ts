import type { ChartConfiguration, ScaleOptions, TooltipItem } from 'chart.js';
import { formatPeriod, formatPublished, formatQuantity, statusLabels } from '$lib/domain/format';
import { sectors, statuses, type Status } from '$lib/domain/schema';
import type { FactRow } from '$lib/sql/facts';
import type { ArticleCount, SectorStatusCount } from '$lib/sql/overview';
import { areaLabel, laneOrder, sectorLabels, truncate } from './labels';
import type { ChartTheme } from '../charts/theme';
import {
	axis,
	base,
	countAxis,
	factBars,
	factLink,
	quantityAxis,
	statusPeriod,
	type ChartSpec
} from './chart-parts';

/** Machinery's share of the economy: the baseline and the target, never added together. */
export function machineryChart(rows: FactRow[], theme: ChartTheme): ChartSpec {
	const percentAxis = axis(theme, {
		beginAtZero: true,
		suggestedMax: 30,
		ticks: { callback: (v: string | number) => `${v}%` }
	} as ScaleOptions);
	return {
		config: factBars(rows, theme, rows.map(statusPeriod), 'Share of the economy', percentAxis),
		links: [rows.map(factLink)],
		label: `Bar chart of machinery's share of the economy: ${rows
			.map((f) => `${statusPeriod(f)} ${formatQuantity(f)}`)
			.join(', ')}.`
	};
}

/** Buses: what a city plans to buy against what the state promised to buy at home. */
export function busesChart(rows: FactRow[], theme: ChartTheme): ChartSpec {
	const labels = rows.map((f) => [
		f.label_en,
		`${statusLabels[f.status]}, ${areaLabel(f.ref_area)}, ${formatPeriod(f.period)}`
	]);
	return {
		config: factBars(rows, theme, labels, 'Buses', quantityAxis(theme)),
		links: [rows.map(factLink)],
		label: `Bar chart of buses: ${rows
			.map(
				(f) =>
					`${f.label_en} (${statusLabels[f.status]}, ${formatPeriod(f.period)}): ${formatQuantity(f)}`
			)
			.join('; ')}.`
	};
}

const present = <T extends string>(order: readonly T[], values: T[]) =>
	order.filter((item) => values.includes(item));

/** Facts by sector, one bar per status side by side: counts of plans and actuals are not stacked. */
export function sectorStatusChart(rows: SectorStatusCount[], theme: ChartTheme): ChartSpec {
	const shownSectors = present(
		sectors,
		rows.map((r) => r.sector)
	);
	const shownStatuses = present(
		statuses,
		rows.map((r) => r.status)
	);
	const count = (sector: string, status: Status) =>
		rows.find((r) => r.sector === sector && r.status === status)?.facts ?? null;
	return {
		config: {
			type: 'bar',
			data: {
				labels: shownSectors.map((s) => sectorLabels[s]),
				datasets: shownStatuses.map((status) => ({
					label: statusLabels[status],
					data: shownSectors.map((sector) => count(sector, status)),
					backgroundColor: theme.status[status],
					skipNull: true
				}))
			},
			options: {
				...base(theme, true),
				scales: { x: axis(theme), y: countAxis(theme) }
			}
		} as ChartConfiguration,
		links: shownStatuses.map((status) =>
			shownSectors.map((sector) =>
				count(sector, status) === null ? undefined : { kind: 'filter', filter: { sector, status } }
			)
		),
		label: `Grouped bar chart of facts by sector and status: ${rows
			.map((r) => `${sectorLabels[r.sector]}, ${statusLabels[r.status]}: ${r.facts}`)
			.join('; ')}.`
	};
}

/** A timeline point: its year (spread a little when facts share a year and lane) and its fact. */
export interface TimelinePoint {
	x: number;
	y: string;
	year: number;
	fact: FactRow;
}

/** Events, actuals, plans and targets placed by year, one lane per status, 2000–2031. */
export function timelineChart(rows: FactRow[], theme: ChartTheme): ChartSpec {
	const lanes = present(
		laneOrder,
		rows.map((r) => r.status)
	);
	const points = (status: Status): TimelinePoint[] => {
		const inLane = rows.filter((r) => r.status === status);
		return inLane.map((fact) => {
			const sameYear = inLane.filter((r) => r.year === fact.year);
			const k = sameYear.indexOf(fact);
			const x = fact.year + (k - (sameYear.length - 1) / 2) * 0.35;
			return { x, y: statusLabels[status], year: fact.year, fact };
		});
	};
	const datasets = lanes.map((status) => ({
		label: statusLabels[status],
		data: points(status),
		backgroundColor: theme.status[status],
		borderColor: theme.status[status],
		pointRadius: 6,
		pointHoverRadius: 8
	}));
	const raw = (item: TooltipItem<'scatter'>) => item.raw as TimelinePoint;
	return {
		config: {
			type: 'scatter',
			data: { datasets },
			options: {
				...base(theme, true),
				interaction: { mode: 'point', intersect: true },
				scales: {
					x: axis(theme, {
						type: 'linear',
						min: 2000,
						max: 2031,
						ticks: { stepSize: 5, callback: (v: string | number) => String(v) }
					} as ScaleOptions),
					y: axis(theme, {
						type: 'category',
						labels: lanes.map((s) => statusLabels[s]),
						offset: true
					} as ScaleOptions)
				},
				plugins: {
					...base(theme, true).plugins,
					tooltip: {
						callbacks: {
							title: (items: TooltipItem<'scatter'>[]) =>
								items[0] ? `${formatPeriod(raw(items[0]).fact.period)}` : '',
							label: (item: TooltipItem<'scatter'>) =>
								`${statusLabels[raw(item).fact.status]}: ${raw(item).fact.note}`
						}
					}
				}
			}
		} as unknown as ChartConfiguration,
		links: datasets.map((d) => d.data.map((p) => factLink(p.fact))),
		label: `Timeline of facts by year, one lane per status: ${rows
			.map((f) => `${f.year} ${statusLabels[f.status]}: ${f.note.replace(/\.$/, '')}`)
			.join('; ')}.`
	};
}

/** How many facts each source article gave, titles shortened on the axis. */
export function articlesChart(rows: ArticleCount[], theme: ChartTheme): ChartSpec {
	return {
		config: {
			type: 'bar',
			data: {
				labels: rows.map((r) => truncate(r.title)),
				datasets: [
					{
						label: 'Facts',
						data: rows.map((r) => r.facts),
						backgroundColor: theme.accent
					}
				]
			},
			options: {
				...base(theme, false),
				indexAxis: 'y',
				scales: { x: countAxis(theme), y: axis(theme) },
				plugins: {
					...base(theme, false).plugins,
					tooltip: {
						callbacks: {
							title: (items: TooltipItem<'bar'>[]) => {
								const r = rows[items[0]?.dataIndex ?? -1];
								return r ? `${r.title} (${formatPublished(r.published)})` : '';
							}
						}
					}
				}
			}
		} as ChartConfiguration,
		links: [rows.map((r) => ({ kind: 'article', articleId: r.article_id }))],
		label: `Bar chart of facts per source article: ${rows
			.map((r) => `${r.title}: ${r.facts}`)
			.join('; ')}.`
	};
}
