/**
 * The chart of one indicator, built from its claims alone (pure, so it is tested without a canvas).
 * Each status is its own dataset: a plan is never stacked on an actual.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { Claim } from '$lib/claims/claims';
import {
	figureInWords,
	formatNumber,
	formatPeriod,
	statusLabelsByLocale,
	valueInWords
} from '$lib/domain/format';
import type { Locale } from '$lib/domain/locale';
import { statusOrder } from '$lib/domain/vocabulary';
import { m } from '$lib/paraglide/messages';
import type { FactRow } from '$lib/sql/facts';
import { claimSources, factLink, type ChartSpec } from './chart-parts';
import type { ChartTheme } from './theme';

/**
 * Year-valued indicators (a plant opened in 2023) are a timeline: a point per claim at its year,
 * one row per actor. Other units are bars, one per claim, labelled with its period; a range floats.
 * A click on a bar or point opens the sentence of the fact drawn for its claim.
 */
export function indicatorChart(
	label: string,
	claims: readonly Claim[],
	theme: Pick<ChartTheme, 'status' | 'muted' | 'grid'>,
	locale: Locale
): ChartSpec {
	const facts = claims.map((c) => c.fact);
	const statusLabels = statusLabelsByLocale[locale];
	const actorRow = (f: FactRow) => {
		const actor = (locale === 'ru' && f.actor_ru) || f.actor || m.actor_not_stated({}, { locale });
		return actor.length > 28 ? `${actor.slice(0, 27)}…` : actor;
	};
	const period = (f: FactRow) => formatPeriod(f.period, locale);
	const present = statusOrder.filter((s) => facts.some((f) => f.status === s));
	const ofStatus = present.map((s) => facts.filter((f) => f.status === s));
	const common = {
		label: `${label}: ${facts.map((f) => figureInWords(f, locale)).join('; ')}.`,
		sources: claimSources(claims)
	};
	const scales = (extra: Record<string, object>) => ({
		x: { ticks: { color: theme.muted }, grid: { color: theme.grid }, ...extra.x },
		y: { ticks: { color: theme.muted }, grid: { color: theme.grid }, ...extra.y }
	});
	const plugins = (title: (f: FactRow) => string, pick: (i: TooltipItem<never>) => FactRow) => ({
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
					(item) => ofStatus[item.datasetIndex]![item.dataIndex]!
				)
			}
		} as unknown as ChartConfiguration;
		return { ...common, config, links: ofStatus.map((fs) => fs.map(factLink)) };
	}

	const unit = facts[0]?.unit ?? '';
	const config = {
		type: 'bar',
		data: {
			labels: facts.map(period),
			datasets: present.map((status) => ({
				label: statusLabels[status],
				// One category per claim; the other statuses leave it empty (skipNull keeps it centred).
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
			plugins: plugins(period, (item) => facts[item.dataIndex]!)
		}
	} as unknown as ChartConfiguration;
	const links = present.map((status) =>
		facts.map((f) => (f.status === status ? factLink(f) : undefined))
	);
	return { ...common, config, links };
}
