// Sortable tables on the built site: a header button sorts by its column (numbers as numbers,
// periods as dates), with the mouse and the keyboard; aria-sort says how; the sort lives in the URL,
// so that loading it, the back button and the language switch give the same order; without
// JavaScript the table stands in its own order. Every expected order is worked out here from the
// tables the site is built from, by a comparison of its own.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { claimsOf, sourcesByArticle, type Claim } from '../../src/lib/claims/claims';
import { periodRange } from '../../src/lib/claims/period-range';
import { nodeDb } from '../../src/lib/server/db/node';
import { m } from '../../src/lib/paraglide/messages';
import { indicatorList } from '../../src/lib/sql/catalogue';
import { indicatorDataset } from '../../src/lib/sql/datasets';
import type { FactRow } from '../../src/lib/sql/facts';
import { overviewRows } from '../../src/lib/sql/overview-rows';
import { expectNoSeriousViolation } from './accessibility/axe';
import { focused, hasFocus, tabTo } from './accessibility/keyboard';
import { busiestSector, openChecked, richestIndicator, timeline } from './fixtures';
import { browserForFile, gotoHydrated, hydrated, screenshot, siteUrl } from './harness';

const browser = browserForFile();
const en = { locale: 'en' } as const;
const ru = { locale: 'ru' } as const;

type Direction = 'ascending' | 'descending';

/**
 * `rows` by `key`, the oracle of these tests: rows without a key last either way, ties in the
 * order given (Array.prototype.sort is stable).
 */
function expectedOrder<T, K>(
	rows: readonly T[],
	key: (row: T) => K | null,
	compare: (a: K, b: K) => number,
	direction: Direction
): T[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const [x, y] = [key(a), key(b)];
		if (x === null || y === null) return Number(x === null) - Number(y === null);
		return sign * compare(x, y);
	});
}
const byNumber = (a: number, b: number) => a - b;
/** ISO days compare as strings: a period by its first day, then its last. */
const byDays = (a: { start: string; end: string }, b: { start: string; end: string }) =>
	a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
const periodKey = (claim: Claim) => (claim.fact.period ? periodRange(claim.fact.period) : null);

/** A row of a claim table is known by its first source's link: `#fact-<id>`. */
const rowId = (claim: Claim) => `#fact-${sourcesByArticle(claim.sources)[0]!.fact_id}`;
const shownRows = (table: Locator) =>
	table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => (row.querySelector('a.source') as HTMLAnchorElement | null)?.hash ?? '')
		);

/** Every header's aria-sort, by its text (the arrow left out). */
const ariaSorts = (table: Locator) =>
	table
		.locator('thead th')
		.evaluateAll((ths) =>
			Object.fromEntries(
				ths.map((th) => [
					th.querySelector('.name')?.textContent ?? th.textContent?.trim(),
					th.getAttribute('aria-sort')
				])
			)
		);
const sortParam = (page: Page, name = 'sort') => new URL(page.url()).searchParams.get(name);
const headerButton = (table: Locator, header: string) =>
	table.locator('thead th', { hasText: header }).getByRole('button');

/** The indicator with the most claims, its claims in the order of its page. */
async function indicatorWithClaims() {
	const { id } = await richestIndicator();
	const db = await nodeDb();
	const claims = claimsOf(await db.query<FactRow>(indicatorDataset(id).sql));
	// With fewer than two figures there is no order to test.
	expect(claims.length, `${id} has fewer than two claims`).toBeGreaterThanOrEqual(2);
	return { id, claims };
}

/** The indicator page's table view, opened. */
async function claimTable(page: Page) {
	await page.locator('figure details summary').first().click();
	return page.locator('figure details table').first();
}

