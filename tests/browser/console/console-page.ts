// The SQL console's page, as its tests drive it: the query box, the status line, the result.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const box = (page: Page) => page.getByRole('textbox', { name: 'Query' });
export const status = (page: Page) => page.getByRole('status');
export const resultRows = (page: Page) =>
	page.getByRole('region', { name: 'Rows of the result' }).locator('tbody tr');
export const columnCells = (page: Page, column: number) =>
	page
		.getByRole('region', { name: 'Rows of the result' })
		.locator(`tbody tr td:nth-child(${column})`)
		.allTextContents()
		.then((cells) => cells.map((c) => c.trim()));

export const form = (page: Page) => page.locator('form[data-finished]');
/** How many queries the console has finished (with rows, an error or a cancel). */
export const finished = async (page: Page) =>
	Number(await form(page).getAttribute('data-finished'));

/** Types a query and runs it with Ctrl+Enter; resolves once it has finished. */
export async function runQuery(page: Page, sql: string) {
	const before = await finished(page);
	await box(page).fill(sql);
	await box(page).press('Control+Enter');
	await expect.poll(() => finished(page), { timeout: 30_000 }).toBe(before + 1);
}

/** Opens the console; resolves once DuckDB is ready (and a shared query has run). */
export async function openConsole(page: Page, query = '') {
	await page.goto(`/en/data/sql/${query}`);
	await expect.poll(() => form(page).getAttribute('data-phase'), { timeout: 30_000 }).toBe('ready');
	if (query) await expect.poll(() => finished(page), { timeout: 30_000 }).toBe(1);
}
