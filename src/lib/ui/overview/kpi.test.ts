import { beforeAll, describe, expect, test } from 'vitest';
import { nodeDb } from '$lib/db/node';
import type { FactRow } from '$lib/sql/facts';
import { overviewRows } from '$lib/sql/overview-rows';
import { headlineKpis, kpiValueText } from './kpi';

let headline: FactRow[];
beforeAll(async () => {
	headline = (await overviewRows(await nodeDb(), {})).headline;
});

describe('headline KPI cards', () => {
	test('one card per headline fact, and one for the two halves of a statement', () => {
		const kpis = headlineKpis(headline);
		const statementFacts = headline.filter((f) => f.statement_id === 'machinery-share-16-to-25');
		expect(statementFacts).toHaveLength(2);
		expect(kpis).toHaveLength(headline.length - 1);
		const ids = kpis.flatMap((k) => k.figures.map((f) => f.factId));
		expect(ids.sort()).toEqual(headline.map((f) => f.fact_id).sort());
	});

	test('values are written the way the source means them', () => {
		const byFact = (id: string) => {
			const kpi = headlineKpis(headline).find((k) => k.figures.some((f) => f.factId === id));
			if (!kpi) throw new Error(`no card for ${id}`);
			return kpi;
		};
		expect(kpiValueText(byFact('sewing-workshops-closed'))).toBe('more than 3,000');
		expect(byFact('sewing-workshops-closed').unit).toBe('workshops');
		expect(kpiValueText(byFact('beles-bus-price-gap'))).toBe('20–25%');
		expect(byFact('beles-bus-price-gap').unit).toBe('');
		expect(kpiValueText(byFact('wildberries-logistics-centre'))).toBe('by 2028');
		expect(kpiValueText(byFact('new-enterprises-2025'))).toBe('119');
	});

	test('the machinery statement is one card: 16% → 25% target, both statuses, both periods', () => {
		const kpi = headlineKpis(headline).find((k) => k.key === 'machinery-share-16-to-25');
		expect(kpi).toBeDefined();
		expect(kpiValueText(kpi!)).toBe('16% → 25% target');
		expect(kpi!.figures.map((f) => f.factId)).toEqual([
			'machinery-share-baseline',
			'machinery-share-target'
		]);
		expect(kpi!.statuses).toEqual(['baseline', 'target']);
		expect(kpi!.period).toBe('2024 → from 2025');
		expect(kpi!.source).toMatchObject({
			articleId: '001_f151a0e0119b62b8',
			factId: 'machinery-share-baseline'
		});
	});

	test('a card carries its source: article title, date, status, period, note', () => {
		const kpi = headlineKpis(headline).find((k) => k.key === 'sewing-workshops-closed');
		expect(kpi).toMatchObject({
			statuses: ['actual'],
			period: '18 Jan 2026',
			note: 'More than 3,000 sewing workshops have closed in Kyrgyzstan.',
			source: { articleId: '002_5346f135172f8269', published: '2026-01-18' }
		});
		expect(kpi!.source.title).toMatch(/^На заседании депутатской группы/);
	});

	test('no rows, no cards', () => {
		expect(headlineKpis([])).toEqual([]);
	});
});
