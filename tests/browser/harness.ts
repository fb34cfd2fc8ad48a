/**
 * What browser tests use: the built site (served once by global-setup.ts, its URL from
 * `siteUrl()`), Debian's Chromium through playwright-core, pages that stay off the network, and
 * screenshots. See README.md, "Tests".
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { projectRoot } from './harness/site';

export { startSite, type Site } from './harness/site';
export {
	openPage,
	desktopViewport,
	phoneViewport,
	type OpenedPage,
	type PageOptions
} from './harness/page';

/** The URL of the site that global-setup.ts serves for the whole run. */
export const siteUrl = (): string => inject('siteUrl');

/** The site of the archive plus the fixture articles (global-setup.ts), and its tables' folder. */
export const fixtureSite = () => inject('fixtureSite');

/**
 * Debian's Chromium (playwright's own browser downloads are never used), or CHROMIUM_PATH.
 * The flags keep it from phoning home, so foreignRequests only ever lists the site's own requests.
 */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			// Docker gives /dev/shm 64 MB, too little for Chromium's renderer on long pages.
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			'--disable-sync',
			'--disable-quic'
		]
	});
}

/**
 * One Chromium for a whole test file, launched before its first test and closed after its last.
 * Call it at the top level of the file; the browser it returns is usable inside tests only.
 */
export function browserForFile(): Browser {
	let launched: Browser | undefined;
	beforeAll(async () => {
		launched = await launchBrowser();
	});
	afterAll(async () => {
		await launched?.close();
	});
	return new Proxy({} as Browser, {
		get(_, key) {
			if (!launched) throw new Error('the browser is launched in beforeAll: use it inside a test');
			const value = Reflect.get(launched, key, launched);
			return typeof value === 'function' ? value.bind(launched) : value;
		}
	});
}

/** Waits until the page has set the performance mark `name`. */
const performanceMark = (page: Page, name: string, timeout: number) =>
	page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, name, {
		timeout
	});

/**
 * Waits for the page's `hydrated` performance mark (src/routes/[lang=lang]/+layout.svelte sets it
 * once the page's components are mounted): quicker than waiting for the network to go quiet.
 */
export const hydrated = (page: Page, timeout = 30_000) =>
	performanceMark(page, 'hydrated', timeout);

/** Opens `path` (relative to the site) and waits until the page is hydrated. */
export async function gotoHydrated(page: Page, path: string) {
	const response = await page.goto(path);
	await hydrated(page);
	return response;
}

/** Waits for the page's `duckdb-ready` performance mark (src/lib/db/browser.ts sets it). */
export const duckdbReady = (page: Page, timeout = 30_000) =>
	performanceMark(page, 'duckdb-ready', timeout);

export const screenshotDir = `${projectRoot}test-results/screenshots`;

/**
 * With `SCREENSHOTS=1` in the environment, writes a full-page `test-results/screenshots/<name>.png`
 * and returns its path; otherwise does nothing (a long page takes up to a second to capture) and
 * returns ''.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
	if (!process.env.SCREENSHOTS) return '';
	await mkdir(screenshotDir, { recursive: true });
	const path = `${screenshotDir}/${name}.png`;
	await page.screenshot({ path, fullPage: true });
	return path;
}