describe('the table of an indicator page', () => {
	test('sorts by value and by period, with the mouse and with the keyboard', async () => {
		const { id, claims } = await indicatorWithClaims();
		const { page, consoleErrors } = await openChecked(browser);
		await gotoHydrated(page, `/en/indicators/${id}`);
		const table = await claimTable(page);
		const [value, period, status] = [
			m.col_value({}, en),
			m.col_period({}, en),
			m.col_status({}, en)
		];

		// The page's own order, and no column said to be sorted.
		expect(await shownRows(table)).toEqual(claims.map(rowId));
		expect(Object.values(await ariaSorts(table)).every((s) => s === null)).toBe(true);

		// The mouse: ascending, then descending, by the figure as a number.
		const valueButton = headerButton(table, value);
		expect(await valueButton.getAttribute('aria-label')).toBe(
			m.sort_press_ascending({ column: value }, en)
		);
		await valueButton.click();
		await expect.poll(() => sortParam(page)).toBe('value');
		const byValue = (d: Direction) =>
			expectedOrder(claims, (c) => c.fact.value, byNumber, d).map(rowId);
		expect(await shownRows(table)).toEqual(byValue('ascending'));
		expect(await ariaSorts(table)).toMatchObject({ [value]: 'ascending', [period]: null });
		expect(await valueButton.getAttribute('aria-label')).toBe(
			m.sort_press_descending({ column: value }, en)
		);
		await valueButton.click();
		await expect.poll(() => sortParam(page)).toBe('-value');
		expect(await shownRows(table)).toEqual(byValue('descending'));
		expect(await ariaSorts(table)).toMatchObject({ [value]: 'descending', [period]: null });
		expect(await page.locator('.sort-status').textContent()).toContain(
			m.sort_status_descending({ column: value }, en)
		);

		// The keyboard: Tab along the headers to Period; Enter, then Space.
		const periodButton = headerButton(table, period);
		await tabTo(page, periodButton);
		await page.keyboard.press('Enter');
		await expect.poll(() => sortParam(page)).toBe('period');
		const byPeriod = (d: Direction) => expectedOrder(claims, periodKey, byDays, d).map(rowId);
		expect(await shownRows(table)).toEqual(byPeriod('ascending'));
		expect(await ariaSorts(table)).toMatchObject({
			[value]: null,
			[status]: null,
			[period]: 'ascending'
		});
		await page.keyboard.press('Space');
		await expect.poll(() => sortParam(page)).toBe('-period');
		expect(await shownRows(table)).toEqual(byPeriod('descending'));
		expect(await ariaSorts(table)).toMatchObject({ [value]: null, [period]: 'descending' });
		// The focus stays on the header, where it can be seen.
		expect(await hasFocus(periodButton)).toBe(true);
		expect((await focused(page)).visible).toBe(true);

		// Back: the previous sort, its URL and its order.
		await page.goBack();
		await expect.poll(() => sortParam(page)).toBe('period');
		await expect.poll(() => shownRows(table)).toEqual(byPeriod('ascending'));
		expect(consoleErrors).toEqual([]);
	});

	test('a link with the sort gives the same order; the language switch keeps it', async () => {
		const { id, claims } = await indicatorWithClaims();
		const descending = expectedOrder(claims, periodKey, byDays, 'descending').map(rowId);
		const { page, consoleErrors } = await openChecked(browser);
		await gotoHydrated(page, `/en/indicators/${id}?sort=-period`);
		const table = await claimTable(page);
		expect(await shownRows(table)).toEqual(descending);
		expect(await ariaSorts(table)).toMatchObject({ [m.col_period({}, en)]: 'descending' });

		await expect
			.poll(() => page.locator('a.switch').getAttribute('href'))
			.toMatch(/\?sort=-period$/);
		await page.locator('a.switch').click();
		await page.waitForURL((url) => url.pathname === `/ru/indicators/${id}`);
		expect(sortParam(page)).toBe('-period');
		await hydrated(page);
		const russian = await claimTable(page);
		await expect.poll(() => shownRows(russian)).toEqual(descending);
		expect(await ariaSorts(russian)).toMatchObject({ [m.col_period({}, ru)]: 'descending' });
		await screenshot(page, 'sorted-indicator-ru');
		expect(consoleErrors).toEqual([]);
	});

	test.each(['nonsense', '-', '--value', 'Value', 'value,period'])(
		'?sort=%s is no sort: the page’s own order',
		async (param) => {
			const { id, claims } = await indicatorWithClaims();
			const { page, consoleErrors } = await openChecked(browser);
			await gotoHydrated(page, `/en/indicators/${id}?sort=${encodeURIComponent(param)}`);
			const table = await claimTable(page);
			expect(await shownRows(table)).toEqual(claims.map(rowId));
			expect(Object.values(await ariaSorts(table)).every((s) => s === null)).toBe(true);
			expect(consoleErrors).toEqual([]);
		}
	);

	test('without JavaScript: the prerendered table in its own order, no buttons', async () => {
		const { id, claims } = await indicatorWithClaims();
		const context = await browser.newContext({ baseURL: siteUrl(), javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(`/en/indicators/${id}?sort=-value`);
			const table = await claimTable(page);
			expect(await shownRows(table)).toEqual(claims.map(rowId));
			expect(await table.locator('thead button').count()).toBe(0);
			expect(Object.values(await ariaSorts(table)).every((s) => s === null)).toBe(true);
		} finally {
			await context.close();
		}
	});

	test('axe finds nothing serious in a sorted table in /ru/, light and dark', async () => {
		const { id } = await indicatorWithClaims();
		const { page, consoleErrors } = await openChecked(browser);
		await gotoHydrated(page, `/ru/indicators/${id}?sort=-value`);
		const table = await claimTable(page);
		await expect
			.poll(() => ariaSorts(table))
			.toMatchObject({ [m.col_value({}, ru)]: 'descending' });
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoSeriousViolation(page, `/ru/indicators/${id}?sort=-value, ${colorScheme}`);
		}
		expect(consoleErrors).toEqual([]);
	});
});

