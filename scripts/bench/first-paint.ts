// What a page loads, measured in the page and sized from build/: for its first paint, and in all
// until the network is quiet. The bench prints it; tests/browser/budgets.test.ts holds it to its
// budgets.
import type { Page } from 'playwright-core';
import { builtFile, gzipBytes } from './build-output';

export interface LoadedResource {
	path: string;
	kind: 'html' | 'js' | 'css' | 'wasm' | 'other';
	/** ms since the navigation began. */
	startMs: number;
	endMs: number;
	transferBytes: number;
	/** The file gzipped at level 9, as a compressing static host would send it. */
	gzipBytes: number;
}

export interface FirstPaint {
	/** When the first KPI figure was painted (Element Timing), ms since the navigation began. */
	firstKpiPaintMs: number;
	loadEventMs: number;
	/** The HTML and every JS and CSS file requested before the load event, DuckDB's excluded. */
	resources: LoadedResource[];
	gzippedBytes: number;
	/** Bytes on the wire (uncompressed on localhost) that had arrived when the KPI was painted. */
	transferredBytes: number;
	/** .wasm requests that started before the first paint. */
	wasmBeforePaint: string[];
	/**
	 * Every file the page fetched from the site by the time it was read (after the network went
	 * quiet): HTML, JS, CSS, the chunks loaded after hydration, images. Its first load.
	 */
	firstLoad: { resources: LoadedResource[]; gzippedBytes: number };
}

const kinds: Record<string, LoadedResource['kind']> = {
	html: 'html',
	js: 'js',
	css: 'css',
	wasm: 'wasm'
};
/** A page's address (`/`, `/data/`, `/articles`) has no extension: it is HTML. */
const kindOf = (path: string): LoadedResource['kind'] => {
	const extension = /\.([a-z0-9]+)$/.exec(path)?.[1];
	return extension ? (kinds[extension] ?? 'other') : 'html';
};

const gzipSize = (path: string) => {
	const file = builtFile(path);
	return file ? gzipBytes(file) : 0;
};

/** Reads, after the page has loaded, what it fetched before its first paint and in all. */
export async function firstPaintResources(page: Page, siteUrl: string): Promise<FirstPaint> {
	const seen = await page.evaluate(async () => {
		const elements = await new Promise<PerformanceEntry[]>((done) => {
			new PerformanceObserver((list) => done(list.getEntries())).observe({
				type: 'element',
				buffered: true
			});
			setTimeout(() => done([]), 2000);
		});
		const kpi = elements
			.filter((e) => (e as PerformanceEntry & { identifier: string }).identifier === 'kpi-value')
			.map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime || e.startTime);
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const entries = [
			navigation,
			...performance.getEntriesByType('resource')
		] as PerformanceResourceTiming[];
		return {
			firstKpiPaintMs: kpi.length ? Math.min(...kpi) : NaN,
			firstPaintMs: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
			loadEventMs: navigation.loadEventStart,
			entries: entries.map((e) => ({
				url: e.name,
				startMs: e.startTime,
				endMs: e.responseEnd,
				transferBytes: e.transferSize
			}))
		};
	});
	const origin = new URL(siteUrl).origin;
	const resources = seen.entries
		.filter((e) => new URL(e.url).origin === origin)
		.map(({ url, startMs, endMs, transferBytes }) => {
			const path = new URL(url).pathname;
			return { path, kind: kindOf(path), startMs, endMs, transferBytes, gzipBytes: 0 };
		});
	const sized = resources.map((r) => ({ ...r, gzipBytes: gzipSize(r.path) }));
	const needed = sized
		.filter((r) => ['html', 'js', 'css'].includes(r.kind))
		.filter((r) => !/duckdb/i.test(r.path) && r.startMs <= seen.loadEventMs);
	return {
		firstKpiPaintMs: seen.firstKpiPaintMs,
		loadEventMs: seen.loadEventMs,
		resources: needed,
		gzippedBytes: needed.reduce((sum, r) => sum + r.gzipBytes, 0),
		transferredBytes: resources
			.filter((r) => r.endMs <= seen.firstKpiPaintMs)
			.reduce((sum, r) => sum + r.transferBytes, 0),
		wasmBeforePaint: resources
			.filter((r) => r.kind === 'wasm' && r.startMs < seen.firstPaintMs)
			.map((r) => r.path),
		firstLoad: { resources: sized, gzippedBytes: sized.reduce((sum, r) => sum + r.gzipBytes, 0) }
	};
}
