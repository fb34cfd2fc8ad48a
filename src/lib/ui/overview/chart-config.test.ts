import type { ChartDataset } from 'chart.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeDb } from '$lib/db/node';
import type { Db } from '$lib/db/types';
import { overviewRows, type OverviewRows } from '$lib/sql/overview-rows';
import {
	articlesChart,
	busesChart,
	machineryChart,
	sectorStatusChart,
	timelineChart,
	type TimelinePoint
} from './chart-config';
import { datasetDownload } from './downloads';
import { truncate } from './labels';
import { fallbackTheme as theme } from '../charts/theme';

let db: Db;
let rows: OverviewRows;
beforeAll(async () => {
	db = await nodeDb();
	rows = await overviewRows(db, {});
});
const datasets = (spec: { config: { data: { datasets: ChartDataset[] } } }) =>
	spec.config.data.datasets;

describe('chart configs built from the overview rows', () => {
	test('machinery: two bars, baseline and target, coloured by status, linked to their facts', () => {
		const spec = machineryChart(rows.machinery, theme);
		expect(spec.config.type).toBe('bar');
		expect(spec.config.data.labels).toEqual(['Baseline (2024)', 'Target (from 2025)']);
		const [bars] = datasets(spec);
		expect(bars?.data).toEqual([16, 25]);
		expect(bars?.backgroundColor).toEqual([theme.status.baseline, theme.status.target]);
		expect(spec.links[0]?.[1]).toEqual({
			kind: 'fact',
			articleId: '001_f151a0e0119b62b8',
			factId: 'machinery-share-target'
		});
		expect(spec.label).toContain('16%');
	});

	test('buses: the 600 planned in Bishkek against the 10 promised', () => {
		const spec = busesChart(rows.buses, theme);
		expect(datasets(spec)[0]?.data).toEqual([600, 10]);
		expect(spec.config.data.labels?.[0]).toEqual(['Buses to be purchased', 'Plan, Bishkek, 2026']);
		expect(spec.links[0]?.map((l) => l?.kind === 'fact' && l.factId)).toEqual([
			'bishkek-bus-purchase-2026',
			'domestic-buses-promised-for-trials'
		]);
		// A step of one bus would ask for 600 ticks, which chart.js thins to 51, 102, 153, …
		const y = spec.config.options?.scales?.y as { beginAtZero?: boolean; ticks?: object };
		expect(y.beginAtZero).toBe(true);
		expect(y.ticks).not.toHaveProperty('stepSize');
	});

	test('sector and status: one dataset per status, grouped (never stacked), counts add up', () => {
		const spec = sectorStatusChart(rows.bySectorStatus, theme);
		const sets = datasets(spec);
		expect(sets.map((d) => d.label)).toEqual([
			'Actual',
			'Plan',
			'Target',
			'Baseline',
			'Promise',
			'Event'
		]);
		const scales = spec.config.options?.scales as Record<string, { stacked?: boolean }>;
		expect(scales.x?.stacked).toBeFalsy();
		expect(scales.y?.stacked).toBeFalsy();
		const total = sets
			.flatMap((d) => d.data as (number | null)[])
			.reduce<number>((n, v) => n + (v ?? 0), 0);
		expect(total).toBe(rows.timeline.length);
		const labels = spec.config.data.labels as string[];
		const plan = sets.findIndex((d) => d.label === 'Plan');
		const automotive = labels.indexOf('Automotive');
		expect(spec.links[plan]?.[automotive]).toEqual({
			kind: 'filter',
			filter: { sector: 'automotive', status: 'plan' }
		});
	});

	test('timeline: every fact once, x = its year on a fixed 2000–2031 axis, y = its status lane', () => {
		const spec = timelineChart(rows.timeline, theme);
		expect(spec.config.type).toBe('scatter');
		const points = datasets(spec).flatMap((d) => d.data as unknown as TimelinePoint[]);
		expect(points).toHaveLength(14);
		for (const p of points) {
			expect(p.year).toBe(p.fact.year);
			expect(Math.abs(p.x - p.year)).toBeLessThan(0.5);
		}
		const years = points.map((p) => p.year);
		expect(Math.min(...years)).toBe(2001);
		expect(Math.max(...years)).toBe(2030);
		const scales = spec.config.options?.scales as Record<
			string,
			{ min?: number; max?: number; type?: string }
		>;
		expect(scales.x).toMatchObject({ type: 'linear', min: 2000, max: 2031 });
		expect(scales.y?.type).toBe('category');
		const roadmap = points.find((p) => p.fact.fact_id === 'by-kg-roadmap-2030');
		expect(roadmap).toMatchObject({ x: 2030, y: 'Plan' });
		// Two actuals of 2025 sit side by side, not on top of each other.
		const actual2025 = points.filter((p) => p.y === 'Actual' && p.year === 2025);
		expect(actual2025).toHaveLength(2);
		expect(actual2025[0]?.x).not.toBe(actual2025[1]?.x);
	});

	test('per article: a bar per source, titles shortened, linked to the article', () => {
		const spec = articlesChart(rows.perArticle, theme);
		expect(spec.config.data.labels).toHaveLength(5);
		for (const label of spec.config.data.labels as string[])
			expect(label.length).toBeLessThanOrEqual(36);
		expect(spec.links[0]?.[0]).toEqual({
			kind: 'article',
			articleId: rows.perArticle[0]?.article_id
		});
	});

	test('a filtered view charts only its rows', async () => {
		const filtered = await overviewRows(db, { sector: 'automotive', status: 'plan' });
		expect(datasets(busesChart(filtered.buses, theme))[0]?.data).toEqual([600]);
		expect(datasets(machineryChart(filtered.machinery, theme))[0]?.data).toEqual([]);
		expect(datasets(sectorStatusChart(filtered.bySectorStatus, theme)).map((d) => d.label)).toEqual(
			['Plan']
		);
	});
});

describe('downloads and labels', () => {
	test('unfiltered: the prerendered file; filtered: named after the filter, same SQL', () => {
		expect(datasetDownload('buses', {})).toMatchObject({
			fileName: 'kg-industry_buses.csv',
			filtered: false
		});
		const filtered = datasetDownload('timeline', { sector: 'automotive', status: 'plan' });
		expect(filtered.fileName).toBe('kg-industry_timeline_sector-automotive_status-plan.csv');
		expect(filtered.filtered).toBe(true);
		expect(filtered.sql).toContain("i.sector = 'automotive'");
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
