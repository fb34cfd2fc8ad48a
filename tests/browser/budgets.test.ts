// The performance budgets that do not depend on the machine's speed: what the first paint costs in
// bytes, and when and how often DuckDB's WebAssembly is fetched. Timings are `npm run bench`'s job.
import { describe, expect, test } from 'vitest';
import { firstPaintResources } from '../../scripts/bench/first-paint';
import { openChecked } from './fixtures';
import { browserForFile, duckdbReady, siteUrl } from './harness';

const browser = browserForFile();

const wasmRequests = (requests: string[]) => requests.filter((r) => r.endsWith('.wasm'));

describe('budgets', () => {
	test('the first paint of / needs under 150 KB gzipped of HTML, JS and CSS, and no DuckDB', async () => {
		const { page, requests } = await openChecked(browser);
		await page.goto('/en/', { waitUntil: 'networkidle' });
		const paint = await firstPaintResources(page, siteUrl());
		const kinds = new Set(paint.resources.map((r) => r.kind));
		expect(kinds).toEqual(new Set(['html', 'js', 'css']));
		expect(paint.resources.every((r) => r.gzipBytes > 0)).toBe(true);
		expect(paint.firstKpiPaintMs).toBeGreaterThan(0);
		expect(paint.gzippedBytes).toBeLessThan(150 * 1024);
		expect(requests.filter((r) => /duckdb/i.test(r))).toEqual([]);
	});

	test.each(['/en/?sector=automotive', '/en/data/sql/'])(
		'%s fetches DuckDB’s .wasm only after the first paint',
		async (path) => {
			const { page, requests } = await openChecked(browser);
			await page.goto(path);
			await duckdbReady(page);
			expect(wasmRequests(requests)).toHaveLength(1);
			const paint = await firstPaintResources(page, siteUrl());
			expect(paint.wasmBeforePaint).toEqual([]);
		}
	);

	test('one .wasm per visit: a filter, then the console, then its queries, share one fetch', async () => {
		const { page, requests, consoleErrors } = await openChecked(browser);
		await page.goto('/en/?sector=automotive');
		await duckdbReady(page);
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Data' })
			.click();
		await page.getByRole('link', { name: 'SQL console' }).click();
		await page.waitForURL((url) => url.pathname === '/en/data/sql/');
		await page.locator('form[data-phase="ready"]').waitFor({ timeout: 30_000 });
		await page.getByRole('textbox', { name: 'Query' }).fill('SELECT count(*) FROM facts');
		await page.getByRole('button', { name: 'Run' }).click();
		await page.locator('form[data-finished="1"]').waitFor({ timeout: 30_000 });
		expect(await page.getByRole('region', { name: 'Rows of the result' }).count()).toBe(1);
		expect(wasmRequests(requests)).toHaveLength(1);
		expect(consoleErrors).toEqual([]);
	});
});
