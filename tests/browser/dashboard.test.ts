// The overview against the built site: prerendered figures, sources one click away, filters in the
// URL re-queried by DuckDB-wasm, and nothing fetched from any other host. What it should show is
// worked out from the tables the site was built from.
import { locales } from '../../src/lib/domain/locale';
import { describe, expect, test } from 'vitest';
import { claimsOf, sourcesByArticle } from '../../src/lib/claims/claims';
import { indicatorOverviews } from '../../src/lib/claims/indicator-overview';
import { nodeDb } from '../../src/lib/server/db/node';
import { formatChain, formatQuantity } from '../../src/lib/domain/format';
import { mentionsOfArticle } from '../../src/lib/sql/catalogue';
import {
	busiestSector,
	claimSources,
	chartDrawn,
	clickChartMark,
	factsWhere,
	headlineClaimFacts,
	inViewport,
	openChecked,
	sourceOf,
	tableSources,
	timeline,
	unrelatedErrors
} from './fixtures';
import { browserForFile, siteUrl, gotoHydrated, hydrated } from './harness';

const browser = browserForFile();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('overview', () => {
	test.each(locales)(
		'the prerendered /%s/ holds every headline claim once, in its language, with each of its sources',
		async (lang) => {
			const html = await (await fetch(new URL(`${lang}/`, siteUrl()))).text();
			const claims = claimsOf(await headlineClaimFacts());
			expect(claims.length).toBeGreaterThan(0);
			for (const claim of claims) {
				const { fact } = claim;
				// A figure followed by another of its statement writes its sign once, after the last.
				const written = [formatQuantity(fact, lang), formatChain([fact, fact], lang)[0]!];
				const value = new RegExp(
					`data-fact-id="${fact.fact_id}"[^>]*elementtiming="kpi-value"[^>]*>(${written.map(escapeRegExp).join('|')})<`
				);
				expect(html, fact.fact_id).toMatch(value);
				// Prerendered links are relative (./articles/…), so the site works under any base path.
				for (const source of sourcesByArticle(claim.sources)) {
					expect(html).toContain(`href="..${sourceOf(source, lang)}"`);
				}
			}
		}
	);

	test('every indicator with facts has a card linking to its page, its figures linked to their sentences', async () => {
		const html = await (await fetch(new URL('en/', siteUrl()))).text();
		for (const indicator of indicatorOverviews(await factsWhere({ order: 'year' }))) {
			expect(html).toContain(`href="../en/indicators/${indicator.indicatorId}"`);
			for (const observation of indicator.latest) {
				for (const { fact } of observation.claims) {
					expect(html).toContain(`href="..${sourceOf(fact)}"`);
				}
			}
		}
	});

	test('with every .wasm blocked, cards, tables and source links still show', async () => {
		const { page, consoleErrors, foreignRequests, blockedWasm } = await openChecked(browser, {
			blockWasm: true
		});
		await gotoHydrated(page, `/en/?sector=${await busiestSector()}`);
		for (const { fact } of claimsOf(await headlineClaimFacts())) {
			await expect
				.poll(() => page.locator(`article.kpi [data-fact-id="${fact.fact_id}"]`).count())
				.toBe(1);
		}
		expect(await tableSources(page, timeline)).toEqual(
			claimSources(await factsWhere({ order: 'year' }))
		);
		// The filter could not run: the page says so instead of failing silently.
		await page.getByRole('combobox', { name: 'Sector' }).focus();
		await page.keyboard.press('ArrowDown');
		await expect
			.poll(() => page.locator('.filters').textContent(), { timeout: 20_000 })
			.toMatch(/unavailable/i);
		expect(blockedWasm.length).toBeGreaterThan(0);
		expect(foreignRequests).toEqual([]);
		expect(unrelatedErrors(consoleErrors)).toEqual([]);
	});

	test("a KPI card's source opens the article with the figure highlighted and in view", async () => {
		const [claim] = claimsOf(await headlineClaimFacts());
		const fact = claim!.fact;
		const mention = (await mentionsOfArticle(await nodeDb(), fact.article_id)).find(
			(m) => m.fact_id === fact.fact_id
		);
		const { page, consoleErrors, foreignRequests } = await openChecked(browser);
		await gotoHydrated(page, '/en/');
		const card = page.locator('article.kpi', {
			has: page.locator(`[data-fact-id="${fact.fact_id}"]`)
		});
		await card.locator(`a.source[href$="#fact-${fact.fact_id}"]`).click();
		await page.waitForURL((url) => url.pathname + url.hash === sourceOf(fact));
		const mark = `#fact-${fact.fact_id}`;
		await expect.poll(() => inViewport(page, mark)).toBe(true);
		expect(await page.locator(mark).evaluate((el) => el.tagName)).toBe('MARK');
		expect(await page.locator(mark).textContent()).toBe(mention?.surface);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('clicking a point of the timeline or a bar of an indicator opens the source of that figure', async () => {
		const all = await factsWhere({ order: 'year' });
		const { page, consoleErrors, foreignRequests } = await openChecked(browser);
		await gotoHydrated(page, '/en/');
		const figure = page.locator('figure', { has: page.getByRole('heading', { name: timeline }) });
		await clickChartMark(page, figure.locator('canvas'));
		await page.waitForURL((url) => url.pathname.startsWith('/en/articles/'));
		const opened = new URL(page.url());
		expect(all.map((f) => sourceOf(f))).toContain(opened.pathname + opened.hash);
		await expect.poll(() => inViewport(page, opened.hash)).toBe(true);

		// An indicator's own chart, when one has more than one figure.
		const charted = indicatorOverviews(all).find((i) => i.claims.length > 1);
		if (charted) {
			await gotoHydrated(page, '/en/');
			const card = page.locator('article.indicator', {
				has: page.locator(`h3 a[href$="/indicators/${charted.indicatorId}"]`)
			});
			await clickChartMark(page, card.locator('canvas'));
			await page.waitForURL((url) => url.pathname.startsWith('/en/articles/'));
			const url = new URL(page.url());
			expect(charted.claims.map((c) => sourceOf(c.fact))).toContain(url.pathname + url.hash);
		}
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('a filter change updates the charts and the URL, and reloading shows the same view', async () => {
		const { page, consoleErrors, foreignRequests, requests } = await openChecked(browser);
		await gotoHydrated(page, '/en/');
		expect(requests.filter((r) => r.endsWith('.wasm'))).toEqual([]);
		const chart = page
			.locator('figure', { has: page.getByRole('heading', { name: timeline }) })
			.locator('canvas');
		await chartDrawn(chart);
		const before = await chart.screenshot();

		const sector = await busiestSector();
		const others = (await factsWhere({})).filter((f) => f.sector !== sector);
		await page.getByRole('combobox', { name: 'Sector' }).selectOption(sector);
		await page.waitForURL((url) => url.searchParams.get('sector') === sector);
		const shown = await factsWhere({ filter: { sector }, order: 'year' });
		const expected = claimSources(shown);
		await expect.poll(() => tableSources(page, timeline), { timeout: 30_000 }).toEqual(expected);
		if (others.length) {
			await expect.poll(async () => (await chart.screenshot()).equals(before)).toBe(false);
		}
		// Only the sector's indicators keep a card.
		const cards = page.locator('article.indicator h3 a');
		const ids = [...new Set(shown.map((f) => f.indicator_id))].sort();
		await expect
			.poll(async () =>
				(await cards.evaluateAll((as) => as.map((a) => a.getAttribute('href')?.split('/').pop())))
					.filter(Boolean)
					.sort()
			)
			.toEqual(ids);
		const headlineShown = await page.locator('article.kpi [data-fact-id]').count();

		await page.reload();
		await hydrated(page);
		await expect.poll(() => tableSources(page, timeline), { timeout: 30_000 }).toEqual(expected);
		expect(await page.getByRole('combobox', { name: 'Sector' }).inputValue()).toBe(sector);
		expect(await page.locator('article.kpi [data-fact-id]').count()).toBe(headlineShown);
		// One DuckDB bundle per visit: two visits (the reload), two .wasm fetches.
		expect(requests.filter((r) => r.endsWith('.wasm')).length).toBe(2);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});
});
