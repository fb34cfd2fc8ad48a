// /data: the tables to download, with their sizes, one archive of everything, the data dictionary and
// how to cite, checked against the files in static/data.
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, onTestFinished, test } from 'vitest';
import {
	citationText,
	dataAsOf,
	datasetCitation,
	factCitation
} from '../../src/lib/dataset/citation';
import { parseCsv } from '../../src/lib/server/csv';
import { Article, Fact } from '../../src/lib/server/schema';
import { openChecked } from './fixtures';
import {
	browserForFile,
	desktopViewport,
	phoneViewport,
	screenshot,
	siteUrl,
	gotoHydrated
} from './harness';
import { dataFolder, tableFile } from '../../src/lib/domain/data-files';
import type { TableName } from '../../src/lib/domain/vocabulary';

// The four tables, stated here rather than read from the code that the page is built from.
const tables: TableName[] = ['facts', 'indicators', 'articles', 'mentions'];
const file = (table: TableName) => readFileSync(join(dataFolder, tableFile(table)));
const records = (table: TableName) =>
	parse(file(table), { columns: true }) as Record<string, string>[];
const header = (table: TableName) => (parse(file(table), { to_line: 1 }) as string[][])[0] ?? [];

const browser = browserForFile();

describe('/data', () => {
	test('lists the four tables with their row counts and links to the files as they are', async () => {
		const { page, consoleErrors, foreignRequests, requests } = await openChecked(browser);
		await gotoHydrated(page, '/en/data/');
		expect(
			await page.getByRole('link', { name: 'Data', exact: true }).getAttribute('aria-current')
		).toBe('page');
		const rows = page.locator('table.downloads tbody tr');
		expect(await rows.locator('th').allTextContents()).toEqual(tables);
		for (const table of tables) {
			const row = page.locator(`table.downloads tr[data-table="${table}"]`);
			const shown = Number((await row.locator('.rows').textContent())?.replaceAll(',', ''));
			expect(shown, table).toBe(records(table).length);
			const href = await row.getByRole('link', { name: tableFile(table) }).getAttribute('href');
			const served = await fetch(new URL(href ?? '', page.url()));
			expect(Buffer.from(await served.arrayBuffer()).equals(file(table)), table).toBe(true);
		}
		// The footer lists the same files, separated as words are.
		expect(await page.locator('.site-footer').innerText()).toContain(
			tables.map((t) => tableFile(t)).join(', ')
		);
		// DuckDB never starts here: nothing on this page needs it.
		expect(requests.filter((r) => /\.wasm(\?|$)/.test(r))).toEqual([]);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('"Download everything" gives a zip of the four CSV files, byte for byte, and a README', async () => {
		const { page, consoleErrors, foreignRequests } = await openChecked(browser);
		await gotoHydrated(page, '/en/data/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download everything' }).click()
		]);
		expect(download.suggestedFilename()).toBe('kg-industry-data.zip');
		const files = unzipSync(new Uint8Array(await readFile(await download.path())));
		expect(Object.keys(files).sort()).toEqual(
			['README.md', ...tables.map((t) => tableFile(t))].map((f) => `kg-industry-data/${f}`).sort()
		);
		for (const table of tables) {
			const zipped = Buffer.from(files[`kg-industry-data/${table}.csv`]!);
			expect(zipped.equals(file(table)), table).toBe(true);
		}
		const readme = new TextDecoder().decode(files['kg-industry-data/README.md']);
		for (const table of tables)
			for (const column of header(table)) expect(readme).toContain(`\`${column}\``);
		const response = await fetch(new URL('data/kg-industry-data.zip', siteUrl()));
		expect(response.headers.get('content-type')).toBe('application/zip');
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('the dictionary lists every column of every file, with its meaning', async () => {
		const { page } = await openChecked(browser);
		await gotoHydrated(page, '/en/data/');
		for (const table of tables) {
			const section = page.locator(`section#table-${table}`);
			expect(await section.getByRole('heading').first().textContent()).toBe(table);
			expect(await section.locator('.description').textContent()).toMatch(/^One \w+/);
			const columns = section.locator('tbody tr');
			expect(await columns.locator('th[scope="row"] code').allTextContents(), table).toEqual(
				header(table)
			);
			for (const type of await columns.locator('th[scope="row"] .type').allTextContents()) {
				expect(type).toMatch(/^(integer|number|boolean|text)(, nullable)?$/);
			}
			for (const meaning of await columns.locator('td:last-child').allTextContents()) {
				expect(meaning.trim().length).toBeGreaterThan(10);
			}
		}
		// Another page can link straight to a table's columns.
		await gotoHydrated(page, '/en/data/#table-mentions');
		expect(await page.locator('section#table-mentions h3').isVisible()).toBe(true);
	});

	test('citations: prerendered without the address, which the browser adds', async () => {
		const asOf = dataAsOf(parseCsv(Article, file('articles').toString()));
		const datasetText = citationText(datasetCitation(asOf, 'en'));
		const noJs = await browser.newContext({ baseURL: siteUrl(), javaScriptEnabled: false });
		onTestFinished(() => noJs.close());
		const plain = await noJs.newPage();
		await plain.goto('/en/data/');
		const prerendered = await plain.locator('.citation .text').allTextContents();
		expect(prerendered[0]).toBe(datasetText);
		// The example is a real headline fact, cited from its row and its article's row.
		const cited = / Fact ([a-z0-9_-]+) in /.exec(prerendered[1] ?? '')?.[1];
		const fact = parseCsv(Fact, file('facts').toString()).find((f) => f.fact_id === cited);
		expect(fact?.headline).toBe(true);
		const article = parseCsv(Article, file('articles').toString()).find(
			(a) => a.article_id === fact?.article_id
		);
		expect(prerendered[1]).toBe(citationText(factCitation(fact!, article!, asOf, 'en')));
		expect(prerendered[1]).toContain(fact!.quote);

		const { page, consoleErrors } = await openChecked(browser);
		await gotoHydrated(page, '/en/data/');
		await expect
			.poll(() => page.locator('.citation .text').first().textContent())
			.toBe(`${datasetText} ${siteUrl()}en/data/`);
		expect(consoleErrors).toEqual([]);
	});

	test.each([
		[1280, desktopViewport],
		[375, phoneViewport]
	])('renders at %i px without horizontal scrolling', async (width, viewport) => {
		const { page, consoleErrors } = await openChecked(browser, { viewport });
		await gotoHydrated(page, '/en/data/');
		await screenshot(page, `data-${width}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			width
		);
		// The list of files fits; only a dictionary table may scroll, inside its own box.
		const downloads = page.locator('table.downloads');
		expect((await downloads.boundingBox())?.width).toBeLessThanOrEqual(width - 32);
		expect(consoleErrors).toEqual([]);
	});
});
