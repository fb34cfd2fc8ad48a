// Every chart has a text alternative and a table view of the same rows; status badges say their
// status in words, so colour never carries the meaning alone.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { statusLabelsByLocale } from '../../src/lib/domain/format';
import { openChecked, richestArticle, richestIndicator } from './fixtures';
import { browserForFile, gotoHydrated } from './harness';

const browser = browserForFile();
const indicator = await richestIndicator();
const article = await richestArticle();

interface ChartCheck {
	label: string;
	/** Every canvas of the chart lies inside the labelled element. */
	canvasesInside: boolean;
	inFigure: boolean;
	tableRows: number;
	summary: string;
}

/** Each chart of the page, drawn: its text alternative and what its figure offers besides. */
async function charts(page: Page): Promise<ChartCheck[]> {
	await expect.poll(() => page.locator('[role="img"] canvas').count()).toBeGreaterThan(0);
	return page.evaluate(() => {
		const canvases = [...document.querySelectorAll('canvas')];
		const labelled = [...document.querySelectorAll('[role="img"]')];
		return labelled.map((chart) => {
			const figure = chart.closest('figure');
			return {
				label: chart.getAttribute('aria-label') ?? '',
				canvasesInside: canvases.every((c) => labelled.some((l) => l.contains(c))),
				inFigure: !!figure,
				tableRows: figure?.querySelectorAll('details table tbody tr').length ?? 0,
				summary: figure?.querySelector('details > summary')?.textContent?.trim() ?? ''
			};
		});
	});
}

describe('charts and badges', () => {
	for (const path of ['/en/', `/en/indicators/${indicator.id}`, '/en/data/']) {
		test(`every chart on ${path} has a text alternative and a table view`, async () => {
			const { page } = await openChecked(browser);
			await gotoHydrated(page, path);
			const found = await charts(page);
			expect(found.length).toBeGreaterThan(0);
			for (const chart of found) {
				// The alternative names the chart and gives its figures, not just "chart".
				expect(chart.label, chart.label).toMatch(/^[A-Z].{20,}\d/s);
				expect(chart.label).not.toMatch(/\.\.$/);
				expect(chart).toMatchObject({
					canvasesInside: true,
					inFigure: true,
					summary: 'Table view'
				});
				expect(chart.tableRows, chart.label).toBeGreaterThan(0);
			}
		});
	}

	test('every status badge says its status in words', async () => {
		const { page } = await openChecked(browser);
		const words = Object.values(statusLabelsByLocale.en);
		for (const path of ['/en/', `/en/indicators/${indicator.id}`, `/en/articles/${article.id}`]) {
			await gotoHydrated(page, path);
			const badges = await page.locator('.badge').allTextContents();
			expect(badges.length, path).toBeGreaterThan(0);
			for (const text of badges) expect(words, path).toContain(text.trim());
		}
	});
});