describe('the list of indicators', () => {
	/** The sector with the most indicators, and its indicators in the order of the page. */
	async function busiestGroup() {
		const indicators = await indicatorList(await nodeDb());
		const count = (sector: string) => indicators.filter((i) => i.sector === sector).length;
		const sector = indicators
			.map((i) => i.sector)
			.reduce((best, s) => (count(s) > count(best) ? s : best));
		const group = indicators.filter((i) => i.sector === sector);
		expect(group.length, `no sector has two indicators`).toBeGreaterThanOrEqual(2);
		return { sector, group, others: indicators.some((i) => i.sector !== sector) };
	}
	const shownIndicators = (section: Locator) =>
		section
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((row) => row.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? '')
			);

	test('a sector’s table sorts by its number of facts, most first; the others keep theirs', async () => {
		const { sector, group, others } = await busiestGroup();
		const mostFirst = expectedOrder(group, (i) => i.facts, byNumber, 'descending').map(
			(i) => i.indicator_id
		);
		const { page, consoleErrors } = await openChecked(browser);
		await gotoHydrated(page, '/en/indicators');
		const section = page.locator(`section[aria-labelledby="sector-${sector}"]`);
		expect(await shownIndicators(section)).toEqual(group.map((i) => i.indicator_id));
		const facts = headerButton(section.locator('table'), m.col_facts({}, en));
		await facts.click();
		await expect.poll(() => sortParam(page, `sort-${sector}`)).toBe('facts');
		await facts.click();
		await expect.poll(() => sortParam(page, `sort-${sector}`)).toBe('-facts');
		expect(await shownIndicators(section)).toEqual(mostFirst);
		expect(await ariaSorts(section.locator('table'))).toMatchObject({
			[m.col_facts({}, en)]: 'descending'
		});
		// Each table has its own sort: the other sectors' tables are as they were.
		if (others) {
			const otherSectors = page.locator(`section:not([aria-labelledby="sector-${sector}"])`);
			expect(await otherSectors.locator('th[aria-sort]').count()).toBe(0);
		}

		// The same URL, loaded afresh, gives the same order.
		const again = await openChecked(browser);
		await gotoHydrated(again.page, `/en/indicators?sort-${sector}=-facts`);
		const reloaded = again.page.locator(`section[aria-labelledby="sector-${sector}"]`);
		await expect.poll(() => shownIndicators(reloaded)).toEqual(mostFirst);
		expect(consoleErrors).toEqual([]);
		expect(again.consoleErrors).toEqual([]);
	});

	test('axe finds nothing serious in a sorted list in /ru/', async () => {
		const { sector } = await busiestGroup();
		const { page, consoleErrors } = await openChecked(browser);
		await gotoHydrated(page, `/ru/indicators?sort-${sector}=-facts`);
		await expect.poll(() => page.locator('th[aria-sort="descending"]').count()).toBe(1);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoSeriousViolation(page, `sorted /ru/indicators, ${colorScheme}`);
		}
		expect(consoleErrors).toEqual([]);
	});
});

describe('the overview', () => {
	test('a change of filter keeps the timeline table’s sort', async () => {
		const sector = await busiestSector();
		const claims = claimsOf((await overviewRows(await nodeDb(), { sector })).facts);
		const { page, consoleErrors } = await openChecked(browser);
		await gotoHydrated(page, '/en/?sort=-period');
		const figure = page.locator('figure', { has: page.getByRole('heading', { name: timeline }) });
		await figure.locator('details summary').click();
		const table = figure.locator('details table');
		await page.getByRole('combobox', { name: m.filters_sector({}, en) }).selectOption(sector);
		await page.waitForURL((url) => url.searchParams.get('sector') === sector);
		expect(sortParam(page)).toBe('-period');
		await expect
			.poll(() => shownRows(table), { timeout: 30_000 })
			.toEqual(expectedOrder(claims, periodKey, byDays, 'descending').map(rowId));
		expect(await ariaSorts(table)).toMatchObject({ [m.col_period({}, en)]: 'descending' });
		expect(consoleErrors).toEqual([]);
	});
});
