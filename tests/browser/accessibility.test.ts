// axe-core over what the pages become once used: the overview filtered by DuckDB, and the SQL
// console with a result and then an error; in the light and the dark colour scheme. (pages.test.ts
// runs axe over every page of both trees as it loads, at both widths.)
import { describe, expect, test } from 'vitest';
import { m } from '../../src/lib/paraglide/messages';
import { expectNoSeriousViolation } from './accessibility/axe';
import { busiestSector, claimSources, factsWhere, openChecked, tableSources } from './fixtures';
import { browserForFile, desktopViewport, gotoHydrated } from './harness';

const browser = browserForFile();
const sector = await busiestSector();
const schemes = ['light', 'dark'] as const;

// In the Russian tree: both trees are one DOM in two languages, and pages.test.ts runs axe over
// both as they load.
const lang = 'ru';
const locale = { locale: lang } as const;
describe('accessibility in /ru/ (axe-core, WCAG 2.x A and AA)', () => {
	test('the overview filtered by DuckDB', async () => {
		const { page, consoleErrors } = await openChecked(browser, { viewport: desktopViewport });
		await gotoHydrated(page, `/${lang}/`);
		await page.getByRole('combobox', { name: m.filters_sector({}, locale) }).selectOption(sector);
		await page.waitForURL((url) => url.searchParams.get('sector') === sector);
		const shown = claimSources(await factsWhere({ filter: { sector }, order: 'year' }), lang);
		await expect
			.poll(() => tableSources(page, m.timeline_title({}, locale)), { timeout: 30_000 })
			.toEqual(shown);
		for (const colorScheme of schemes) {
			await page.emulateMedia({ colorScheme });
			await expectNoSeriousViolation(page, `filtered /${lang}/, ${colorScheme}`);
		}
		expect(consoleErrors).toEqual([]);
	});

	test('the SQL console with a result and an error', async () => {
		const { page, consoleErrors } = await openChecked(browser, { viewport: desktopViewport });
		await page.goto(`/${lang}/data/sql/?q=SELECT+*+FROM+facts+LIMIT+20`);
		const form = page.locator('form[data-finished]');
		await expect.poll(() => form.getAttribute('data-finished'), { timeout: 30_000 }).toBe('1');
		expect(
			await page.getByRole('region', { name: m.console_rows_region({}, locale) }).count()
		).toBe(1);
		for (const colorScheme of schemes) {
			await page.emulateMedia({ colorScheme });
			await expectNoSeriousViolation(page, `console result, ${colorScheme}`);
		}

		await page.getByRole('textbox', { name: m.console_query({}, locale) }).fill('SELECT nope');
		await page.getByRole('button', { name: m.console_run({}, locale) }).click();
		await expect.poll(() => page.getByRole('alert').count(), { timeout: 30_000 }).toBe(1);
		for (const colorScheme of schemes) {
			await page.emulateMedia({ colorScheme });
			await expectNoSeriousViolation(page, `console error, ${colorScheme}`);
		}
		expect(consoleErrors).toEqual([]);
	});
});
