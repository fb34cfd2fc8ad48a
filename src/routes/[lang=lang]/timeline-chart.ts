import type { ChartConfiguration, ScaleOptions, TooltipItem } from 'chart.js';
import { formatPeriod } from '$lib/domain/format';
import { statusOrder, type Status } from '$lib/domain/vocabulary';
import type { Claim } from '$lib/claims/claims';
import { axis, base, claimSources, factLink, type ChartSpec } from '$lib/ui/charts/chart-parts';
import type { ChartTheme } from '$lib/ui/charts/theme';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { statusLabel } from '$lib/ui/labels';
import { inPageLanguage } from '$lib/ui/page-language';

/** A timeline point: its year (spread a little when claims share a year and lane) and its claim. */
export interface TimelinePoint {
	x: number;
	y: string;
	year: number;
	claim: Claim;
}

type Dated = Claim & { fact: { year: number } };

const noteOf = (fact: Claim['fact']) => inPageLanguage(fact.note, fact.note_ru).text;

/**
 * Events, actuals, plans and targets placed by year, one lane per status: each claim once, however
 * many articles state it. The axis spans the years of the claims shown, a year of margin each side;
 * a claim without a period has no place on it (the table view lists it).
 */
export function timelineChart(all: Claim[], theme: ChartTheme): ChartSpec {
	const claims = all.filter((c): c is Dated => c.fact.year !== null);
	const lanes = statusOrder.filter((status) => claims.some((c) => c.fact.status === status));
	const points = (status: Status): TimelinePoint[] => {
		const inLane = claims.filter((c) => c.fact.status === status);
		return inLane.map((claim) => {
			const sameYear = inLane.filter((c) => c.fact.year === claim.fact.year);
			const k = sameYear.indexOf(claim);
			const x = claim.fact.year + (k - (sameYear.length - 1) / 2) * 0.35;
			return { x, y: statusLabel(status), year: claim.fact.year, claim };
		});
	};
	const datasets = lanes.map((status) => ({
		label: statusLabel(status),
		data: points(status),
		backgroundColor: theme.status[status],
		borderColor: theme.status[status],
		pointRadius: 6,
		pointHoverRadius: 8
	}));
	const years = claims.map((c) => c.fact.year);
	const raw = (item: TooltipItem<'scatter'>) => (item.raw as TimelinePoint).claim.fact;
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
						min: years.length ? Math.min(...years) - 1 : undefined,
						max: years.length ? Math.max(...years) + 1 : undefined,
						ticks: { precision: 0, callback: (v: string | number) => String(v) }
					} as ScaleOptions),
					y: axis(theme, {
						type: 'category',
						labels: lanes.map((s) => statusLabel(s)),
						offset: true
					} as ScaleOptions)
				},
				plugins: {
					...base(theme, true).plugins,
					tooltip: {
						callbacks: {
							title: (items: TooltipItem<'scatter'>[]) =>
								items[0] ? formatPeriod(raw(items[0]).period, getLocale()) : '',
							label: (item: TooltipItem<'scatter'>) =>
								`${statusLabel(raw(item).status)}: ${noteOf(raw(item))}`
						}
					}
				}
			}
		} as unknown as ChartConfiguration,
		links: datasets.map((d) => d.data.map((p) => factLink(p.claim.fact))),
		// The claims placed on the axis: one without a year is in the table only.
		sources: claimSources(claims),
		label: m.timeline_label({
			points: claims
				.map(
					(c) =>
						`${c.fact.year} ${statusLabel(c.fact.status)}: ${noteOf(c.fact).replace(/\.$/, '')}`
				)
				.join('; ')
		})
	};
}
