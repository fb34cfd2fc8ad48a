// The Content-Security-Policy (svelte.config.js): on every prerendered page, strict, and enforced.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, onTestFinished, test } from 'vitest';
import config from '../../svelte.config.js';
import { browserForFile, openPage, siteUrl } from './harness';
import { projectRoot } from './harness/site';

const browser = browserForFile();

const buildDir = `${projectRoot}build`;

/** The policy every page must carry (svelte.config.js), but for the hashes of its inline scripts. */
const configured = config.kit?.csp?.directives ?? {};
const expected = Object.fromEntries(
	Object.entries(configured).map(([name, sources]) => [
		name,
		((sources ?? []) as string[]).map((source) => `'${source}'`)
	])
) as Record<string, string[]>;
/** Strict whatever the config says: the site itself, nothing inline but what a hash names. */
const strictSources = /^'(self|none|wasm-unsafe-eval|unsafe-hashes|sha256-[A-Za-z0-9+/=]+)'$/;

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;
const unescape = (html: string) =>
	html.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

function directivesOf(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name, sources])
	);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
	test('every prerendered page carries the policy before any script, with its inline scripts hashed', async () => {
		const pages = (await readdir(buildDir, { recursive: true })).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) {
			const html = await readFile(`${buildDir}/${file}`, 'utf8');
			const metas = [...html.matchAll(metaPattern)];
			expect(metas, file).toHaveLength(1);
			const [meta] = metas as [RegExpExecArray];
			const firstScript = html.search(/<script|<link rel="modulepreload"/);
			expect(meta.index, `${file}: the policy comes before the first script`).toBeLessThan(
				firstScript
			);
			const { 'script-src': scriptSrc = [], ...rest } = directivesOf(unescape(meta[1]!));
			const { 'script-src': expectedScript = [], ...expectedRest } = expected;
			expect(rest, file).toEqual(expectedRest);
			const loose = [...Object.values(rest).flat(), ...scriptSrc].filter(
				(source) => !strictSources.test(source)
			);
			expect(loose, `${file}: sources beyond the site and hashes`).toEqual([]);
			const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
			expect(inline.length, `${file}: SvelteKit's bootstrap`).toBeGreaterThan(0);
			expect(scriptSrc, file).toEqual([...expectedScript, ...new Set(inline.map(sha256))]);
		}
	});

	test('it bites: an injected inline script, event handler and style are blocked and reported', async () => {
		const opened = await openPage(browser, siteUrl());
		onTestFinished(() => opened.context.close());
		const { page, cspViolations } = opened;
		await page.goto('/en/', { waitUntil: 'networkidle' });
		expect(cspViolations).toEqual([]);
		// page.evaluate itself runs through CDP, which no page policy blocks (axe is injected so too).
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = "script"';
			document.body.append(script);
			const holder = document.createElement('div');
			holder.innerHTML =
				'<img src="/favicon.svg" onload="window.__injected = \'handler\'">' +
				'<p id="styled" style="color: rgb(255, 0, 0)">x</p>';
			document.body.append(holder);
		});
		await expect
			.poll(() =>
				cspViolations.filter((v) => !v.startsWith('console: ')).map((v) => v.split(' ')[0])
			)
			.toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr', 'style-src-attr']));
		expect(
			await page.evaluate(() => (window as { __injected?: string }).__injected)
		).toBeUndefined();
		expect(await page.locator('#styled').evaluate((el) => getComputedStyle(el).color)).not.toBe(
			'rgb(255, 0, 0)'
		);
	});
});
