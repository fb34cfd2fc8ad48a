/**
 * Claims, disagreements and drafts on a site built with the articles of tests/fixtures/claims/
 * added (the real archive may have none of them): a claim two articles state is drawn once with
 * both sources; two articles that disagree are shown as a disagreement; a draft's facts are marked
 * unreviewed wherever they are listed and never reach a KPI card; and the fixture's indicator, new
 * to the archive, reaches the overview and its own page with no change of code. What each page
 * should show is worked out from the fixture site's own tables.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { claimsOf, sourcesByArticle, type Claim } from '../../src/lib/claims/claims';
import { indicatorOverviews } from '../../src/lib/claims/indicator-overview';
import { disagreementsOf } from '../../src/lib/claims/observations';
import { nodeDb } from '../../src/lib/server/db/node';
import { formatQuantity } from '../../src/lib/domain/format';
import { facts, type FactRow } from '../../src/lib/sql/facts';
import { tableRows } from '../../src/lib/sql/test-tables';
import { browserForFile, fixtureSite, openPage, screenshot, gotoHydrated } from './harness';
import { fixtureDir } from './fixture-site';

const fixture = fixtureDir('claims');
const [indicator] = parse(await readFile(join(fixture, 'indicators.yaml'), 'utf8')).indicators as [
	{ id: string; label_en: string }
];
// The fixture's indicator is new: no archive holds it, so no code can name it.
if (tableRows('indicators').some((i) => i.indicator_id === indicator.id)) {
	throw new Error(`the archive already has ${indicator.id}: rename the fixture's indicator`);
}

const browser = browserForFile();
const site = fixtureSite();
/** The fixture site's facts, and what the site derives from them. */
let all: FactRow[];
let mine: FactRow[];
let kpiRows: FactRow[];
beforeAll(async () => {
	const db = await nodeDb(site.dataDir);
	all = await facts(db, { order: 'year' });
	mine = all.filter((f) => f.indicator_id === indicator.id);
	kpiRows = await facts(db, { headlineClaims: true });
});

/** A page of the fixture site, failing its test on any console error, CSP violation or foreign request. */
async function open(path: string) {
	const opened = await openPage(browser, site.url);
	onTestFinished(async () => {
		await opened.context.close();
		expect(opened.cspViolations, 'Content-Security-Policy violations').toEqual([]);
		expect(opened.consoleErrors, 'console errors').toEqual([]);
		expect(opened.foreignRequests, 'foreign requests').toEqual([]);
	});
	await gotoHydrated(opened.page, path);
	return opened.page;
}

const link = (f: FactRow) => `/en/articles/${f.article_id}#fact-${f.fact_id}`;
/** The source links inside an element, as `/en/articles/<id>#fact-<id>`. */
const sourcesIn = (page: Page, selector: string) =>
	page
		.locator(selector)
		.locator('a.source')
		.evaluateAll((as) =>
			as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash)
		);
const expectedSources = (claim: Claim) => sourcesByArticle(claim.sources).map(link);
/** The claims of the fixture's indicator that more than one article states. */
const shared = () => claimsOf(mine).filter((c) => c.articles > 1);
/** A table view's row that holds a claim's figure (its first source's link). */
const rowOf = (claim: Claim) => `tr:has(a.source[href$="#fact-${claim.fact.fact_id}"])`;

describe('claims', () => {
	test('a claim two articles state is one KPI card listing both sources', async () => {
		const claims = claimsOf(kpiRows).filter((c) => c.articles > 1);
		expect(claims.length).toBeGreaterThan(0);
		const page = await open('/en/');
		for (const claim of claims) {
			const card = `article.kpi:has([data-fact-id="${claim.fact.fact_id}"])`;
			expect(await page.locator(card).count()).toBe(1);
			expect(await page.locator(card).textContent()).toContain(
				`Reported in ${claim.articles} articles`
			);
			expect(await sourcesIn(page, card)).toEqual(expectedSources(claim));
			// Drawn once: no other figure of any card is another source of the same claim.
			for (const other of claim.sources.slice(1)) {
				expect(await page.locator(`article.kpi [data-fact-id="${other.fact_id}"]`).count()).toBe(0);
			}
		}
		await screenshot(page, 'claims-overview-1280');
	});

	test("charts draw it once: one row in the indicator's table view and the timeline's, both sources", async () => {
		const claims = shared();
		expect(claims.length).toBeGreaterThan(0);
		for (const path of [`/en/indicators/${indicator.id}`, '/en/']) {
			const page = await open(path);
			const figure = path === '/en/' ? 'figure:has(h2:text("Timeline"))' : 'figure';
			for (const claim of claims) {
				const rows = `${figure} details ${rowOf(claim)}`;
				expect(await page.locator(rows).count(), path).toBe(1);
				expect(await sourcesIn(page, rows), path).toEqual(expectedSources(claim));
			}
		}
	});

	test('an article says where else its figures were reported', async () => {
		const [claim] = shared();
		const [first, ...others] = sourcesByArticle(claim!.sources);
		const page = await open(`/en/articles/${first!.article_id}`);
		const row = `section.facts tr:has(a[href$="#fact-${first!.fact_id}"])`;
		expect(await sourcesIn(page, `${row} td.elsewhere`)).toEqual(others.map(link));
		await screenshot(page, 'claims-article-1280');
	});
});

