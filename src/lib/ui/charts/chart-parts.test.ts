import { describe, expect, test } from 'vitest';
import { claimsOf } from '$lib/claims/claims';
import { factRow } from '$lib/claims/test-facts';
import { indicatorChart } from './indicator-chart';
import { timelineChart } from '../../../routes/[lang=lang]/timeline-chart';
import { articlesChart, sectorStatusChart } from '../../../routes/[lang=lang]/data/coverage-charts';
import { chartClicks, chartSources } from './chart-parts';
import { fallbackTheme as theme } from './theme';

describe('chartClicks: what the hint under a chart says a click does', () => {
	const plan = factRow({ status: 'plan', period: '2027', year: 2027 });
	const actual = factRow({ status: 'actual' });

	test("an indicator's bars and points, and the timeline's points, open a fact's sentence", () => {
		// Two statuses: each category is empty (no link) in the other status's dataset.
		const bars = indicatorChart('Widgets', claimsOf([actual, plan]), theme, 'en');
		expect(bars.links.flat()).toContain(undefined);
		expect(chartClicks(bars)).toBe('bar');
		const years = [factRow({ unit: 'year', value: 2024 }), factRow({ unit: 'year', value: 2026 })];
		expect(chartClicks(indicatorChart('Opened', claimsOf(years), theme, 'en'))).toBe('point');
		expect(chartClicks(timelineChart(claimsOf([actual, plan]), theme))).toBe('point');
	});

	test('a count opens the view or the article it counts; nothing drawn, no promise', () => {
		const row = { sector: 'machinery', status: 'plan', facts: 2 } as const;
		const article = {
			article_id: 'a',
			title: 'T',
			published: '',
			publisher: '',
			facts: 2,
			source: ''
		};
		expect(chartClicks(sectorStatusChart([row], [article], theme))).toBe('other');
		expect(chartClicks(articlesChart([article], theme))).toBe('other');
		expect(chartClicks(timelineChart([], theme))).toBe('other');
	});
});

describe('chartSources', () => {
	test('each article once, the latest first, undated ones last, ties by id', () => {
		const article = (article_id: string, published: string) => ({
			article_id,
			title: `Title ${article_id}`,
			publisher: '',
			published
		});
		const sources = chartSources([
			article('b', ''),
			article('c', '2025-01-02'),
			article('a', ''),
			article('d', '2026-03-01'),
			article('c', '2025-01-02'),
			article('e', '2025-01-02')
		]);
		expect(sources.map((s) => s.article_id)).toEqual(['d', 'c', 'e', 'a', 'b']);
	});
});
