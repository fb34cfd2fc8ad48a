import { describe, expect, test } from 'vitest';
import { nodeDb } from '../db/node';
import { facts } from '../sql/facts';
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

describe('indicatorChart on the curated facts', async () => {
	const db = await nodeDb();

	test('machinery share: baseline and target are bars of their own, never stacked', async () => {
		const rows = await facts(db, { indicatorId: 'machinery_share_of_economy' });
		const chart = indicatorChart('Machinery share', rows, theme);
		const config = chart.config as unknown as Loose;
		expect(config.type).toBe('bar');
		expect(config.data.datasets.map((d) => [d.label, d.backgroundColor])).toEqual([
			['Baseline', 'grey'],
			['Target', 'purple']
		]);
		expect(config.data.labels).toEqual(['2024', 'from 2025']);
		expect(config.data.datasets[0]!.data).toEqual([16, null]);
		expect(config.data.datasets[1]!.data).toEqual([null, 25]);
		expect(config.options.scales.y.stacked).toBe(false);
		expect(chart.factAt(1, 1)?.fact_id).toBe('machinery-share-target');
		expect(chart.factAt(0, 0)?.fact_id).toBe('machinery-share-baseline');
		expect(chart.summary).toContain('16% (baseline, 2024)');
	});

	test('a range is a floating bar from its lower to its upper bound', async () => {
		const rows = await facts(db, { indicatorId: 'bus_price_gap_vs_imports' });
		const config = indicatorChart('Gap', rows, theme).config as unknown as Loose;
		expect(config.data.datasets[0]!.data).toEqual([[20, 25]]);
	});

	test('year-valued indicators are a timeline of points, one row per actor', async () => {
		const rows = await facts(db, { indicatorId: 'vehicle_plant_milestone' });
		const chart = indicatorChart('Milestones', rows, theme);
		const config = chart.config as unknown as Loose;
		expect(config.type).toBe('scatter');
		expect(config.options.scales.y).toMatchObject({ labels: ['Beles', 'Tulpar Motors'] });
		const points = config.data.datasets.flatMap((d) => d.data);
		expect(points).toEqual(
			expect.arrayContaining([
				{ x: 2023, y: 'Beles' },
				{ x: 2026, y: 'Beles' },
				{ x: 2024, y: 'Tulpar Motors' }
			])
		);
		const picked = config.data.datasets.flatMap((d, di) =>
			d.data.map((_, i) => chart.factAt(di, i))
		);
		expect(picked.map((f) => f?.fact_id).sort()).toEqual(rows.map((f) => f.fact_id).sort());
	});
});
