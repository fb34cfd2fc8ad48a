// The two language trees: the same pages, each saying its language and linked to its twin; and the
// address of the site, which sends a browser to the Russian tree. That each page reads in its
// language is checked by pages.test.ts, on the visit it makes anyway.
import { locales } from '../../src/lib/domain/locale';
import { readdir, readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { describe, expect, test } from 'vitest';
import { busiestSector, openChecked, richestIndicator } from './fixtures';
import { browserForFile, siteUrl, gotoHydrated } from './harness';
import { projectRoot } from './harness/site';

const browser = browserForFile();
const buildDir = `${projectRoot}build`;

/** The pages of a tree, as paths inside it (`index.html`, `indicators/x.html`, …). */
const pagesOf = async (lang: string) =>
	(await readdir(`${buildDir}/${lang}`, { recursive: true }))
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split('\\').join('/'))
		.sort();

/** The built file a relative href of `file` (a path under build/) leads to. */
function target(file: string, href: string): string {
	const path = posix.normalize(posix.join(posix.dirname(file), href.split(/[?#]/)[0]!));
	return path.endsWith('/') || path === '.'
		? `${path.replace(/\/?$/, '/')}index.html`
		: `${path}.html`;
}

describe('two trees', () => {
	test('/ru/ and /en/ hold the same pages', async () => {
		const ru = await pagesOf('ru');
		expect(ru.length).toBeGreaterThan(5);
		expect(await pagesOf('en')).toEqual(ru);
	});

	test('every page says its language and links its twin and the Russian page as x-default', async () => {
		for (const lang of locales) {
			for (const page of await pagesOf(lang)) {
				const file = `${lang}/${page}`;
				const html = await readFile(`${buildDir}/${file}`, 'utf8');
				expect(html, file).toMatch(new RegExp(`<html lang="${lang}"`));
				const alternates = Object.fromEntries(
					[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
						(m) => [m[1]!, target(file, m[2]!)]
					)
				);
				expect(alternates, file).toEqual({
					ru: `ru/${page}`,
					en: `en/${page}`,
					'x-default': `ru/${page}`
				});
			}
		}
	});

	test('the address of the site is Russian and links both trees', async () => {
		const html = await readFile(`${buildDir}/index.html`, 'utf8');
		expect(html).toMatch(/<html lang="ru"/);
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=./ru/"');
		expect(html).toMatch(/<a href="\.\/ru\/"[^>]*>Русский<\/a>/);
		expect(html).toMatch(/<a href="\.\/en\/"[^>]*>English<\/a>/);
	});

	test('/ redirects to /ru/ without JavaScript', async () => {
		const context = await browser.newContext({ baseURL: siteUrl(), javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto('/');
			await page.waitForURL((url) => url.pathname === '/ru/');
			expect(await page.locator('html').getAttribute('lang')).toBe('ru');
		} finally {
			await context.close();
		}
	});
});

describe('the language switch', () => {
	test('goes to the same indicator and the same anchor', async () => {
		const { id } = await richestIndicator();
		const { page } = await openChecked(browser);
		await gotoHydrated(page, `/en/indicators/${id}#observations-heading`);
		const link = page.locator('a.switch');
		expect(await link.getAttribute('hreflang')).toBe('ru');
		expect(await link.getAttribute('lang')).toBe('ru');
		await link.click();
		await page.waitForURL((url) => url.pathname === `/ru/indicators/${id}`);
		expect(new URL(page.url()).hash).toBe('#observations-heading');
		expect(await page.locator('html').getAttribute('lang')).toBe('ru');
	});

	test('keeps the filters of the overview and a hash changed on the page', async () => {
		const sector = await busiestSector();
		const { page } = await openChecked(browser);
		await gotoHydrated(page, `/ru/?sector=${sector}`);
		await page.evaluate(() => (location.hash = 'content'));
		await expect
			.poll(() => page.locator('a.switch').getAttribute('href'))
			.toMatch(new RegExp(`en/\\?sector=${sector}#content$`));
		await page.locator('a.switch').click();
		await page.waitForURL((url) => url.pathname === '/en/');
		expect(new URL(page.url()).search).toBe(`?sector=${sector}`);
		await expect.poll(() => page.locator('select[name="sector"]').inputValue()).toBe(sector);
	});
});

describe('numbers in the language of the page', () => {
	test('the SQL console writes numbers the Russian way on /ru/', async () => {
		const q = 'SELECT 12345.5 AS amount, 2026 AS year, 3000 AS count';
		const { page } = await openChecked(browser);
		await page.goto(`/ru/data/sql/?${new URLSearchParams({ q })}`);
		const form = page.locator('form[data-finished]');
		await expect.poll(() => form.getAttribute('data-finished'), { timeout: 30_000 }).toBe('1');
		expect(await page.locator('.scroll tbody td').allTextContents()).toEqual(
			['12\u00a0345,5', '2026', '3000'].map((cell) => expect.stringContaining(cell))
		);
	});
});
