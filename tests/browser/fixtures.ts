// What the dashboard tests expect, read from the same tables and queries the site is built from.
import type { Browser, Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { nodeDb } from '../../src/lib/db/node';
import { facts, type FactRow } from '../../src/lib/sql/facts';
import { openPage, siteUrl, type PageOptions } from './harness';

export const headlineFacts = async (): Promise<FactRow[]> =>
	facts(await nodeDb(), { headline: true });
export const factsWhere = async (filter: Parameters<typeof facts>[1]) =>
	facts(await nodeDb(), filter);

/**
 * A page closed when the test ends, which then fails the test on any Content-Security-Policy
 * violation (console errors and foreign requests each test asserts itself).
 */
export async function openChecked(browser: Browser, options?: PageOptions) {
	const opened = await openPage(browser, siteUrl(), options);
	onTestFinished(async () => {
		await opened.context.close();
		expect(opened.cspViolations, 'Content-Security-Policy violations').toEqual([]);
	});
	return opened;
}

/** Console errors other than those of DuckDB's blocked or failed WebAssembly. */
export const unrelatedErrors = (errors: string[]) =>
	errors.filter((e) => !/wasm|WebAssembly|fetch/i.test(e));

/** The heading of the overview's timeline chart (TimelineChart.svelte). */
export const timeline = 'Timeline: events, actuals, plans and targets by year';

/** The source links of the table view inside a chart figure, as `/articles/<id>#fact-<id>`. */
export function tableSources(page: Page, figureTitle: string) {
	return page
		.locator('figure', { has: page.getByRole('heading', { name: figureTitle }) })
		.locator('details table tbody a.source')
		.evaluateAll((links) =>
			links.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash)
		);
}

/** Whether an element lies within the visible part of the window. */
export function inViewport(page: Page, selector: string) {
	return page.evaluate((sel) => {
		const box = document.querySelector(sel)?.getBoundingClientRect();
		return !!box && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
	}, selector);
}
