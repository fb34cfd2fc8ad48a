/**
 * The chart of one indicator as a chart.js configuration, built from its facts alone (pure, so it is
 * tested without a canvas). Each status is its own dataset: a plan is never stacked on an actual.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { m } from '../paraglide/messages';
import {
	figureInWords,
	formatNumber,
	formatPeriod,
	statusLabelsByLocale,
	valueInWords
} from './format';
import type { Locale } from './locale';
import { statusOrder, type Qualifier, type Status } from './vocabulary';

export interface ChartFact {
	fact_id: string;
	article_id: string;
	value: number;
	value_max: number | null;
	qualifier: Qualifier;
	unit: string;
	status: Status;
	period: string;
	actor: string;
	actor_ru: string;
}

/** The colours the chart needs; the page's chart theme (src/lib/ui/charts/theme.ts) has them. */
export interface ChartColours {
	status: Record<Status, string>;
	muted: string;
	grid: string;
}

export interface IndicatorChart {
	config: ChartConfiguration;
	/** The fact behind a clicked bar or point. */
	factAt: (datasetIndex: number, index: number) => ChartFact | undefined;
	/** The chart in one sentence, for its text alternative. */
	summary: string;
}

/**
 * Year-valued indicators (a plant opened in 2023) are a timeline: a point per fact at its year, one
 * row per actor. Other units are bars, one per fact, labelled with its period; a range floats.
 */
export function indicatorChart(
	label: string,
	facts: readonly ChartFact[],
	theme: ChartColours,
	locale: Locale
): IndicatorChart {
	const statusLabels = statusLabelsByLocale[locale];
	const actorRow = (f: ChartFact) => {
		const actor = (locale === 'ru' && f.actor_ru) || f.actor || m.actor_not_stated({}, { locale });
		return actor.length > 28 ? `${actor.slice(0, 27)}…` : actor;
	};
	const period = (f: ChartFact) => formatPeriod(f.period, locale);
	const present = statusOrder.filter((s) => facts.some((f) => f.status === s));
	const ofStatus = present.map((s) => facts.filter((f) => f.status === s));
	const summary = `${label}: ${facts.map((f) => figureInWords(f, locale)).join('; ')}.`;
	const scales = (extra: Record<string, object>) => ({
		x: { ticks: { color: theme.muted }, grid: { color: theme.grid }, ...extra.x },
		y: { ticks: { color: theme.muted }, grid: { color: theme.grid }, ...extra.y }
	});
	const plugins = (
		title: (f: ChartFact) => string,
		pick: (i: TooltipItem<never>) => ChartFact
	) => ({
		legend: { labels: { color: theme.muted } },
		tooltip: {
			callbacks: {
				title: (items: TooltipItem<never>[]) => (items[0] ? title(pick(items[0])) : ''),
				label: (item: TooltipItem<never>) => {
					const f = pick(item);
					return `${statusLabels[f.status]}: ${valueInWords(f, locale)}`;
				}
			}
		}
	});

	if (facts.length > 0 && facts.every((f) => f.unit === 'year')) {
		const rows = [...new Set(facts.map(actorRow))];
		const factAt = (d: number, i: number) => ofStatus[d]?.[i];
		const config = {
			type: 'scatter',
			data: {
				datasets: present.map((status, d) => ({
					label: statusLabels[status],
					data: ofStatus[d]!.map((f) => ({ x: f.value, y: actorRow(f) })),
					backgroundColor: theme.status[status],
					borderColor: theme.status[status],
					pointRadius: 7,
					pointHoverRadius: 9
				}))
			},
			options: {
				maintainAspectRatio: false,
				scales: scales({
					x: {
						type: 'linear',
						grace: 1,
						ticks: { color: theme.muted, precision: 0, callback: String }
					},
					y: { type: 'category', labels: rows, offset: true }
				}),
				plugins: plugins(
					(f) => `${actorRow(f)}, ${period(f)}`,
					(item) => factAt(item.datasetIndex, item.dataIndex)!
				)
			}
		} as unknown as ChartConfiguration;
		return { config, factAt, summary };
	}

	const factAt = (_d: number, i: number) => facts[i];
	const unit = facts[0]?.unit ?? '';
	const config = {
		type: 'bar',
		data: {
			labels: facts.map(period),
			datasets: present.map((status) => ({
				label: statusLabels[status],
				// One category per fact; the other statuses leave it empty (skipNull keeps it centred).
				data: facts.map((f) =>
					f.status !== status ? null : f.value_max !== null ? [f.value, f.value_max] : f.value
				),
				backgroundColor: theme.status[status],
				borderColor: theme.status[status],
				skipNull: true,
				maxBarThickness: 56
			}))
		},
		options: {
			maintainAspectRatio: false,
			scales: scales({
				y: {
					beginAtZero: true,
					stacked: false,
					ticks: {
						color: theme.muted,
						callback: (v: number | string) => formatNumber(Number(v), unit, locale)
					}
				},
				x: { stacked: false }
			}),
			plugins: plugins(period, (item) => factAt(item.datasetIndex, item.dataIndex)!)
		}
	} as unknown as ChartConfiguration;
	return { config, factAt, summary };
}
