// The overview against the built site: prerendered figures, sources one click away, filters in the
// URL re-queried by DuckDB-wasm, and nothing fetched from any other host.
import { describe, expect, test } from 'vitest';
import { formatQuantity } from '../../src/lib/domain/format';
import {
	factsWhere,
	headlineFacts,
	inViewport,
	openChecked,
	tableSources,
	timeline,
	unrelatedErrors
} from './fixtures';
import { browserForFile, siteUrl } from './harness';

const browser = browserForFile();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('overview', () => {
	test('the prerendered HTML holds every headline value and its source link', async () => {
		const html = await (await fetch(siteUrl())).text();
		const headline = await headlineFacts();
		expect(headline.length).toBeGreaterThanOrEqual(8);
		for (const fact of headline) {
			const value = new RegExp(
				`data-fact-id="${fact.fact_id}"[^>]*>${escapeRegExp(formatQuantity(fact))}<`
			);
			expect(html, fact.fact_id).toMatch(value);
			// Prerendered links are relative (./articles/…), so the site works under any base path.
			expect(html).toContain(`href="./articles/${fact.article_id}#fact-${fact.fact_id}"`);
		}
		expect(html).toMatch(/>more than 3,000</);
		expect(html).toMatch(/>20–25%</);
	});

	test('with every .wasm blocked, cards, tables and source links still show', async () => {
		const { page, consoleErrors, foreignRequests, blockedWasm } = await openChecked(browser, {
			blockWasm: true
		});
		await page.goto('/?sector=automotive', { waitUntil: 'networkidle' });
		const headline = await headlineFacts();
		for (const fact of headline) {
			await expect.poll(() => page.locator(`[data-fact-id="${fact.fact_id}"]`).count()).toBe(1);
		}
		expect((await tableSources(page, timeline)).length).toBe((await factsWhere({})).length);
		// The filter could not run: the page says so instead of failing silently.
		await page.getByRole('combobox', { name: 'Sector' }).focus();
		await page.keyboard.press('ArrowDown');
		await expect
			.poll(() => page.locator('.filters').textContent(), { timeout: 20_000 })
			.toMatch(/unavailable/i);
		expect(blockedWasm.length).toBeGreaterThan(0);
		expect(foreignRequests).toEqual([]);
		expect(unrelatedErrors(consoleErrors)).toEqual([]);
	});

	test("a KPI card's source opens the article with the figure highlighted and in view", async () => {
		const { page, consoleErrors, foreignRequests } = await openChecked(browser);
		await page.goto('/', { waitUntil: 'networkidle' });
		const card = page.locator('article.kpi', {
			has: page.locator('[data-fact-id="sewing-workshops-closed"]')
		});
		await card.locator('a.source').click();
		await page.waitForURL(/\/articles\/002_5346f135172f8269#fact-sewing-workshops-closed$/);
		const mark = '#fact-sewing-workshops-closed';
		await expect.poll(() => inViewport(page, mark)).toBe(true);
		expect(await page.locator(mark).evaluate((el) => el.tagName)).toBe('MARK');
		expect(await page.locator(mark).textContent()).toContain('более 3 тысяч');
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('clicking a bar of a chart opens the source of that figure', async () => {
		const { page, consoleErrors, foreignRequests } = await openChecked(browser);
		await page.goto('/', { waitUntil: 'networkidle' });
		const figure = page.locator('figure', { has: page.getByRole('heading', { name: /^Buses/ }) });
		const canvas = figure.locator('canvas');
		await canvas.scrollIntoViewIfNeeded();
		const box = await canvas.boundingBox();
		if (!box) throw new Error('no canvas');
		// The first of two bars (600 planned buses) fills the lower left of the plot.
		await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.8);
		await page.waitForURL(/\/articles\/000_391bf6d7a003b31a#fact-bishkek-bus-purchase-2026$/);
		await expect.poll(() => inViewport(page, '#fact-bishkek-bus-purchase-2026')).toBe(true);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('a filter change updates the charts and the URL, and reloading shows the same view', async () => {
		const { page, consoleErrors, foreignRequests, requests } = await openChecked(browser);
		await page.goto('/', { waitUntil: 'networkidle' });
		expect(requests.filter((r) => r.endsWith('.wasm'))).toEqual([]);
		const chart = page
			.locator('figure', { has: page.getByRole('heading', { name: 'Facts by sector and status' }) })
			.locator('canvas');
		const before = await chart.screenshot();

		await page.getByRole('combobox', { name: 'Sector' }).selectOption('automotive');
		await page.waitForURL(/\?sector=automotive$/);
		const automotive = (await factsWhere({ filter: { sector: 'automotive' }, order: 'year' })).map(
			(f) => `/articles/${f.article_id}#fact-${f.fact_id}`
		);
		await expect.poll(() => tableSources(page, timeline), { timeout: 30_000 }).toEqual(automotive);
		await expect.poll(async () => (await chart.screenshot()).equals(before)).toBe(false);
		const headlineShown = await page.locator('[data-fact-id]').count();

		await page.reload({ waitUntil: 'networkidle' });
		await expect.poll(() => tableSources(page, timeline), { timeout: 30_000 }).toEqual(automotive);
		expect(await page.getByRole('combobox', { name: 'Sector' }).inputValue()).toBe('automotive');
		expect(await page.locator('[data-fact-id]').count()).toBe(headlineShown);
		// One DuckDB bundle per visit: two visits (the reload), two .wasm fetches.
		expect(requests.filter((r) => r.endsWith('.wasm')).length).toBe(2);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});
});
