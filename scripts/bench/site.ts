// Part 3 of the bench: the built site in Chromium on localhost.
import type { Browser, Page } from 'playwright-core';
import { duckdbReady, launchBrowser, startSite } from '../../tests/browser/harness';
import { firstPaintResources, type FirstPaint } from './first-paint';

export interface WasmFetch {
	file: string;
	/** When the request started and ended, in ms since the navigation began. */
	startMs: number;
	endMs: number;
	page: string;
}

export interface SiteFigures {
	/** The first paint of the Russian overview, `/ru/`, where `/` leads. */
	firstPaint: FirstPaint;
	/** The same of the English overview, `/en/`. */
	firstPaintEn: FirstPaint;
	firstContentfulPaintMs: number[];
	duckdbReadyAfterLoadMs: number[];
	filterToChartMs: number[];
	consoleQueryMs: number[];
	wasm: WasmFetch[];
}

async function newPage(browser: Browser, siteUrl: string): Promise<Page> {
	const context = await browser.newContext({ baseURL: siteUrl, serviceWorkers: 'block' });
	return context.newPage();
}

/** Resource timing of the .wasm files the page fetched, as seen by the page itself. */
const wasmFetches = (page: Page, name: string) =>
	page.evaluate(
		(name) =>
			performance
				.getEntriesByType('resource')
				.filter((r) => r.name.endsWith('.wasm'))
				.map((r) => ({
					file: new URL(r.name).pathname.split('/').at(-1) ?? r.name,
					startMs: r.startTime,
					endMs: (r as PerformanceResourceTiming).responseEnd,
					page: name
				})),
		name
	);

const firstContentfulPaint = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);

/** A cold visit of an overview (`/ru/`, `/en/`): first paint, and what was loaded for it. */
async function overviewVisit(browser: Browser, siteUrl: string, path: string) {
	const page = await newPage(browser, siteUrl);
	await page.goto(path, { waitUntil: 'networkidle' });
	const firstPaint = await firstPaintResources(page, siteUrl);
	const fcp = await firstContentfulPaint(page);
	const wasm = await wasmFetches(page, path);
	await page.context().close();
	return { firstPaint, fcp, wasm };
}

/** On `/en/`: once DuckDB is ready, how long from choosing a sector to the chart showing it. */
async function filterToChart(browser: Browser, siteUrl: string, rounds: number) {
	const page = await newPage(browser, siteUrl);
	await page.goto('/en/', { waitUntil: 'networkidle' });
	const select = page.getByRole('combobox', { name: 'Sector' });
	await select.selectOption('automotive');
	await duckdbReady(page, 60_000);
	await page.waitForFunction(() => !document.querySelector('.filters .spinner'));
	const options = ['trade', 'machinery', 'automotive', 'light_industry'];
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const sector = options[round % options.length] as string;
		times.push(
			await page.evaluate(
				(sector) =>
					new Promise<number>((done, fail) => {
						// The timeline's text alternative changes with its data. Charts come and go with
						// the filter, so the timeline is looked up afresh on every change of the page.
						// (No named helper here: tsx would wrap it in a __name() the page does not have.)
						const charts = document.getElementsByClassName('chart');
						const before = [...charts]
							.map((c) => c.getAttribute('aria-label') ?? '')
							.find((l) => l.startsWith('Timeline'));
						const select = document.querySelector('select[name="sector"]') as HTMLSelectElement;
						const timer = setTimeout(
							() => fail(new Error(`no chart change for ${sector}`)),
							10_000
						);
						const observer = new MutationObserver(() => {
							const now = [...charts]
								.map((c) => c.getAttribute('aria-label') ?? '')
								.find((l) => l.startsWith('Timeline'));
							if (now === before) return;
							observer.disconnect();
							clearTimeout(timer);
							// The frame after the change is when the new chart is on screen.
							requestAnimationFrame(() => done(performance.now() - started));
						});
						observer.observe(document.body, { attributes: true, childList: true, subtree: true });
						const started = performance.now();
						select.value = sector;
						select.dispatchEvent(new Event('change', { bubbles: true }));
					}),
				sector
			)
		);
	}
	const wasm = await wasmFetches(page, '/en/?sector=…');
	await page.context().close();
	return { times, wasm };
}

/** On the console: DuckDB's start after load, then `SELECT * FROM facts` from click to rows. */
async function consoleVisit(browser: Browser, siteUrl: string, rounds: number) {
	const page = await newPage(browser, siteUrl);
	await page.goto('/ru/data/sql/', { waitUntil: 'load' });
	await duckdbReady(page, 60_000);
	const readyAfterLoad = await page.evaluate(() => {
		const ready = performance.getEntriesByName('duckdb-ready')[0]?.startTime ?? NaN;
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return ready - navigation.loadEventEnd;
	});
	await page.waitForSelector('form[data-phase="ready"]');
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		times.push(
			await page.evaluate(
				() =>
					new Promise<number>((done, fail) => {
						const form = document.querySelector('form[data-finished]') as HTMLFormElement;
						const box = form.querySelector('textarea') as HTMLTextAreaElement;
						const before = form.dataset.finished;
						box.value = 'SELECT * FROM facts';
						box.dispatchEvent(new Event('input', { bubbles: true }));
						const timer = setTimeout(
							() => fail(new Error('the console query never finished')),
							10_000
						);
						const observer = new MutationObserver(() => {
							if (form.dataset.finished === before) return;
							observer.disconnect();
							clearTimeout(timer);
							requestAnimationFrame(() => done(performance.now() - started));
						});
						observer.observe(form, { attributes: true });
						const started = performance.now();
						form.requestSubmit();
					})
			)
		);
	}
	const wasm = await wasmFetches(page, '/ru/data/sql/');
	await page.context().close();
	return { readyAfterLoad, times, wasm };
}

export async function siteFigures(
	log: (line: string) => void = () => {},
	rounds = 5
): Promise<SiteFigures> {
	const site = await startSite();
	const browser = await launchBrowser();
	try {
		log('cold visits of /ru/ and /en/ …');
		const visits = [];
		for (let i = 0; i < rounds; i++) visits.push(await overviewVisit(browser, site.url, '/ru/'));
		const english = await overviewVisit(browser, site.url, '/en/');
		log('filter → chart …');
		const filtered = await filterToChart(browser, site.url, rounds * 2);
		log('SQL console …');
		const consoles = [];
		for (let i = 0; i < 3; i++) consoles.push(await consoleVisit(browser, site.url, rounds));
		const first = visits[0] as (typeof visits)[number];
		return {
			firstPaint: first.firstPaint,
			firstPaintEn: english.firstPaint,
			firstContentfulPaintMs: visits.map((v) => v.fcp),
			duckdbReadyAfterLoadMs: consoles.map((c) => c.readyAfterLoad),
			filterToChartMs: filtered.times,
			consoleQueryMs: consoles.flatMap((c) => c.times),
			wasm: [...first.wasm, ...filtered.wasm, ...(consoles[0]?.wasm ?? [])]
		};
	} finally {
		await browser.close();
		await site.close();
	}
}
