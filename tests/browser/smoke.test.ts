import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { columnsOf } from '../../src/lib/server/schema/columns';
import { tables } from '../../src/lib/server/schema';
import { tableNames, type TableName } from '../../src/lib/domain/vocabulary';
import { browserForFile, siteUrl, type PageOptions, gotoHydrated } from './harness';
import { openChecked } from './fixtures';
import { tableFile } from '../../src/lib/domain/data-files';

const browser = browserForFile();

const open = (options?: PageOptions) => openChecked(browser, options);

/** The first line of a CSV file, without the byte-order mark that spreadsheet exports start with. */
const firstLine = (csv: string) => csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];

const headerOf = (table: TableName) =>
	columnsOf(tables[table])
		.map((column) => column.name)
		.join(',');

describe('home page', () => {
	test('its prerendered HTML has the heading, without JavaScript', async () => {
		const response = await fetch(siteUrl());
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await response.text()).toMatch(/<h1[^>]*>[^<]*\S[^<]*<\/h1>/);
	});

	test('loads in Chromium with no console error and no foreign request', async () => {
		const { page, consoleErrors, foreignRequests, requests } = await open();
		const response = await gotoHydrated(page, '/ru/');
		expect(response?.status()).toBe(200);
		await expect.poll(() => page.locator('h1').textContent()).toMatch(/\S/);
		// The app's JavaScript ran, so "no console error" covers hydration too.
		expect(requests.some((request) => /\/_app\/immutable\/.+\.js$/.test(request))).toBe(true);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('serves every table at /data/<table>.csv, its schema header first', async () => {
		expect(headerOf('facts')).toMatch(/^fact_id,/);
		for (const table of tableNames) {
			const response = await fetch(new URL(`data/${table}.csv`, siteUrl()));
			expect(response.status, tableFile(table)).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
			expect(firstLine(await response.text()), tableFile(table)).toBe(headerOf(table));
		}
	});

	test('downloads a CSV with a header row from each CSV link', async ({ skip }) => {
		const { page, context } = await open();
		await gotoHydrated(page, '/en/');
		const links = page.locator('a[href$=".csv"]');
		const count = await links.count();
		if (count === 0) {
			await context.close(); // onTestFinished does not run for a skipped test
			skip('the home page links no CSV file');
		}
		for (let i = 0; i < count; i++) {
			const [download] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
			const file = download.suggestedFilename();
			const header = firstLine(await readFile(await download.path(), 'utf8'));
			// A raw table must carry its schema's columns; any other export, at least a header row.
			const table = tableNames.find((name) => file === tableFile(name));
			if (table) expect(header, file).toBe(headerOf(table));
			else expect(header, file).toMatch(/^[a-z_]+(,[a-z_]+)*$/);
		}
	});
});
