/**
 * Article text is data: a fixture article whose title, quotes, actors, notes and indicator carry
 * HTML, script, Svelte syntax and a spreadsheet formula (tests/fixtures/hostile/) is built into the
 * fixture site (global-setup.ts), and every page and CSV must show that text as text: no dialog, no injected
 * element, the markup visible verbatim, formulas defused in the downloads, no CSP violation.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, onTestFinished, test } from 'vitest';
import { browserForFile, duckdbReady, fixtureSite, gotoHydrated, openPage } from './harness';
import { hostileArticleId, hostileFixture } from './hostile-site';

interface CuratedFact {
	id: string;
	quote: string;
	actor: string;
	note: string;
}
const curation = parse(
	await readFile(join(hostileFixture, `curation/${hostileArticleId}.yaml`), 'utf8')
) as {
	title: string;
	publisher: string;
	facts: CuratedFact[];
	dismissed: { reason: string }[];
};
const [indicator] = parse(await readFile(join(hostileFixture, 'indicators.yaml'), 'utf8'))
	.indicators as [{ id: string; label_en: string; label_ru: string }];
const title = curation.title;
const [tools, jobs] = curation.facts as [CuratedFact, CuratedFact];

// The fixture really is hostile: what this file proves would be empty otherwise.
const everything = JSON.stringify([curation, indicator]);
for (const markup of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{@html x}']) {
	if (!everything.includes(markup)) throw new Error(`the hostile fixture lost ${markup}`);
}
if (!tools.quote.startsWith('=HYPERLINK(')) throw new Error('the fixture quote lost its formula');

const browser = browserForFile();
const site = fixtureSite();

/**
 * A page of the hostile site; when the test ends it fails on any dialog (an `alert` that ran), any
 * CSP violation, console error or foreign request.
 */
async function open() {
	const opened = await openPage(browser, site.url);
	const dialogs: string[] = [];
	opened.page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		return dialog.dismiss();
	});
	onTestFinished(async () => {
		await opened.context.close();
		expect(dialogs, 'dialogs').toEqual([]);
		expect(opened.cspViolations, 'Content-Security-Policy violations').toEqual([]);
		expect(opened.consoleErrors, 'console errors').toEqual([]);
		expect(opened.foreignRequests, 'foreign requests').toEqual([]);
	});
	return opened;
}

/** What markup rendered as HTML would have added to the page; all of it must be absent. */
function injected(page: Page) {
	return page.evaluate(() => ({
		images: document.querySelectorAll('img[src="x"], img[src="x" i]').length,
		handlers: [...document.querySelectorAll('*')].flatMap((el) =>
			[...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)
		),
		// The site's scripts are its /_app/ modules and SvelteKit's one inline bootstrap.
		scripts: [...document.scripts]
			.map((s) => (s.src ? new URL(s.src).pathname.replace(/[^/]+$/, '') : 'inline'))
			.filter((where) => !where.startsWith('/_app/immutable/')).length,
		textareas: document.querySelectorAll('textarea').length,
		bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'hostile').length
	}));
}
const nothingInjected = { images: 0, handlers: [], scripts: 1, textareas: 0, bold: 0 };

const text = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => el.textContent ?? '');

/** A cell as DuckDB's CSV writer quotes it. */
const csvCell = (value: string) =>
	/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

async function download(page: Page, link: ReturnType<Page['getByRole']>) {
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) as string) };
}

