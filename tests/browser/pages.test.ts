// Screenshots for a person to look at, and the pages a user reaches from the overview.
import { describe, expect, test } from 'vitest';
import { dataAsOf } from '../../src/lib/dataset/citation';
import { nodeDb } from '../../src/lib/db/node';
import { formatPublished } from '../../src/lib/domain/format';
import { article as articleRow, articleList, mentionsOfArticle } from '../../src/lib/sql/catalogue';
import { openChecked, richestArticle, richestIndicator } from './fixtures';
import { browserForFile, desktopViewport, phoneViewport, screenshot } from './harness';

const browser = browserForFile();

// The pages with most to show in whatever archive the site was built from.
const indicator = await richestIndicator();
const article = await richestArticle();
const pages = {
	overview: '/ru/',
	indicator: `/en/indicators/${indicator.id}`,
	article: `/en/articles/${article.id}#fact-${article.facts[0]!.fact_id}`,
	data: '/ru/data/',
	console: `/en/data/sql/?${new URLSearchParams({ q: 'SELECT * FROM facts' })}`
};

describe('pages', () => {
	test.each(Object.entries(pages))(
		'%s renders at 1280 and 375 px with no error',
		async (name, path) => {
			for (const [width, viewport] of [
				[1280, desktopViewport],
				[375, phoneViewport]
			] as const) {
				const { page, consoleErrors, foreignRequests } = await openChecked(browser, { viewport });
				await page.goto(path, { waitUntil: 'networkidle' });
				await screenshot(page, `${name}-${width}`);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					width
				);
				expect(consoleErrors).toEqual([]);
				expect(foreignRequests).toEqual([]);
			}
		}
	);

	test('the article page marks facts and shows dismissed numbers with their reason', async () => {
		const db = await nodeDb();
		const mentions = await mentionsOfArticle(db, article.id);
		const { text } = (await articleRow(db, article.id))!;
		const { page } = await openChecked(browser);
		await page.goto(`/en/articles/${article.id}`, { waitUntil: 'networkidle' });
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
		const html = await (
			await fetch(new URL('/en/articles', (await import('./harness')).siteUrl()))
		).text();
		const sources = `${articles.length}\\s+${articles.length === 1 ? 'source' : 'sources'}`;
		expect(html).toMatch(
			new RegExp(`Data as of ${formatPublished(dataAsOf(articles))} · ${sources}`)
		);
	});
});
