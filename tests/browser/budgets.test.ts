// The performance budgets that do not depend on the machine's speed: what the home page costs in
// bytes, what the build holds, and when and how often DuckDB's WebAssembly is fetched. Timings are
// `npm run bench`'s job.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { byteBudgets } from '../../scripts/bench/budgets';
import { buildDir, buildOutput, zodSignature } from '../../scripts/bench/build-output';
import { firstPaintResources } from '../../scripts/bench/first-paint';
import { openChecked } from './fixtures';
import { browserForFile, duckdbReady, siteUrl } from './harness';

const browser = browserForFile();

const wasmRequests = (requests: string[]) => requests.filter((r) => r.endsWith('.wasm'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('budgets', () => {
	test('the first paint of / needs under 150 KB gzipped of HTML, JS and CSS, and no DuckDB', async () => {
		const { page, requests } = await openChecked(browser);
		await page.goto('/en/', { waitUntil: 'networkidle' });
		const paint = await firstPaintResources(page, siteUrl());
		const kinds = new Set(paint.resources.map((r) => r.kind));
		expect(kinds).toEqual(new Set(['html', 'js', 'css']));
		expect(paint.resources.every((r) => r.gzipBytes > 0)).toBe(true);
		expect(paint.firstKpiPaintMs).toBeGreaterThan(0);
		expect(paint.gzippedBytes).toBeLessThan(byteBudgets.firstPaint);
		expect(requests.filter((r) => /duckdb/i.test(r))).toEqual([]);
	});

	test.each(['/ru/', '/en/'])(
		'the first load of %s, all it fetches until the network is quiet, is at most 115 KB gzipped',
		async (path) => {
			const { page, requests } = await openChecked(browser);
			await page.goto(path, { waitUntil: 'networkidle' });
			const { firstLoad, resources } = await firstPaintResources(page, siteUrl());
			const files = firstLoad.resources.map((r) => r.path);
			// Every file is one of the build's (so it is sized), and the first paint's are among them.
			expect(firstLoad.resources.filter((r) => r.gzipBytes === 0)).toEqual([]);
			expect(files).toEqual(expect.arrayContaining(resources.map((r) => r.path)));
			expect(requests.filter((r) => /duckdb|\.wasm/i.test(r))).toEqual([]);
			const sizes = firstLoad.resources.map((r) => `${r.path} ${kb(r.gzipBytes)}`).join('\n');
			expect(firstLoad.gzippedBytes, sizes).toBeLessThanOrEqual(byteBudgets.firstLoad);
		}
	);

	test('no JavaScript chunk of the client is over 64 KB gzipped', () => {
		const { chunks } = buildOutput();
		expect(chunks.length).toBeGreaterThan(0);
		const over = chunks.filter((c) => c.gzipBytes > byteBudgets.chunk);
		expect(over.map((c) => `${c.path} ${kb(c.gzipBytes)}`)).toEqual([]);
	});

	test('the build holds one .wasm: the DuckDB bundle the site loads', async () => {
		const { wasm } = buildOutput();
		expect(wasm).toHaveLength(1);
		const { page, requests } = await openChecked(browser);
		await page.goto('/en/data/sql/');
		await duckdbReady(page);
		expect(wasmRequests(requests).map((r) => new URL(r.split(' ').at(-1)!).pathname)).toEqual([
			`/${wasm[0]}`
		]);
	});

	test('every page, script, style sheet and the wasm has its .br and .gz beside it, of its bytes', () => {
		const { notPrecompressed, compressible, wasm, chunks } = buildOutput();
		expect(notPrecompressed).toEqual([]);
		// The twins hold the file's own bytes (of this build, not an older one).
		const samples = ['en/index.html', 'ru/data/index.html', chunks[0]!.path, wasm[0]!];
		expect(compressible).toBeGreaterThan(samples.length);
		for (const file of samples) {
			const bytes = readFileSync(join(buildDir, file));
			expect(gunzipSync(readFileSync(join(buildDir, `${file}.gz`))).equals(bytes), file).toBe(true);
			expect(
				brotliDecompressSync(readFileSync(join(buildDir, `${file}.br`))).equals(bytes),
				file
			).toBe(true);
		}
	});

	test('no client JavaScript holds zod: the schemas stay on the server', () => {
		// The signature is zod's own: its runtime holds it.
		const zodCore = createRequire(import.meta.url).resolve('zod/v4/core');
		expect(readFileSync(join(zodCore, '../schemas.cjs'), 'utf8')).toContain(zodSignature);
		expect(buildOutput().withZod).toEqual([]);
	});

	test.each(['/en/?sector=automotive', '/en/data/sql/'])(
		'%s fetches DuckDB’s .wasm only after the first paint',
		async (path) => {
			const { page, requests } = await openChecked(browser);
			await page.goto(path);
			await duckdbReady(page);
			expect(wasmRequests(requests)).toHaveLength(1);
			const paint = await firstPaintResources(page, siteUrl());
			expect(paint.wasmBeforePaint).toEqual([]);
		}
	);

	test('one .wasm per visit: a filter, then the console, then its queries, share one fetch', async () => {
		const { page, requests, consoleErrors } = await openChecked(browser);
		await page.goto('/en/?sector=automotive');
		await duckdbReady(page);
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Data' })
			.click();
		await page.getByRole('link', { name: 'SQL console' }).click();
		await page.waitForURL((url) => url.pathname === '/en/data/sql/');
		await page.locator('form[data-phase="ready"]').waitFor({ timeout: 30_000 });
		await page.getByRole('textbox', { name: 'Query' }).fill('SELECT count(*) FROM facts');
		await page.getByRole('button', { name: 'Run' }).click();
		await page.locator('form[data-finished="1"]').waitFor({ timeout: 30_000 });
		expect(await page.getByRole('region', { name: 'Rows of the result' }).count()).toBe(1);
		expect(wasmRequests(requests)).toHaveLength(1);
		expect(consoleErrors).toEqual([]);
	});
});
