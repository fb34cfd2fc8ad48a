// "Download CSV" gives exactly the rows shown, with their sources, in a file Excel reads.
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { indicatorOverviews } from '../../src/lib/claims/indicator-overview';
import {
	claimSources,
	factsWhere,
	openChecked,
	csvSourceOf,
	tableSources,
	timeline
} from './fixtures';
import { browserForFile, gotoHydrated } from './harness';

const browser = browserForFile();

async function downloadFrom(page: Page, figureTitle: string) {
	const figure = page.locator('figure', { has: page.getByRole('heading', { name: figureTitle }) });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('link', { name: 'Download CSV' }).click()
	]);
	const text = await readFile((await download.path()) as string, 'utf8');
	const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
	return { name: download.suggestedFilename(), text, records };
}

describe('CSV of what you see', () => {
	test('unfiltered: the prerendered file holds the rows of the table view', async () => {
		const { page, consoleErrors } = await openChecked(browser);
		await gotoHydrated(page, '/en/');
		const { name, text, records } = await downloadFrom(page, timeline);
		expect(name).toBe('kg-industry_timeline.csv');
		expect(text.startsWith('\uFEFF')).toBe(true);
		// Every fact of the claims shown: the table lists each claim once, the file every source.
		const all = await factsWhere({ order: 'year' });
		expect(records.map((r) => r.source)).toEqual(all.map(csvSourceOf));
		expect(await tableSources(page, timeline)).toEqual(claimSources(all));
		expect(Object.keys(records[0] ?? {})).toEqual(
			expect.arrayContaining(['article_title', 'published', 'quote', 'source'])
		);
		expect(consoleErrors).toEqual([]);
	});

	test('filtered: DuckDB writes exactly the rows shown, named after the filter', async () => {
		// The sector and status of the first fact: a filter that some rows match.
		const [first] = await factsWhere({});
		const { sector, status } = first!;
		const shown = await factsWhere({ filter: { sector, status }, order: 'year' });
		const { page, consoleErrors, foreignRequests } = await openChecked(browser);
		await gotoHydrated(page, `/en/?sector=${sector}&status=${status}`);
		await expect
			.poll(() => tableSources(page, timeline), { timeout: 30_000 })
			.toEqual(claimSources(shown));
		const { name, text, records } = await downloadFrom(page, timeline);
		expect(name).toBe(`kg-industry_timeline_sector-${sector}_status-${status}.csv`);
		expect(text.startsWith('\uFEFFfact_id,')).toBe(true);
		expect(records.map((r) => r.source)).toEqual(shown.map(csvSourceOf));
		expect(new Set(records.map((r) => `${r.sector}/${r.status}`))).toEqual(
			new Set([`${sector}/${status}`])
		);
		expect(records.every((r) => r.value === String(Math.trunc(Number(r.value))))).toBe(true);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('every Download CSV is a keyboard-reachable link on a phone too', async () => {
		const { page } = await openChecked(browser, { viewport: { width: 375, height: 812 } });
		await gotoHydrated(page, '/en/');
		const links = page.getByRole('link', { name: 'Download CSV' });
		// One per chart (the timeline, and each indicator with more than one figure), and one for
		// the headline cards.
		const charts = indicatorOverviews(await factsWhere({})).filter((i) => i.claims.length > 1);
		expect(await links.count()).toBe(2 + charts.length);
		for (const link of await links.all()) {
			expect(await link.isVisible()).toBe(true);
			expect(await link.getAttribute('href')).toMatch(/^\.?\/downloads\/kg-industry_[\w-]+\.csv$/);
		}
	});

	test('the list of sources downloads with one row per article shown', async () => {
		const { page } = await openChecked(browser);
		await gotoHydrated(page, '/en/articles');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('kg-industry_sources.csv');
		const text = await readFile((await download.path()) as string, 'utf8');
		const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
		const shown = await page.locator('tbody td.title > a').allTextContents();
		expect(records.map((r) => r.title)).toEqual(shown);
		expect(Object.keys(records[0] ?? {})).not.toContain('text');
	});
});
