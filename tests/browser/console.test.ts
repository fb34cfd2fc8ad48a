// The SQL console at /data/sql: queries, errors, CSV, shared links, cancel, and its isolation.
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { nodeDb } from '../../src/lib/server/db/node';
import { openChecked } from './fixtures';
import { browserForFile } from './harness';
import {
	box,
	columnCells,
	openConsole,
	resultRows,
	runQuery,
	status
} from './console/console-page';

const browser = browserForFile();

const factCount = async () => {
	const [row] = await (await nodeDb()).query<{ n: number }>('SELECT count(*) AS n FROM facts');
	return row?.n ?? 0;
};

describe('SQL console', () => {
	test('opening the console starts DuckDB and says so; the box is usable meanwhile', async () => {
		const { page, requests } = await openChecked(browser);
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/*.wasm', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/en/data/sql/');
		await expect
			.poll(() => status(page).textContent(), { timeout: 30_000 })
			.toBe('Starting DuckDB in this tab…');
		await box(page).fill('SELECT 1 AS one');
		await expect
			.poll(() => requests.filter((r) => r.endsWith('.wasm')).length, { timeout: 30_000 })
			.toBe(1);
		expect(await status(page).textContent()).toBe('Starting DuckDB in this tab…');
		release();
		await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe('Ready.');
	});

	test('a shared address opens with its query run; a query shows its rows, the total and the time, and goes into the address', async () => {
		const { page, consoleErrors, foreignRequests } = await openChecked(browser);
		const shared = "SELECT indicator_id FROM indicators WHERE sector = 'automotive' ORDER BY 1";
		await openConsole(page, `?${new URLSearchParams({ q: shared })}`);
		expect(await box(page).inputValue()).toBe(shared);
		const expected = await (await nodeDb()).query<{ indicator_id: string }>(shared);
		expect(expected.length).toBeGreaterThan(0);
		expect(await columnCells(page, 1)).toEqual(expected.map((r) => r.indicator_id));

		await runQuery(page, 'SELECT fact_id, value FROM facts ORDER BY fact_id');
		const n = await factCount();
		expect(await resultRows(page).count()).toBe(n);
		expect(await status(page).textContent()).toMatch(new RegExp(`^${n} rows · \\d+ ms$`));
		const ids = await (
			await nodeDb()
		).query<{ fact_id: string }>('SELECT fact_id FROM facts ORDER BY fact_id');
		expect(await columnCells(page, 1)).toEqual(ids.map((r) => r.fact_id));
		expect(new URL(page.url()).searchParams.get('q')).toBe(
			'SELECT fact_id, value FROM facts ORDER BY fact_id'
		);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('a broken query shows DuckDB’s error inline; the next query runs, and Download CSV gives its whole result with the site’s CSV rules', async () => {
		const { page, consoleErrors } = await openChecked(browser);
		await openConsole(page);
		await runQuery(page, 'SELECT nope FROM facts');
		const alert = page.getByRole('alert');
		await expect.poll(() => alert.textContent()).toMatch(/Binder Error: .*"nope"/);
		expect(await resultRows(page).count()).toBe(0);

		await runQuery(page, "SELECT fact_id, value, '=cmd' AS risky FROM facts ORDER BY fact_id");
		expect(await alert.count()).toBe(0);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('kg-industry_query.csv');
		const text = await readFile((await download.path()) as string, 'utf8');
		expect(text.startsWith('\uFEFFfact_id,value,risky')).toBe(true);
		const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
		expect(records.map((r) => r.fact_id)).toEqual(await columnCells(page, 1));
		expect(records.every((r) => r.risky === "'=cmd")).toBe(true);
		// DuckDB shows 3000.0; the CSV, like every CSV of the site, writes a whole number as 3000.
		expect(records.every((r) => !r.value?.endsWith('.0'))).toBe(true);
		expect(consoleErrors).toEqual([]);
	});

	test('a huge result shows its first 1,000 rows; an endless query is cancelled; one .wasm', async () => {
		const { page, requests, consoleErrors } = await openChecked(browser);
		await openConsole(page);
		await runQuery(page, 'SELECT * FROM range(10000000)');
		expect(await status(page).textContent()).toMatch(
			/^10,000,000 rows, the first 1,000 shown · [\d,]+ ms$/
		);
		expect(await resultRows(page).count()).toBe(1000);

		await box(page).fill('SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b');
		await page.getByRole('button', { name: 'Run' }).click();
		// After ten million rows DuckDB starts afresh first, to give their memory back.
		await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe('Running…');
		// The page answers while DuckDB works in its worker.
		const started = Date.now();
		expect(await page.evaluate(() => document.title)).toMatch(/SQL console/);
		expect(Date.now() - started).toBeLessThan(1000);
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect
			.poll(() => page.locator('.notice').textContent(), { timeout: 30_000 })
			.toMatch(/^Cancelled\. DuckDB was restarted/);
		await runQuery(page, 'SELECT 42 AS answer');
		expect(await columnCells(page, 1)).toEqual(['42']);
		// Two restarts (after the large result, after the cancel), and still one WebAssembly fetch.
		expect(requests.filter((r) => r.endsWith('.wasm'))).toHaveLength(1);
		expect(consoleErrors).toEqual([]);
	});

	test('what the console changes stays in it: the dashboard is untouched, a reload starts afresh', async () => {
		const { page, consoleErrors } = await openChecked(browser);
		await openConsole(page);
		await runQuery(page, 'DROP TABLE facts');
		await runQuery(page, 'SELECT count(*) FROM facts');
		await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/facts does not exist/);

		await page.getByRole('link', { name: 'Overview' }).click();
		await page.waitForURL((url) => url.pathname === '/en/');
		await page.locator('select[name=sector]').selectOption('automotive');
		await page.waitForURL((url) => url.searchParams.get('sector') === 'automotive');
		const timeline = page.locator('figure', {
			has: page.getByRole('heading', { name: /^Timeline/ })
		});
		await expect
			.poll(() => timeline.locator('details table tbody tr').count(), { timeout: 30_000 })
			.toBeGreaterThan(0);

		await openConsole(page);
		await runQuery(page, 'SELECT count(*) FROM facts');
		expect(await columnCells(page, 1)).toEqual([String(await factCount())]);
		expect(consoleErrors).toEqual([]);
	});
});
