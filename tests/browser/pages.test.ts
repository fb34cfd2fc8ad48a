// Screenshots for a person to look at, and the pages a user reaches from the overview.
import { describe, expect, test } from 'vitest';
import { openChecked } from './fixtures';
import { browserForFile, desktopViewport, phoneViewport, screenshot } from './harness';

const browser = browserForFile();

const pages = {
	overview: '/',
	indicator: '/indicators/machinery_share_of_economy',
	article: '/articles/000_391bf6d7a003b31a#fact-bishkek-bus-purchase-2026',
	data: '/data/',
	console: `/data/sql/?${new URLSearchParams({ q: 'SELECT * FROM facts' })}`
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
		const { page } = await openChecked(browser);
		await page.goto('/articles/003_56466ff52369df5c', { waitUntil: 'networkidle' });
		expect(await page.locator('mark#fact-by-kg-agreements').textContent()).toContain('более 50');
		const rate = page.getByText('3.64 BYN', { exact: true }).first();
		expect(await rate.getAttribute('title')).toMatch(/page furniture/);
		expect(await rate.getAttribute('tabindex')).toBe('0');
	});

	test('the footer says how fresh the data is and how many sources it rests on', async () => {
		const html = await (
			await fetch(new URL('/articles', (await import('./harness')).siteUrl()))
		).text();
		expect(html).toMatch(/Data as of 31 Jan 2026 · 5\s+sources/);
	});
});
