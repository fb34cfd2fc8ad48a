import type { ChartDataset } from 'chart.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { claimsOf, type Claim } from '$lib/claims/claims';
import { factRow } from '$lib/claims/test-facts';
import { nodeDb } from '$lib/server/db/node';
import { statusLabelsByLocale } from '$lib/domain/format';
import { overviewRows } from '$lib/sql/overview-rows';
import { fallbackTheme as theme } from '$lib/ui/charts/theme';
import { datasetDownload, indicatorDownload } from './dataset-download';
import { timelineChart, type TimelinePoint } from './timeline-chart';

let claims: Claim[];
beforeAll(async () => {
	claims = claimsOf((await overviewRows(await nodeDb(), {})).facts);
});
const pointsOf = (spec: ReturnType<typeof timelineChart>) =>
	(spec.config.data.datasets as ChartDataset[]).flatMap(
		(d) => d.data as unknown as TimelinePoint[]
	);

describe('the timeline', () => {
	test('every dated claim once, at its year, in the lane of its status, linked to its source', () => {
		const spec = timelineChart(claims, theme);
		const points = pointsOf(spec);
		const dated = claims.filter((c) => c.fact.year !== null);
		expect(points.map((p) => p.claim.claimId).sort()).toEqual(dated.map((c) => c.claimId).sort());
		for (const p of points) {
			expect(p.year).toBe(p.claim.fact.year);
			expect(p.y).toBe(statusLabelsByLocale.en[p.claim.fact.status]);
			expect(Math.abs(p.x - p.year)).toBeLessThan(0.5);
		}
		const links = spec.links.flat();
		expect(links).toHaveLength(points.length);
		expect(spec.config.type).toBe('scatter');
	});

	test('its axis spans the years shown, with a year of margin', () => {
		const years = claims.flatMap((c) => (c.fact.year === null ? [] : [c.fact.year]));
		const scales = timelineChart(claims, theme).config.options?.scales as Record<
			string,
			{ min?: number; max?: number }
		>;
		expect(scales.x).toMatchObject({ min: Math.min(...years) - 1, max: Math.max(...years) + 1 });
	});

	test('a claim two articles state is one point; claims of one year and lane sit apart', () => {
		const a = factRow({ claim_id: 'c-a', year: 2025 });
		const again = factRow({ claim_id: 'c-a', year: 2025 });
		const b = factRow({ claim_id: 'c-b', year: 2025, value: 7 });
		const undated = factRow({ claim_id: 'c-c', year: null, period: '' });
		const points = pointsOf(timelineChart(claimsOf([a, again, b, undated]), theme));
		expect(points.map((p) => p.claim.claimId)).toEqual(['c-a', 'c-b']);
		expect(points[0]!.x).not.toBe(points[1]!.x);
	});

	test('its image names the articles of every claim on the axis, each once, the latest first', () => {
		const a = factRow({ claim_id: 'c-a', published: '2025-03-01', publisher: '24.kg' });
		const again = factRow({ claim_id: 'c-a', published: '2026-02-01' });
		const twice = factRow({ claim_id: 'c-b', article_id: a.article_id, published: a.published });
		const undated = factRow({ claim_id: 'c-u', published: '' });
		const offAxis = factRow({ claim_id: 'c-c', year: null, period: '' });
		const { sources } = timelineChart(claimsOf([a, again, twice, undated, offAxis]), theme);
		expect(sources).toEqual([
			{
				article_id: again.article_id,
				title: again.article_title,
				publisher: '',
				published: '2026-02-01'
			},
			{
				article_id: a.article_id,
				title: a.article_title,
				publisher: '24.kg',
				published: '2025-03-01'
			},
			{ article_id: undated.article_id, title: undated.article_title, publisher: '', published: '' }
		]);
	});

	test('on the archive: every article of a dated claim, and no other', () => {
		const { sources } = timelineChart(claims, theme);
		const dated = claims.filter((c) => c.fact.year !== null);
		expect(sources.map((s) => s.article_id).sort()).toEqual(
			[...new Set(dated.flatMap((c) => c.sources.map((f) => f.article_id)))].sort()
		);
	});
});

describe('downloads', () => {
	test('unfiltered: the prerendered file; filtered: named after the filter, same SQL', () => {
		expect(datasetDownload('timeline', {})).toMatchObject({
			fileName: 'kg-industry_timeline.csv',
			filtered: false
		});
		const filtered = datasetDownload('timeline', { sector: 'automotive', status: 'plan' });
		expect(filtered.fileName).toBe('kg-industry_timeline_sector-automotive_status-plan.csv');
		expect(filtered.filtered).toBe(true);
		expect(filtered.sql).toContain("i.sector = 'automotive'");
	});

	test("an indicator's small chart: its page's file unfiltered, its filtered rows otherwise", () => {
		expect(indicatorDownload('some_indicator', {})).toMatchObject({
			fileName: 'kg-industry_indicator-some_indicator.csv',
			filtered: false
		});
		const filtered = indicatorDownload('some_indicator', { status: 'plan' });
		expect(filtered.fileName).toBe('kg-industry_indicator-some_indicator_status-plan.csv');
		expect(filtered.sql).toContain("f.status = 'plan'");
		expect(filtered.sql).toContain("f.indicator_id = 'some_indicator'");
	});
});
