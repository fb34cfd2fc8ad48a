import type { Browser, BrowserContext, Page } from 'playwright-core';

export const desktopViewport = { width: 1280, height: 800 };
export const phoneViewport = { width: 375, height: 812 };

export interface PageOptions {
	/** Abort every `.wasm` request, to test the page without DuckDB-wasm. */
	blockWasm?: boolean;
	viewport?: { width: number; height: number };
}

export interface OpenedPage {
	page: Page;
	context: BrowserContext;
	/** Console messages of type `error`, and uncaught page errors prefixed with `pageerror: `. */
	consoleErrors: string[];
	/** Requests (and WebSockets) to any host but the test server's: each one was aborted. */
	foreignRequests: string[];
	/** `.wasm` requests aborted because of `blockWasm`. */
	blockedWasm: string[];
	/** Every request the page (or its workers) made, in order, as `METHOD url`. */
	requests: string[];
	/**
	 * Content-Security-Policy violations: each `securitypolicyviolation` event of a page of the
	 * context (as `directive blocked what at file:line`), and each console message that names the
	 * policy (Chromium logs one per blocked resource or script).
	 */
	cspViolations: string[];
}

/** Runs in every page before its own scripts (CDP injects it, so the page's CSP cannot block it). */
function reportCspViolations() {
	document.addEventListener('securitypolicyviolation', (event) => {
		const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
		const sample = event.sample ? ` (${event.sample})` : '';
		const report = (window as unknown as { __cspViolation?: (text: string) => void })
			.__cspViolation;
		report?.(
			`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}${sample}`
		);
	});
}

/**
 * A fresh context and page with a base URL of `siteUrl` (so `page.goto('/')` works), which records
 * every request and keeps the page off the network: a static site must work offline.
 */
export async function openPage(
	browser: Browser,
	siteUrl: string,
	options: PageOptions = {}
): Promise<OpenedPage> {
	const siteHost = new URL(siteUrl).host;
	const context = await browser.newContext({
		baseURL: siteUrl,
		viewport: options.viewport ?? desktopViewport,
		acceptDownloads: true,
		// A service worker's fetches bypass context.route, so one could reach the network unseen.
		serviceWorkers: 'block'
	});
	const opened: OpenedPage = {
		page: await context.newPage(),
		context,
		consoleErrors: [],
		foreignRequests: [],
		blockedWasm: [],
		requests: [],
		cspViolations: []
	};
	await context.exposeFunction('__cspViolation', (text: string) => opened.cspViolations.push(text));
	await context.addInitScript(reportCspViolations);
	const aborted = new Set<string>();

	context.on('request', (request) => opened.requests.push(`${request.method()} ${request.url()}`));
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.host !== siteHost) {
			opened.foreignRequests.push(url.href);
		} else if (options.blockWasm && url.pathname.endsWith('.wasm')) {
			opened.blockedWasm.push(url.href);
		} else {
			return route.continue();
		}
		aborted.add(url.href);
		await route.abort('blockedbyclient');
	});
	await context.routeWebSocket(
		(url) => url.host !== siteHost,
		(ws) => {
			opened.foreignRequests.push(ws.url());
			return ws.close();
		}
	);

	opened.page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) {
			opened.cspViolations.push(`console: ${message.text()}`);
		}
		if (message.type() !== 'error') return;
		// Chromium logs "Failed to load resource" for each request we abort; those are reported
		// in foreignRequests or blockedWasm already, and a blockWasm test expects them.
		if (aborted.has(message.location().url)) return;
		opened.consoleErrors.push(message.text());
	});
	opened.page.on('pageerror', (error) => opened.consoleErrors.push(`pageerror: ${error.message}`));
	return opened;
}