describe('disagreements', () => {
	test('two articles with different values for one status, period and area: both shown, each with its sources', async () => {
		const disagreements = disagreementsOf(claimsOf(mine));
		expect(disagreements.length).toBeGreaterThan(0);
		const page = await open(`/en/indicators/${indicator.id}`);
		const section = page.locator('section.disagreements');
		expect(await section.getByRole('heading').textContent()).toBe('Sources disagree');
		const items = section.locator('li');
		for (const [i, observation] of disagreements.entries()) {
			const item = `section.disagreements > ul > li:nth-child(${i + 1})`;
			const values = await page.locator(`${item} a.value`).allTextContents();
			expect(values).toEqual(observation.claims.map((c) => formatQuantity(c.fact, 'en')));
			expect(await sourcesIn(page, item)).toEqual(observation.claims.flatMap(expectedSources));
		}
		expect(await items.count()).toBeGreaterThanOrEqual(disagreements.length);
		// Never averaged: no value on the page that no source states.
		const stated = new Set(mine.map((f) => formatQuantity(f, 'en')));
		for (const value of await page.locator('section.disagreements a.value').allTextContents()) {
			expect(stated).toContain(value);
		}
		await screenshot(page, 'claims-indicator-1280');
	});
});

describe('drafts', () => {
	test('an unreviewed fact is marked on the indicator page, its article and the table views', async () => {
		const drafts = all.filter((f) => !f.reviewed);
		expect(drafts.length).toBeGreaterThan(0);
		const [draft] = drafts;
		const mark = (scope: string) =>
			`${scope}:has(a.source[href$="#fact-${draft!.fact_id}"]) .unreviewed`;

		let page = await open(`/en/indicators/${draft!.indicator_id}`);
		expect(await page.locator(mark('li.observation .cite')).textContent()).toBe('unreviewed');
		expect(await page.locator(mark('figure details tr')).textContent()).toBe('unreviewed');

		page = await open(`/en/articles/${draft!.article_id}`);
		const row = page.locator(`section.facts tr:has(a[href$="#fact-${draft!.fact_id}"])`);
		expect(await row.locator('.unreviewed').textContent()).toBe('unreviewed');
		expect(await page.locator('header .draft').innerText()).toMatch(/no person has checked/);

		page = await open('/en/');
		expect(await page.locator(mark('figure:has(h2:text("Timeline")) details tr')).count()).toBe(1);
		expect(await page.locator(mark('article.indicator')).count()).toBeGreaterThan(0);
	});

	test('an unreviewed fact never reaches a KPI card, even when marked headline', async () => {
		const drafts = all.filter((f) => !f.reviewed && f.headline);
		expect(drafts.length).toBeGreaterThan(0);
		const page = await open('/en/');
		for (const draft of drafts) {
			expect(await page.locator(`article.kpi [data-fact-id="${draft.fact_id}"]`).count()).toBe(0);
			expect(await page.locator(`article.kpi a[href$="#fact-${draft.fact_id}"]`).count()).toBe(0);
		}
		expect(await page.locator('article.kpi .unreviewed').count()).toBe(0);
	});
});

describe('a new indicator', () => {
	test('reaches the overview, with its latest actual, its plan and the progress toward it', async () => {
		const [overview] = indicatorOverviews(mine);
		const page = await open('/en/');
		const card = page.locator('article.indicator', {
			has: page.getByRole('heading', { name: indicator.label_en })
		});
		expect(await card.count()).toBe(1);
		const href = await card.getByRole('link', { name: indicator.label_en }).getAttribute('href');
		expect(href).toMatch(new RegExp(`^(\\.\\.)?/en/indicators/${indicator.id}$`));
		const shown = await card
			.locator('dd > .figure a.value, dd > .disputed a.value')
			.allTextContents();
		const expected = [...overview!.latest, ...overview!.goals.map((g) => g.observation)].flatMap(
			(o) => o.claims.map((c) => formatQuantity(c.fact, 'en'))
		);
		expect(shown).toEqual(expected);
		const withProgress = overview!.goals.filter((g) => g.progress);
		expect(withProgress.length).toBeGreaterThan(0);
		for (const goal of withProgress) {
			expect(await card.locator('.progress').first().textContent()).toContain(
				formatQuantity(goal.progress!.share, 'en')
			);
		}
		expect(await card.locator('meter').count()).toBe(withProgress.length);
	});

	test('gets its page, with every figure and its sources', async () => {
		const page = await open(`/en/indicators/${indicator.id}`);
		expect(await page.locator('h1').textContent()).toBe(indicator.label_en);
		expect(await page.locator('li.observation').count()).toBe(claimsOf(mine).length);
		expect((await sourcesIn(page, 'ol.observations')).sort()).toEqual(mine.map(link).sort());
		expect(await page.locator('div.chart[role="img"] canvas').count()).toBe(1);
	});
});
