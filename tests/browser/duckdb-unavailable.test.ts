// Without DuckDB (every .wasm blocked): the prerendered dashboard still works, and each interactive
// part says plainly that it is unavailable, with no spinner left turning.
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { box, finished, form, status } from './console/console-page';
import {
	busiestSector,
	claimSources,
	factsWhere,
	openChecked,
	csvSourceOf,
	tableSources,
	timeline,
	unrelatedErrors
} from './fixtures';
import { browserForFile, gotoHydrated } from './harness';

const browser = browserForFile();

describe('DuckDB unavailable', () => {
	test('choosing a filter on / says filtering is unavailable; the CSV is of the rows still shown', async () => {
		const { page, consoleErrors, blockedWasm } = await openChecked(browser, { blockWasm: true });
		await gotoHydrated(page, '/en/');
		await page.getByRole('combobox', { name: 'Sector' }).selectOption(await busiestSector());
		const filters = page.locator('.filters [role=status]');
		await expect
			.poll(async () => (await filters.textContent())?.replace(/\s+/g, ' '), { timeout: 20_000 })
			.toMatch(
				/Filtering is unavailable: the query engine could not be loaded \(.+\)\. Showing all facts\./
			);
		expect(await page.locator('.spinner').count()).toBe(0);
		expect(blockedWasm.length).toBeGreaterThan(0);

		// The page shows every fact, says nothing of a filter, and its CSV is the prerendered file
		// of those same rows.
		const all = await factsWhere({ order: 'year' });
		expect(await tableSources(page, timeline)).toEqual(claimSources(all));
		expect(await page.locator('p.filtered').count()).toBe(0);
		const figure = page.locator('figure', { has: page.getByRole('heading', { name: timeline }) });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			figure.getByRole('link', { name: 'Download CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('kg-industry_timeline.csv');
		const text = await readFile((await download.path()) as string, 'utf8');
		const records = parse(text, { bom: true, columns: true }) as { source: string }[];
		expect(records.map((r) => r.source)).toEqual(all.map(csvSourceOf));
		expect(unrelatedErrors(consoleErrors)).toEqual([]);
	});

	test('the SQL console says it is unavailable, stops spinning, and Run tries again', async () => {
		const { page, consoleErrors, blockedWasm } = await openChecked(browser, { blockWasm: true });
		await page.goto('/en/data/sql/');
		await expect
			.poll(() => form(page).getAttribute('data-phase'), { timeout: 30_000 })
			.toBe('unavailable');
		expect(await status(page).textContent()).toBe(
			'DuckDB could not start, so the console is unavailable.'
		);
		const alert = page.getByRole('alert');
		expect(await alert.textContent()).toMatch(
			/^The SQL console is unavailable: DuckDB could not be loaded in this tab\./
		);
		expect(await alert.getByRole('link', { name: 'Data page' }).getAttribute('href')).toMatch(
			/\/data\/$/
		);

		// The box stays usable; Run tries again and says the same, rather than hanging.
		await box(page).fill('SELECT 1');
		const before = await finished(page);
		await page.getByRole('button', { name: 'Run' }).click();
		await expect.poll(() => finished(page), { timeout: 30_000 }).toBe(before + 1);
		expect(await form(page).getAttribute('data-phase')).toBe('unavailable');
		expect(await status(page).textContent()).toMatch(/console is unavailable/);
		expect(await page.getByRole('region', { name: 'Rows of the result' }).count()).toBe(0);
		expect(blockedWasm.length).toBeGreaterThanOrEqual(2);
		expect(unrelatedErrors(consoleErrors)).toEqual([]);
	});
});
