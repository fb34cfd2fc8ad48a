// Every main page, in both languages: one visit at desktop width checks it renders without error,
// reads in its language, fits the screen and passes axe in the light and the dark scheme; one at
// phone width (of the Russian page), the layout and axe again. With SCREENSHOTS=1, screenshots for
// a person to look at land in test-results/screenshots. Then the article page's highlighting and
// the footer's figures.
import { locales } from '../../src/lib/domain/locale';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dataAsOf } from '../../src/lib/dataset/citation';
import { nodeDb } from '../../src/lib/server/db/node';
import { formatPublished } from '../../src/lib/domain/format';
import { article as articleRow, articleList, mentionsOfArticle } from '../../src/lib/sql/catalogue';
import { expectNoSeriousViolation } from './accessibility/axe';
import { cyrillicShare, interfaceText, strayRussian } from './accessibility/language';
import { openChecked, richestArticle, richestIndicator } from './fixtures';
import {
	browserForFile,
	desktopViewport,
	phoneViewport,
	screenshot,
	siteUrl,
	gotoHydrated
} from './harness';

const browser = browserForFile();

// The pages with most to show in whatever archive the site was built from.
const indicator = await richestIndicator();
const article = await richestArticle();
const pages = {
	overview: '',
	indicator: `indicators/${indicator.id}`,
	article: `articles/${article.id}#fact-${article.facts[0]!.fact_id}`,
	data: 'data/',
	console: `data/sql/?${new URLSearchParams({ q: 'SELECT * FROM facts LIMIT 20' })}`
};

/** Loads a page and waits for its charts (chart.js is loaded in the browser only). */
async function visit(page: Page, path: string) {
	await gotoHydrated(page, path);
	if (await page.locator('[role="img"]').count()) {
		await expect.poll(() => page.locator('[role="img"] canvas').count()).toBeGreaterThan(0);
	}
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe.each(locales)('/%s/ pages', (lang) => {
	test.each(Object.entries(pages))('%s', async (name, path) => {
		const url = `/${lang}/${path}`;
		const desktop = await openChecked(browser, { viewport: desktopViewport });
		await visit(desktop.page, url);
		await screenshot(desktop.page, `${lang}-${name}-${desktopViewport.width}`);
		expect(await scrollWidth(desktop.page), url).toBeLessThanOrEqual(desktopViewport.width);
		if (lang === 'ru') {
			expect(cyrillicShare(await interfaceText(desktop.page)), url).toBeGreaterThanOrEqual(0.92);
		} else {
			expect(await strayRussian(desktop.page), url).toEqual([]);
		}
		await expectNoSeriousViolation(desktop.page, `${url}, light`);
		await desktop.page.emulateMedia({ colorScheme: 'dark' });
		await expectNoSeriousViolation(desktop.page, `${url}, dark`);
		expect(desktop.consoleErrors).toEqual([]);
		expect(desktop.foreignRequests).toEqual([]);

		// Russian words are the longer ones: the Russian tree is the one a phone has to fit.
		if (lang !== 'ru') return;
		const phone = await openChecked(browser, { viewport: phoneViewport });
		await visit(phone.page, url);
		await screenshot(phone.page, `${lang}-${name}-${phoneViewport.width}`);
		expect(await scrollWidth(phone.page), url).toBeLessThanOrEqual(phoneViewport.width);
		await expectNoSeriousViolation(phone.page, `${url}, phone`);
		expect(phone.consoleErrors).toEqual([]);
	});
});

describe('article and footer', () => {
	test('the article page marks facts and shows dismissed numbers with their reason', async () => {
		const db = await nodeDb();
		const mentions = await mentionsOfArticle(db, article.id);
		const { text } = (await articleRow(db, article.id))!;
		const { page } = await openChecked(browser);
		await gotoHydrated(page, `/en/articles/${article.id}`);
		for (const m of mentions.filter((m) => m.disposition === 'fact')) {
			expect(await page.locator(`mark#fact-${m.fact_id}`).textContent()).toBe(
				text.slice(m.start, m.end)
			);
		}
		const dismissed = mentions.find((m) => m.disposition === 'dismissed');
		if (!dismissed) return;
		const figure = page.locator(`[aria-describedby="why-${dismissed.start}"]`);
		expect(await figure.textContent()).toBe(dismissed.surface);
		expect(await figure.getAttribute('title')).toBe(`Not a fact: ${dismissed.reason}`);
		expect(await figure.getAttribute('tabindex')).toBe('0');
	});

	test('the footer says how fresh the data is and how many sources it rests on', async () => {
		const articles = await articleList(await nodeDb());
		const html = await (await fetch(new URL('/en/articles', siteUrl()))).text();
		const sources = `${articles.length}\\s+${articles.length === 1 ? 'source' : 'sources'}`;
		expect(html).toMatch(
			new RegExp(`Data as of ${formatPublished(dataAsOf(articles), 'en')} · ${sources}`)
		);
	});
});
