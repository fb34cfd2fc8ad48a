// axe-core over the site's main pages: no serious or critical WCAG 2.x A/AA violation, in the light
// and the dark colour scheme, on a desktop and a phone. Every <details> is opened first, since axe
// skips what is hidden and the table views hold most of the content.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, describeViolations, seriousOrCritical } from './accessibility/axe';
import {
	busiestSector,
	claimSources,
	factsWhere,
	openChecked,
	richestArticle,
	richestIndicator,
	tableSources,
	timeline
} from './fixtures';
import { browserForFile, desktopViewport, phoneViewport } from './harness';

const browser = browserForFile();

const article = await richestArticle();
const pages = {
	overview: '/en/',
	indicator: `/en/indicators/${(await richestIndicator()).id}`,
	article: `/en/articles/${article.id}#fact-${article.facts[0]!.fact_id}`,
	data: '/en/data/'
};
const sector = await busiestSector();
/** Contrast is checked in both schemes at one width; the phone layout, in the light one. */
const runs = [
	{ layout: 'desktop', viewport: desktopViewport, scheme: 'light' },
	{ layout: 'desktop', viewport: desktopViewport, scheme: 'dark' },
	{ layout: 'phone', viewport: phoneViewport, scheme: 'light' }
] as const;
type Run = (typeof runs)[number];

async function expectNoSeriousViolation(page: Page) {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const violations = seriousOrCritical(await axeViolations(page));
	expect(violations, describeViolations(violations)).toEqual([]);
}

async function open({ viewport, scheme }: Run) {
	const opened = await openChecked(browser, { viewport });
	await opened.page.emulateMedia({ colorScheme: scheme });
	return opened;
}

describe('accessibility (axe-core, WCAG 2.x A and AA)', () => {
	for (const run of runs) {
		const { layout, scheme } = run;
		for (const [name, path] of Object.entries(pages)) {
			test(`${name} page, ${layout}, ${scheme}`, async () => {
				const { page, consoleErrors } = await open(run);
				await page.goto(path, { waitUntil: 'networkidle' });
				// The charts are drawn (chart.js is loaded in the browser only).
				if (await page.locator('[role="img"]').count()) {
					await expect.poll(() => page.locator('[role="img"] canvas').count()).toBeGreaterThan(0);
				}
				await expectNoSeriousViolation(page);
				expect(consoleErrors).toEqual([]);
			});
		}

		test(`overview filtered by DuckDB, ${layout}, ${scheme}`, async () => {
			const { page, consoleErrors } = await open(run);
			await page.goto('/en/', { waitUntil: 'networkidle' });
			await page.getByRole('combobox', { name: 'Sector' }).selectOption(sector);
			await page.waitForURL((url) => url.searchParams.get('sector') === sector);
			const shown = claimSources(await factsWhere({ filter: { sector }, order: 'year' }));
			await expect.poll(() => tableSources(page, timeline), { timeout: 30_000 }).toEqual(shown);
			await expectNoSeriousViolation(page);
			expect(consoleErrors).toEqual([]);
		});

		test(`SQL console with a result and an error, ${layout}, ${scheme}`, async () => {
			const { page, consoleErrors } = await open(run);
			await page.goto('/en/data/sql/?q=SELECT+*+FROM+facts+LIMIT+20');
			const form = page.locator('form[data-finished]');
			await expect.poll(() => form.getAttribute('data-finished'), { timeout: 30_000 }).toBe('1');
			expect(await page.getByRole('region', { name: 'Rows of the result' }).count()).toBe(1);
			await expectNoSeriousViolation(page);

			await page.getByRole('textbox', { name: 'Query' }).fill('SELECT nope');
			await page.getByRole('button', { name: 'Run' }).click();
			await expect.poll(() => page.getByRole('alert').count(), { timeout: 30_000 }).toBe(1);
			await expectNoSeriousViolation(page);
			expect(consoleErrors).toEqual([]);
		});
	}
});
