import { describe, expect, test } from 'vitest';
import { claimsOf } from '$lib/claims/claims';
import { nodeDb } from '$lib/server/db/node';
import { formatPeriod, statusLabelsByLocale } from '$lib/domain/format';
import { facts, type FactRow } from '$lib/sql/facts';
import { fixtureDataDir } from '../../../../scripts/curate/fixture-project';
import type { ChartLink } from './chart-parts';
import { indicatorChart } from './indicator-chart';

const theme = {
	status: {
		actual: 'green',
		plan: 'blue',
		target: 'purple',
		baseline: 'grey',
		promise: 'orange',
		event: 'teal'
	},
	muted: 'black',
	grid: 'silver'
};
/** The fact a link opens. */
const factOf = (link: ChartLink | undefined) => (link?.kind === 'fact' ? link.factId : undefined);
/** The chart of rows, one bar or point per claim. */
const chartOf = (label: string, rows: FactRow[], locale: 'en' | 'ru' = 'en') =>
	indicatorChart(label, claimsOf(rows), theme, locale);
// The chart.js types do not follow a config this general; the tests read it as plain data.
type Loose = {
	type: string;
	data: {
		labels?: string[];
		datasets: { label: string; data: unknown[]; backgroundColor: string; stack?: string }[];
	};
	options: { scales: { x: Record<string, unknown>; y: Record<string, unknown> } };
};

describe('indicatorChart on the fixture project', async () => {
	const db = await nodeDb(fixtureDataDir());

	test('a share: baseline and target are bars of their own, never stacked', async () => {
		const rows = await facts(db, { indicatorId: 'garment_share_of_industry' });
		const chart = chartOf('Garment share', rows);
		const config = chart.config as unknown as Loose;
		expect(config.type).toBe('bar');
		expect(config.data.datasets.map((d) => [d.label, d.backgroundColor])).toEqual([
			[statusLabelsByLocale.en.baseline, 'grey'],
			[statusLabelsByLocale.en.target, 'purple']
		]);
		expect(config.data.labels).toEqual([formatPeriod('2025', 'en'), formatPeriod('../2030', 'en')]);
		expect(config.data.datasets[0]!.data).toEqual([9, null]);
		expect(config.data.datasets[1]!.data).toEqual([null, 14]);
		expect(config.options.scales.y.stacked).toBe(false);
		expect(factOf(chart.links[1]![1])).toBe('garment-share-target');
		expect(factOf(chart.links[0]![0])).toBe('garment-share-baseline');
		// A category of one status is empty in the other's dataset, and leads nowhere there.
		expect(chart.links[0]![1]).toBeUndefined();
		expect(chart.label).toContain(`9% (${statusLabelsByLocale.en.baseline.toLowerCase()}, 2025)`);
	});

	test('in Russian: statuses, periods, axis and summary are written the Russian way', async () => {
		const rows = await facts(db, { indicatorId: 'garment_share_of_industry' });
		const chart = chartOf('Доля швейной отрасли', rows, 'ru');
		const config = chart.config as unknown as Loose;
		expect(config.data.datasets.map((d) => d.label)).toEqual([
			statusLabelsByLocale.ru.baseline,
			statusLabelsByLocale.ru.target
		]);
		expect(config.data.labels).toEqual(['2025', 'до\u00a02030\u00a0г.']);
		const tick = (config.options.scales.y.ticks as { callback: (v: number) => string }).callback;
		expect(tick(12.5)).toBe('12,5\u00a0%');
		expect(chart.label).toBe(
			'Доля швейной отрасли: 9\u00a0% (исходный уровень, 2025); 14\u00a0% (цель, до\u00a02030\u00a0г.).'
		);
	});

	test('a range is a floating bar from its lower to its upper bound', async () => {
		const rows = await facts(db, { indicatorId: 'bus_price_premium' });
		const config = chartOf('Premium', rows).config as unknown as Loose;
		expect(config.data.datasets[0]!.data).toEqual([[15, 20]]);
	});

	test('year-valued indicators are a timeline of points, one row per actor', async () => {
		const rows = await facts(db, { indicatorId: 'industrial_project_milestone' });
		const chart = chartOf('Milestones', rows);
		const config = chart.config as unknown as Loose;
		expect(config.type).toBe('scatter');
		expect(config.options.scales.y).toMatchObject({
			labels: ['Ak-Zhol Motor', 'Government of Kyrgyzstan', 'Tokmok Agro']
		});
		const points = config.data.datasets.flatMap((d) => d.data);
		expect(points).toEqual(
			expect.arrayContaining([
				{ x: 2024, y: 'Ak-Zhol Motor' },
				{ x: 2026, y: 'Ak-Zhol Motor' },
				{ x: 2027, y: 'Government of Kyrgyzstan' },
				{ x: 2025, y: 'Tokmok Agro' }
			])
		);
		expect(points).toHaveLength(rows.length);
		const picked = config.data.datasets.flatMap((d, di) =>
			d.data.map((_, i) => factOf(chart.links[di]![i]))
		);
		expect(picked.sort()).toEqual(rows.map((f) => f.fact_id).sort());
	});
});

describe('indicatorChart on every indicator of the real archive', async () => {
	const db = await nodeDb();
	const all = await facts(db);
	const byIndicator = new Map<string, typeof all>();
	for (const f of all)
		byIndicator.set(f.indicator_id, [...(byIndicator.get(f.indicator_id) ?? []), f]);

	test('the archive has facts to chart', () => expect(byIndicator.size).toBeGreaterThan(0));

	test.each([...byIndicator])(
		'%s: each claim once, in its own status, never stacked or summed; its sources all named',
		(_, rows) => {
			const claims = claimsOf(rows);
			const chart = indicatorChart('Indicator', claims, theme, 'en');
			const config = chart.config as unknown as Loose;
			const drawn = new Map(claims.map((c) => [c.fact.fact_id, c.fact]));
			// Each claim is one point or bar, and its link opens the sentence of the fact drawn.
			const picked = config.data.datasets.flatMap((d, di) =>
				d.data.flatMap((value, i) => (value === null ? [] : [factOf(chart.links[di]![i])]))
			);
			expect(picked.sort()).toEqual([...drawn.keys()].sort());
			for (const [di, dataset] of config.data.datasets.entries()) {
				dataset.data.forEach((value, i) => {
					const link = chart.links[di]![i];
					if (value === null) return expect(link).toBeUndefined();
					const f = drawn.get(factOf(link)!)!;
					expect(link).toEqual({ kind: 'fact', articleId: f.article_id, factId: f.fact_id });
					expect(dataset.label, f.fact_id).toBe(statusLabelsByLocale.en[f.status]);
					if (config.type === 'scatter') expect(value).toMatchObject({ x: f.value });
					else expect(value).toEqual(f.value_max === null ? f.value : [f.value, f.value_max]);
				});
			}
			if (config.type === 'bar') {
				// A baseline and its target, a plan and an actual: never one bar on top of another.
				expect([config.options.scales.x.stacked, config.options.scales.y.stacked]).toEqual([
					false,
					false
				]);
				claims.forEach((_, i) => {
					const filled = config.data.datasets.filter((d) => d.data[i] !== null);
					expect(filled, `category ${i}`).toHaveLength(1);
				});
			}
			// The image's source line names every article that states a claim, once.
			expect(chart.sources.map((s) => s.article_id).sort()).toEqual(
				[...new Set(rows.map((f) => f.article_id))].sort()
			);
		}
	);
});
