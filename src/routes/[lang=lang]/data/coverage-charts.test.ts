import type { ChartDataset } from 'chart.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeDb } from '$lib/server/db/node';
import { statusLabelsByLocale } from '$lib/domain/format';
import { statuses } from '$lib/domain/vocabulary';
import {
	factsBySectorStatus,
	factsPerArticle,
	type ArticleCount,
	type SectorStatusCount
} from '$lib/sql/coverage';
import { fallbackTheme as theme } from '$lib/ui/charts/theme';
import { truncate } from '$lib/ui/labels';
import { articlesChart, sectorStatusChart } from './coverage-charts';

let bySectorStatus: SectorStatusCount[];
let perArticle: ArticleCount[];
beforeAll(async () => {
	const db = await nodeDb();
	bySectorStatus = await factsBySectorStatus(db);
	perArticle = await factsPerArticle(db);
});
const datasets = (spec: { config: { data: { datasets: ChartDataset[] } } }) =>
	spec.config.data.datasets;

describe('the /data page charts of what the dataset holds', () => {
	test('sector and status: one dataset per status, grouped (never stacked), counts as queried', () => {
		const spec = sectorStatusChart(bySectorStatus, perArticle, theme);
		const sets = datasets(spec);
		const present = statuses.filter((s) => bySectorStatus.some((r) => r.status === s));
		expect(sets.map((d) => d.label)).toEqual(present.map((s) => statusLabelsByLocale.en[s]));
		const scales = spec.config.options?.scales as Record<string, { stacked?: boolean }>;
		expect(scales.x?.stacked).toBeFalsy();
		expect(scales.y?.stacked).toBeFalsy();
		const total = sets
			.flatMap((d) => d.data as (number | null)[])
			.reduce<number>((n, v) => n + (v ?? 0), 0);
		expect(total).toBe(bySectorStatus.reduce((n, r) => n + r.facts, 0));
		const [first] = bySectorStatus;
		const set = present.indexOf(first!.status);
		const labels = spec.config.data.labels as string[];
		const link = spec.links[set]?.find((l) => l?.kind === 'filter');
		expect(link).toEqual({
			kind: 'filter',
			filter: { sector: first!.sector, status: first!.status }
		});
		expect(labels.length).toBe(new Set(bySectorStatus.map((r) => r.sector)).size);
	});

	test('both images name each article the counted facts come from, once', () => {
		const ids = perArticle.map((r) => r.article_id).sort();
		for (const spec of [
			sectorStatusChart(bySectorStatus, perArticle, theme),
			articlesChart(perArticle, theme)
		]) {
			expect(spec.sources.map((s) => s.article_id).sort()).toEqual(ids);
			for (const source of spec.sources) {
				const row = perArticle.find((r) => r.article_id === source.article_id)!;
				expect(source).toEqual({
					article_id: row.article_id,
					title: row.title,
					publisher: row.publisher,
					published: row.published
				});
			}
		}
	});

	test('per article: a bar per source, titles shortened, linked to the article', () => {
		const spec = articlesChart(perArticle, theme);
		expect(spec.config.data.labels).toEqual(perArticle.map((r) => truncate(r.title)));
		expect(datasets(spec)[0]?.data).toEqual(perArticle.map((r) => r.facts));
		expect(spec.links[0]).toEqual(
			perArticle.map((r) => ({ kind: 'article', articleId: r.article_id }))
		);
		// On a phone the axis would clip the titles: they are cut shorter there.
		const y = (
			spec.config.options?.scales as Record<
				string,
				{ ticks: { callback: (this: object, value: unknown, index: number) => string } }
			>
		).y;
		const tick = (width: number) => y!.ticks.callback.call({ chart: { width } }, 0, 0);
		expect(tick(1000)).toBe(truncate(perArticle[0]!.title));
		expect(tick(320).length).toBeLessThanOrEqual(18);
	});

	test('truncate cuts on a word and marks the cut', () => {
		expect(truncate('short')).toBe('short');
		const cut = truncate(
			'Беларусь и Кыргызстан подписали дорожную карту сотрудничества до 2030 года'
		);
		expect(cut.endsWith('…')).toBe(true);
		expect(cut.length).toBeLessThanOrEqual(36);
	});
});
