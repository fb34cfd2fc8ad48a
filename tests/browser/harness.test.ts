/**
 * Checks the harness itself on a tiny fixture site: a smoke test that passes is only worth
 * something if the harness really sees console errors, foreign requests and `.wasm` loads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFinished, test } from 'vitest';
import { launchBrowser, openPage, startSite, type PageOptions, type Site } from './harness';

// A page that misbehaves in every way the harness must notice; its worker fetches too, because
// DuckDB-wasm loads its .wasm from a worker.
const fixture = {
	'index.html': '<h1>home</h1>',
	'articles.html': '<h1>articles</h1>',
	'tiny.wasm': '\0asm\x01\0\0\0',
	'table.csv': 'a,b\n1,2\n',
	'worker.js': `fetch('/tiny.wasm').then((r) => postMessage(r.status), () => postMessage('blocked'));
		fetch('https://worker.example.org/x').catch(() => {});`,
	'bad.html': `<script>
		console.error('boom');
		fetch('https://cdn.example.com/lib.js').catch(() => {});
		new WebSocket('wss://socket.example.com/');
		new Worker('/worker.js').onmessage = (e) => (document.title = 'wasm ' + e.data);
		setTimeout(() => { throw new Error('uncaught'); });
	</script>`,
	// A page whose own policy forbids its inline script and an inline style.
	'strict.html': `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">
		<h1 style="color: red">strict</h1><script>document.title = 'ran';</script>`
};

let dir: string;
let site: Site;
let browser: Browser;
beforeAll(async () => {
	dir = await mkdtemp(`${tmpdir()}/harness-fixture-`);
	for (const [name, body] of Object.entries(fixture)) await writeFile(`${dir}/${name}`, body);
	site = await startSite({ dir });
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(options?: PageOptions) {
	const opened = await openPage(browser, site.url, options);
	onTestFinished(() => opened.context.close());
	return opened;
}

test('startSite serves pages and assets as a static host does', async () => {
	const get = async (path: string) => {
		const response = await fetch(new URL(path, site.url));
		return `${response.status} ${response.headers.get('content-type')?.split(';')[0]}`;
	};
	expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
	expect(await get('/')).toBe('200 text/html');
	expect(await get('/articles')).toBe('200 text/html');
	expect(await get('/tiny.wasm')).toBe('200 application/wasm');
	expect(await get('/table.csv')).toBe('200 text/csv');
	expect(await get('/missing')).toMatch(/^404/);
});

test('openPage reports console errors, page errors and foreign requests', async () => {
	const { page, consoleErrors, foreignRequests, requests } = await open();
	await page.goto('/bad');
	await expect.poll(() => page.title()).toBe('wasm 200');
	await expect.poll(() => consoleErrors).toContain('pageerror: uncaught');
	expect(consoleErrors).toContain('boom');
	expect(consoleErrors.filter((error) => error.includes('Failed to load resource'))).toEqual([]);
	await expect
		.poll(() => [...foreignRequests].sort())
		.toEqual([
			'https://cdn.example.com/lib.js',
			'https://worker.example.org/x',
			'wss://socket.example.com/'
		]);
	expect(requests).toContain(`GET ${site.url}tiny.wasm`);
});

test('openPage with blockWasm aborts .wasm requests, also from workers', async () => {
	const { page, blockedWasm } = await open({ blockWasm: true });
	await page.goto('/bad');
	await expect.poll(() => page.title()).toBe('wasm blocked');
	expect(blockedWasm).toEqual([`${site.url}tiny.wasm`]);
});

test('openPage reports Content-Security-Policy violations, as events and console messages', async () => {
	const { page, cspViolations } = await open();
	await page.goto('/strict');
	await expect
		.poll(() => cspViolations.filter((v) => v.startsWith('script-src-elem')))
		.toHaveLength(1);
	expect(await page.title()).toBe('');
	expect(cspViolations.some((v) => v.startsWith('style-src-attr blocked inline'))).toBe(true);
	expect(cspViolations.some((v) => v.startsWith('console: ') && v.includes('inline script'))).toBe(
		true
	);
});

test('openPage reports no violation on a page without a policy', async () => {
	const { page, cspViolations } = await open();
	await page.goto('/bad');
	await expect.poll(() => page.title()).toBe('wasm 200');
	expect(cspViolations).toEqual([]);
});
