// What the dashboard tests expect, read from the same tables and queries the site is built from.
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { claimsOf, sourcesByArticle } from '../../src/lib/claims/claims';
import { nodeDb } from '../../src/lib/server/db/node';
import { m } from '../../src/lib/paraglide/messages';
import { facts, type FactRow } from '../../src/lib/sql/facts';
import { openPage, siteUrl, type PageOptions } from './harness';

export const headlineFacts = async (): Promise<FactRow[]> =>
	facts(await nodeDb(), { headline: true });
/** The rows of the KPI cards: every reviewed source of each reviewed headline claim. */
export const headlineClaimFacts = async (): Promise<FactRow[]> =>
	facts(await nodeDb(), { headlineClaims: true });
export const factsWhere = async (filter: Parameters<typeof facts>[1]) =>
	facts(await nodeDb(), filter);

/** The indicator with the most claims (the first by id among equals): its page has most to show. */
export async function richestIndicator(): Promise<{ id: string; facts: FactRow[] }> {
	const all = await factsWhere({ order: 'year' });
	const ids = [...new Set(all.map((f) => f.indicator_id))].sort();
	const claims = (id: string) => claimsOf(all.filter((f) => f.indicator_id === id)).length;
	const id = ids.reduce((best, id) => (claims(id) > claims(best) ? id : best));
	return { id, facts: all.filter((f) => f.indicator_id === id) };
}

/** The article with the most facts (the first by id among equals), and its facts. */
export async function richestArticle(): Promise<{ id: string; facts: FactRow[] }> {
	const all = await factsWhere({});
	const ids = [...new Set(all.map((f) => f.article_id))].sort();
	const count = (id: string) => all.filter((f) => f.article_id === id).length;
	const id = ids.reduce((best, id) => (count(id) > count(best) ? id : best));
	return { id, facts: all.filter((f) => f.article_id === id) };
}

/** A sector that has facts: the one with the most (the first in the schema's order among equals). */
export async function busiestSector() {
	const all = await factsWhere({});
	const count = (sector: string) => all.filter((f) => f.sector === sector).length;
	return all.map((f) => f.sector).reduce((best, s) => (count(s) > count(best) ? s : best));
}

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

/** A fact's source link, as `/en/articles/<id>#fact-<id>`. */
export const sourceOf = (f: { article_id: string; fact_id: string }, lang = 'en') =>
	`/${lang}/articles/${f.article_id}#fact-${f.fact_id}`;

/** A fact's `source` in the CSV files: the article's page in its own language, Russian. */
export const csvSourceOf = (f: { article_id: string; fact_id: string }) => sourceOf(f, 'ru');

/**
 * The source links a table of claims shows for `rows`: each claim once, in the order of its first
 * row, with one link per article that states it.
 */
export const claimSources = (rows: FactRow[], lang = 'en') =>
	claimsOf(rows).flatMap((c) => sourcesByArticle(c.sources).map((f) => sourceOf(f, lang)));

/**
 * Clicks the first bar or point of a chart.js canvas: the mouse moves over a grid of the canvas
 * until the chart shows a pointer (Chart.svelte sets it over a mark that links somewhere).
 */
export async function clickChartMark(page: Page, canvas: Locator) {
	await chartDrawn(canvas);
	const box = await canvas.boundingBox();
	if (!box) throw new Error('no canvas');
	for (let y = 0.95; y > 0.05; y -= 0.05) {
		for (let x = 0.05; x < 1; x += 0.025) {
			await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
			if ((await canvas.evaluate((c) => c.style.cursor)) === 'pointer') {
				await page.mouse.down();
				await page.mouse.up();
				return;
			}
		}
	}
	throw new Error('no bar or point found on the canvas');
}

/**
 * Scrolls a chart's canvas into view and waits until chart.js has drawn it: charts load chart.js
 * only when they come near the screen (Chart.svelte).
 */
export async function chartDrawn(canvas: Locator) {
	await canvas.scrollIntoViewIfNeeded();
	await canvas.locator('xpath=ancestor::*[@data-drawn][1]').waitFor();
}

/** The heading of the overview's timeline chart (TimelineChart.svelte). */
export const timeline = m.timeline_title({}, { locale: 'en' });

/** The source links of the table view inside a chart figure, as `/en/articles/<id>#fact-<id>`. */
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
