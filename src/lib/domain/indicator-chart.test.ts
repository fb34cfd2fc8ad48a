import { describe, expect, test } from 'vitest';
import { nodeDb } from '../server/db/node';
import { fixtureDataDir } from '../../../scripts/curate/fixture-project';
import { facts } from '../sql/facts';
import { formatPeriod, statusLabelsByLocale } from './format';
import { indicatorChart, type ChartColours } from './indicator-chart';

const theme: ChartColours = {
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
		const chart = indicatorChart('Garment share', rows, theme, 'en');
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
		expect(chart.factAt(1, 1)?.fact_id).toBe('garment-share-target');
		expect(chart.factAt(0, 0)?.fact_id).toBe('garment-share-baseline');
		expect(chart.summary).toContain(`9% (${statusLabelsByLocale.en.baseline.toLowerCase()}, 2025)`);
	});

	test('in Russian: statuses, periods, axis and summary are written the Russian way', async () => {
		const rows = await facts(db, { indicatorId: 'garment_share_of_industry' });
		const chart = indicatorChart('Доля швейной отрасли', rows, theme, 'ru');
		const config = chart.config as unknown as Loose;
		expect(config.data.datasets.map((d) => d.label)).toEqual([
			statusLabelsByLocale.ru.baseline,
			statusLabelsByLocale.ru.target
		]);
		expect(config.data.labels).toEqual(['2025', 'до\u00a02030\u00a0г.']);
		const tick = (config.options.scales.y.ticks as { callback: (v: number) => string }).callback;
		expect(tick(12.5)).toBe('12,5\u00a0%');
		expect(chart.summary).toBe(
			'Доля швейной отрасли: 9\u00a0% (исходный уровень, 2025); 14\u00a0% (цель, до\u00a02030\u00a0г.).'
		);
	});

	test('a range is a floating bar from its lower to its upper bound', async () => {
		const rows = await facts(db, { indicatorId: 'bus_price_premium' });
		const config = indicatorChart('Premium', rows, theme, 'en').config as unknown as Loose;
		expect(config.data.datasets[0]!.data).toEqual([[15, 20]]);
	});

	test('year-valued indicators are a timeline of points, one row per actor', async () => {
		const rows = await facts(db, { indicatorId: 'industrial_project_milestone' });
		const chart = indicatorChart('Milestones', rows, theme, 'en');
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
			d.data.map((_, i) => chart.factAt(di, i))
		);
		expect(picked.map((f) => f?.fact_id).sort()).toEqual(rows.map((f) => f.fact_id).sort());
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
		'%s: each fact once, in its own status, never stacked or summed',
		(_, rows) => {
			const chart = indicatorChart('Indicator', rows, theme, 'en');
			const config = chart.config as unknown as Loose;
			// Each fact is one point or bar, found by the click that opens its source.
			const picked = config.data.datasets.flatMap((d, di) =>
				d.data.flatMap((value, i) => (value === null ? [] : [chart.factAt(di, i)]))
			);
			expect(picked.map((f) => f?.fact_id).sort()).toEqual(rows.map((f) => f.fact_id).sort());
			for (const [di, dataset] of config.data.datasets.entries()) {
				dataset.data.forEach((value, i) => {
					if (value === null) return;
					const f = chart.factAt(di, i)!;
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
				rows.forEach((_, i) => {
					const filled = config.data.datasets.filter((d) => d.data[i] !== null);
					expect(filled, `category ${i}`).toHaveLength(1);
				});
			}
		}
	);
});
