import { describe, expect, test } from 'vitest';
import { nodeDb } from '../server/db/node';
import { formatQuantity } from '../domain/format';
import { sectors } from '../domain/vocabulary';
import { facts } from '../sql/facts';
import { claimsOf } from './claims';
import { indicatorOverviews } from './indicator-overview';
import { within } from './period-range';
import { factRow } from './test-facts';

const buses = { sector: 'automotive' as const, unit: 'buses' };

describe('indicatorOverviews on made-up rows', () => {
	test('deliveries against a plan of another indicator: same sector, unit, area, inside its period', () => {
		const plan = factRow({
			...buses,
			indicator_id: 'bus_plan',
			label_en: 'Buses to be bought',
			status: 'plan',
			value: 600,
			period: '2026',
			ref_area: 'KG-GB'
		});
		const delivered = factRow({
			...buses,
			indicator_id: 'buses_in',
			label_en: 'Buses delivered',
			value: 240,
			qualifier: 'more_than',
			period: '2026-01-01/2026-10-14',
			ref_area: 'KG-GB'
		});
		// A promise of more buses after the deliveries so far: its period does not hold them.
		const promise = factRow({
			...buses,
			indicator_id: 'buses_in',
			label_en: 'Buses delivered',
			status: 'promise',
			value: 150,
			period: '2026-10-14/2026-12-31',
			ref_area: 'KG-GB'
		});
		const overviews = indicatorOverviews([plan, delivered, promise]);
		// By label within a sector.
		expect(overviews.map((o) => o.label)).toEqual(['Buses delivered', 'Buses to be bought']);
		const [arrived, toBuy] = overviews;
		const goal = toBuy!.goals[0]!;
		expect(formatQuantity(goal.progress!.share, 'en')).toBe('more than 40%');
		expect(goal.progress!.actualLabel).toBe('Buses delivered');
		expect(arrived!.latest.map((o) => o.claims[0]!.fact)).toEqual([delivered]);
		expect(arrived!.goals.map((g) => [g.observation.status, g.progress])).toEqual([
			['promise', undefined]
		]);
	});

	test('a share: baseline and target of one statement, the latest actual after the baseline', () => {
		const share = { indicator_id: 'share', unit: 'percent', statement_id: 'from-16-to-25' };
		const baseline = factRow({ ...share, status: 'baseline', value: 16, period: '2024' });
		const target = factRow({ ...share, status: 'target', value: 25, period: '2025/..' });
		const old = factRow({ indicator_id: 'share', unit: 'percent', value: 15, period: '2023' });
		const actual = factRow({ indicator_id: 'share', unit: 'percent', value: 18, period: '2025' });
		const [overview] = indicatorOverviews([baseline, target, old, actual]);
		expect(overview!.latest.map((o) => o.claims[0]!.fact)).toEqual([actual]);
		const [goal] = overview!.goals;
		expect(goal!.baseline?.claims[0]!.fact).toBe(baseline);
		expect(goal!.progress?.actual.claims[0]!.fact).toBe(actual);
		expect(formatQuantity(goal!.progress!.share, 'en')).toBe('about 22%');
	});

	test('percentages of two indicators are never compared, nor other areas, nor disputed actuals', () => {
		const target = factRow({ indicator_id: 'a', unit: 'percent', status: 'target', value: 50 });
		const otherShare = factRow({ indicator_id: 'b', unit: 'percent', value: 20 });
		const elsewhere = factRow({ indicator_id: 'a', unit: 'percent', value: 20, ref_area: 'KG-GB' });
		expect(indicatorOverviews([target, otherShare, elsewhere])[0]!.goals[0]!.progress).toBe(
			undefined
		);
		const plan = factRow({ status: 'plan', value: 800, period: '2026' });
		const high = factRow({ value: 80, period: '2026-01' });
		const low = factRow({ value: 60, period: '2026-01' });
		const [overview] = indicatorOverviews([plan, high, low]);
		expect(overview!.goals[0]!.progress).toBeUndefined();
		expect(overview!.latest[0]!.claims.map((c) => c.fact.value)).toEqual([80, 60]);
	});

	test('a plan "by 2028" counts actuals from the year it was stated, not before', () => {
		const plan = factRow({ status: 'plan', value: 10, period: '../2028', published: '2026-03-01' });
		const before = factRow({ value: 4, period: '2025' });
		expect(indicatorOverviews([plan, before])[0]!.goals[0]!.progress).toBeUndefined();
		const after = factRow({ value: 5, period: '2026' });
		const progress = indicatorOverviews([plan, before, after])[0]!.goals[0]!.progress;
		expect(progress?.actual.claims[0]!.fact).toBe(after);
	});

	test('per area, the latest actual and the latest of each goal; an unreviewed indicator says so', () => {
		const rows = [
			factRow({ value: 1, period: '2024' }),
			factRow({ value: 2, period: '2025' }),
			factRow({ value: 3, period: '2025', ref_area: 'KG-C' }),
			factRow({ status: 'plan', value: 9, period: '2026' }),
			factRow({ status: 'plan', value: 8, period: '2027' }),
			factRow({ status: 'target', value: 7, period: '2030' })
		].map((r) => ({ ...r, indicator_reviewed: false }));
		const [overview] = indicatorOverviews(rows);
		expect(overview!.reviewed).toBe(false);
		expect(overview!.latest.map((o) => o.claims[0]!.fact.value)).toEqual([2, 3]);
		expect(overview!.goals.map((g) => g.observation.claims[0]!.fact.value)).toEqual([8, 7]);
	});
});

describe('indicatorOverviews on the archive', async () => {
	const rows = await facts(await nodeDb(), { order: 'year' });
	const overviews = indicatorOverviews(rows);

	test('every indicator with facts, once, by sector; every claim in exactly one of them', () => {
		expect(overviews.map((o) => o.indicatorId).sort()).toEqual(
			[...new Set(rows.map((r) => r.indicator_id))].sort()
		);
		const order = overviews.map((o) => sectors.indexOf(o.sector));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(overviews.flatMap((o) => o.claims.map((c) => c.claimId)).sort()).toEqual(
			claimsOf(rows)
				.map((c) => c.claimId)
				.sort()
		);
	});

	test('what a card shows is a claim of its own indicator, and progress compares like with like', () => {
		for (const overview of overviews) {
			const shown = [...overview.latest, ...overview.goals.map((g) => g.observation)];
			for (const observation of shown) expect(observation.indicatorId).toBe(overview.indicatorId);
			for (const goal of overview.goals) {
				expect(['plan', 'target', 'promise']).toContain(goal.observation.status);
				const progress = goal.progress;
				if (!progress) continue;
				const [actual, target] = [
					progress.actual.claims[0]!.fact,
					goal.observation.claims[0]!.fact
				];
				expect(actual.status).toBe('actual');
				expect(actual.unit).toBe(target.unit);
				expect(actual.ref_area).toBe(target.ref_area);
				expect(within(progress.actual.range, goal.observation.range)).toBe(true);
			}
		}
	});
});