/** A downloaded CSV: the markup verbatim, every formula defused with a leading apostrophe. */
function expectSafeCsv(bytes: Buffer, cells: string[], formulas: string[]) {
	const csv = bytes.toString('utf8');
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	for (const cell of cells) expect(csv).toContain(`,${csvCell(cell)},`);
	for (const formula of formulas) expect(csv).toContain(`,${csvCell(`'${formula}`)}`);
	// No cell starts with the formula itself (a quoted cell starts after its quote).
	expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
}

describe('hostile article text is shown as text', () => {
	test('the article page: title, text, facts and dismissals', async () => {
		const { page } = await open();
		await gotoHydrated(page, `/en/articles/${hostileArticleId}`);
		expect(await text(page, 'h1')).toBe(title);
		expect(await page.title()).toBe(`${title} · Sources · Kyrgyzstan industry dashboard`);
		// The text as a reader sees it: without the dismissal tips, which sit inside the figures.
		const article = await page.locator('article').evaluate((el) => {
			const copy = el.cloneNode(true) as HTMLElement;
			for (const tip of copy.querySelectorAll('.tip')) tip.remove();
			return copy.textContent ?? '';
		});
		for (const quote of [tools.quote, jobs.quote]) expect(article).toContain(quote);
		expect(article).toContain(curation.publisher);
		expect(await text(page, `mark#fact-${tools.id}`)).toBe('120');
		const facts = await text(page, 'section.facts');
		for (const cell of [indicator.label_en, tools.note, jobs.note]) expect(facts).toContain(cell);
		const tips = await page.locator('.tip').allTextContents();
		for (const { reason } of curation.dismissed) expect(tips).toContain(`Not a fact: ${reason}`);
		expect(await injected(page)).toEqual(nothingInjected);
	});

	test('the overview: KPI cards, table views and chart text, prerendered and re-rendered by DuckDB', async () => {
		const { page, requests } = await open();
		for (const path of ['/en/', '/en/?sector=machinery']) {
			await gotoHydrated(page, path);
			// A filtered address is re-rendered from DuckDB's rows once the engine has started.
			if (path.includes('?')) await duckdbReady(page);
			const card = page.locator('article.kpi', {
				has: page.locator(`[data-fact-id="${tools.id}"]`)
			});
			await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(1);
			expect(await card.locator('h3').textContent()).toBe(indicator.label_en);
			expect(await card.locator('.note').textContent()).toBe(tools.note);
			expect(await card.locator('a.source').textContent()).toBe(title);
			// The indicator's card, its figures and their sources, as text.
			const indicatorCard = page.locator('article.indicator', {
				has: page.locator(`h3 a[href$="/indicators/${indicator.id}"]`)
			});
			expect(await indicatorCard.locator('h3').textContent()).toBe(indicator.label_en);
			expect(await indicatorCard.locator('a.source').allTextContents()).toContain(title);
			const timeline = page.locator('figure', {
				has: page.getByRole('heading', { name: /^Timeline/ })
			});
			expect(await timeline.locator('table').textContent()).toContain(indicator.label_en);
			expect(await timeline.getByRole('img').getAttribute('aria-label')).toContain(
				jobs.note.replace(/\.$/, '')
			);
			expect(await injected(page)).toEqual(nothingInjected);
		}
		// The filtered view came from DuckDB-wasm in the page, not from the prerendered HTML.
		expect(requests.filter((r) => r.endsWith('.wasm'))).toHaveLength(1);
	});

	test('the data page: the facts per article, in its chart text and table', async () => {
		const { page } = await open();
		await gotoHydrated(page, '/en/data/');
		const perArticle = page.locator('figure', {
			has: page.getByRole('heading', { name: 'Facts per source article' })
		});
		expect(await perArticle.locator('table').textContent()).toContain(title);
		expect(await perArticle.getByRole('img').getAttribute('aria-label')).toContain(`${title}: 2`);
		expect(await injected(page)).toEqual(nothingInjected);
	});

	test('the indicator page: labels, chart text alternative, observations', async () => {
		const { page } = await open();
		await gotoHydrated(page, `/en/indicators/${indicator.id}`);
		expect(await text(page, 'h1')).toBe(indicator.label_en);
		expect(await text(page, '.label-ru')).toBe(indicator.label_ru);
		const chart = page.locator('div.chart[role="img"]');
		expect(await chart.getAttribute('aria-label')).toContain(`${indicator.label_en}: 120`);
		const main = await text(page, 'main');
		for (const cell of [tools.actor, jobs.actor, title]) expect(main).toContain(cell);
		expect(await injected(page)).toEqual(nothingInjected);
	});

	test('the CSV downloads hold the text verbatim and defuse the formulas', async () => {
		const { page } = await open();
		const headline = () => page.getByRole('link', { name: 'Download CSV of headline facts' });
		const cells = [title, jobs.quote, jobs.actor, tools.actor, indicator.label_en];
		const formulas = [tools.quote, tools.note];

		await gotoHydrated(page, '/en/');
		const prerendered = await download(page, headline());
		expect(prerendered.name).toBe('kg-industry_headline-facts.csv');
		expectSafeCsv(prerendered.bytes, cells, formulas);

		// Filtered, DuckDB-wasm writes the file in the page and hands it over as a blob: URL.
		await gotoHydrated(page, '/en/?sector=machinery');
		await expect
			.poll(() => headline().getAttribute('data-file'), { timeout: 30_000 })
			.toBe('kg-industry_headline-facts_sector-machinery.csv');
		const written = await download(page, headline());
		expect(written.name).toBe('kg-industry_headline-facts_sector-machinery.csv');
		expectSafeCsv(written.bytes, cells, formulas);

		await gotoHydrated(page, `/en/articles/${hostileArticleId}`);
		const article = await download(page, page.getByRole('link', { name: 'Download CSV' }));
		expectSafeCsv(article.bytes, [jobs.quote, jobs.actor], formulas);

		// The raw tables are the curated text as it is (README: "the CSV files as they are").
		const raw = await (await fetch(new URL('data/facts.csv', site.url))).text();
		expect(raw).toContain(`,${csvCell(tools.quote)},`);
	});

	test('the SQL console shows the cells as text and downloads them defused', async () => {
		const { page } = await open();
		const sql = `SELECT fact_id, quote, actor FROM facts WHERE article_id = '${hostileArticleId}' ORDER BY fact_id`;
		await page.goto(`/en/data/sql/?${new URLSearchParams({ q: sql })}`);
		const form = page.locator('form[data-finished]');
		await expect.poll(() => form.getAttribute('data-finished'), { timeout: 30_000 }).toBe('1');
		const rows = page.getByRole('region', { name: 'Rows of the result' }).locator('tbody tr');
		expect(
			await rows.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()))
			)
		).toEqual([
			[tools.id, tools.quote, tools.actor],
			[jobs.id, jobs.quote, jobs.actor]
		]);
		// The console's own query box is a textarea: "</textarea>" in a result must not close it.
		expect(await page.locator('textarea').count()).toBe(1);
		const csv = await download(page, page.getByRole('button', { name: 'Download CSV' }));
		expectSafeCsv(csv.bytes, [jobs.quote], [tools.quote]);
	});
});
