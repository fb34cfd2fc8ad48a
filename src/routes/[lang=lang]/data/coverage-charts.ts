// The /data page's charts of what the dataset holds: facts by sector and status, facts per article.
import type { ChartConfiguration, ScaleOptions, TooltipItem } from 'chart.js';
import { formatPublished } from '$lib/domain/format';
import { sectors, statuses, type Status } from '$lib/domain/vocabulary';
import type { ArticleCount, SectorStatusCount } from '$lib/sql/coverage';
import { axis, base, chartSources, countAxis, type ChartSpec } from '$lib/ui/charts/chart-parts';
import type { ChartTheme } from '$lib/ui/charts/theme';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { sectorLabels, statusLabel, truncate } from '$lib/ui/labels';

const present = <T extends string>(order: readonly T[], values: T[]) =>
	order.filter((item) => values.includes(item));

/**
 * Facts by sector, one bar per status side by side: counts of plans and actuals are not stacked.
 * `articles` are those the counted facts come from (every article with a fact).
 */
export function sectorStatusChart(
	rows: SectorStatusCount[],
	articles: ArticleCount[],
	theme: ChartTheme
): ChartSpec {
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
					label: statusLabel(status),
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
		sources: chartSources(articles),
		label: m.sector_status_label({
			bars: rows
				.map((r) => `${sectorLabels[r.sector]}, ${statusLabel(r.status)}: ${r.facts}`)
				.join('; ')
		})
	};
}

/** Article titles on an axis: shortened, more so on a narrow chart (a phone), which would clip them. */
function titleTicks(rows: ArticleCount[]) {
	return function (this: { chart: { width: number } }, _: unknown, index: number) {
		const title = rows[index]?.title ?? '';
		return this.chart.width < 480 ? truncate(title, 18) : truncate(title);
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
						label: m.per_article_dataset(),
						data: rows.map((r) => r.facts),
						backgroundColor: theme.accent
					}
				]
			},
			options: {
				...base(theme, false),
				indexAxis: 'y',
				scales: {
					x: countAxis(theme),
					y: axis(theme, { ticks: { callback: titleTicks(rows) } } as ScaleOptions)
				},
				plugins: {
					...base(theme, false).plugins,
					tooltip: {
						callbacks: {
							title: (items: TooltipItem<'bar'>[]) => {
								const r = rows[items[0]?.dataIndex ?? -1];
								return r ? `${r.title} (${formatPublished(r.published, getLocale())})` : '';
							}
						}
					}
				}
			}
		} as ChartConfiguration,
		links: [rows.map((r) => ({ kind: 'article', articleId: r.article_id }))],
		sources: chartSources(rows),
		label: m.per_article_label({ bars: rows.map((r) => `${r.title}: ${r.facts}`).join('; ') })
	};
}
