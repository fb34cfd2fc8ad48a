// The dashboard with the keyboard alone: skip link, a KPI's source, filters, a chart's table view,
// Download CSV, and the SQL console; the focus is visible on everything it reaches.
import { locales } from '../../src/lib/domain/locale';
import { describe, expect, test } from 'vitest';
import { focused, hasFocus, tabTo } from './accessibility/keyboard';
import { columnCells, finished, form } from './console/console-page';
import { claimsOf } from '../../src/lib/claims/claims';
import {
	claimSources,
	factsWhere,
	headlineClaimFacts,
	inViewport,
	openChecked,
	sourceOf,
	tableSources,
	timeline
} from './fixtures';
import { browserForFile, gotoHydrated } from './harness';

const browser = browserForFile();

describe('keyboard only', () => {
	test('the first Tab reaches a skip link; Enter on it moves on to the main content', async () => {
		const { page } = await openChecked(browser);
		await gotoHydrated(page, '/en/');
		await page.keyboard.press('Tab');
		expect(await hasFocus(page.locator('a[href="#content"]'))).toBe(true);
		expect(await focused(page)).toMatchObject({ label: 'A "Skip to content"', visible: true });
		expect(await page.locator('a[href="#content"]').isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe('#content');
		await page.keyboard.press('Tab');
		expect((await focused(page)).inMain).toBe(true);
	});

	test.each(locales)(
		"/%s/: a KPI card's source link opens the article on its figure, focused",
		async (lang) => {
			const [claim] = claimsOf(await headlineClaimFacts());
			const fact = claim!.fact;
			const { page, consoleErrors } = await openChecked(browser);
			await gotoHydrated(page, `/${lang}/`);
			await tabTo(
				page,
				page.locator(`article.kpi:has([data-fact-id="${fact.fact_id}"]) a.source`).first()
			);
			await page.keyboard.press('Enter');
			await page.waitForURL((url) => url.pathname + url.hash === sourceOf(fact, lang));
			const mark = `#fact-${fact.fact_id}`;
			await expect.poll(() => hasFocus(page.locator(mark))).toBe(true);
			expect((await focused(page)).visible).toBe(true);
			await expect.poll(() => inViewport(page, mark)).toBe(true);
			expect(consoleErrors).toEqual([]);
		}
	);

	test('a filter, a table view and its Download CSV, all from the keyboard', async () => {
		const { page, consoleErrors } = await openChecked(browser);
		await gotoHydrated(page, '/en/');
		await tabTo(page, page.locator('select[name=sector]'));
		await page.keyboard.press('ArrowDown');
		const sector = await page.locator('select[name=sector]').inputValue();
		expect(sector).not.toBe('');
		await page.waitForURL((url) => url.searchParams.get('sector') === sector);
		const expected = claimSources(
			await factsWhere({ filter: { sector: sector as never }, order: 'year' })
		);
		await expect.poll(() => tableSources(page, timeline), { timeout: 30_000 }).toEqual(expected);

		const figure = page.locator('figure', { has: page.getByRole('heading', { name: timeline }) });
		await tabTo(page, figure.locator('summary'));
		expect(await figure.locator('details').getAttribute('open')).toBeNull();
		await page.keyboard.press('Space');
		expect(await figure.locator('details').getAttribute('open')).toBe('');
		expect(await figure.locator('details table').isVisible()).toBe(true);

		await tabTo(page, figure.getByRole('link', { name: 'Download CSV' }));
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.keyboard.press('Enter')
		]);
		expect(download.suggestedFilename()).toBe(`kg-industry_timeline_sector-${sector}.csv`);

		// Back up with Shift+Tab to the filter again.
		await tabTo(page, page.locator('select[name=sector]'), { back: true });
		expect(consoleErrors).toEqual([]);
	});

	test('the console: type a query, run it with Ctrl+Enter, reach the result', async () => {
		const { page, consoleErrors } = await openChecked(browser);
		await page.goto('/en/data/sql/');
		await expect
			.poll(() => form(page).getAttribute('data-phase'), { timeout: 30_000 })
			.toBe('ready');
		await tabTo(page, page.getByRole('textbox', { name: 'Query' }));
		await page.keyboard.press('Control+A');
		await page.keyboard.type('SELECT 6 * 7 AS answer');
		const before = await finished(page);
		await page.keyboard.press('Control+Enter');
		await expect.poll(() => finished(page), { timeout: 30_000 }).toBe(before + 1);
		expect(await columnCells(page, 1)).toEqual(['42']);
		await tabTo(page, page.getByRole('region', { name: 'Rows of the result' }));
		await tabTo(page, page.getByRole('button', { name: 'Download CSV' }), { back: true });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.keyboard.press('Enter')
		]);
		expect(download.suggestedFilename()).toBe('kg-industry_query.csv');
		expect(consoleErrors).toEqual([]);
	});
});
