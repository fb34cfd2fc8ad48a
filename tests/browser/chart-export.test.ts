// "Download PNG" on the overview and on an indicator page: a PNG at least 1200 px wide, named after
// the indicator or the chart's dataset, with the title at the top and the sources at the bottom,
// in the page's colour scheme.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { m } from '../../src/lib/paraglide/messages';
import { imageLayout } from '../../src/lib/ui/charts/image-layout';
import { browserForFile, gotoHydrated, openPage, siteUrl, type OpenedPage } from './harness';

const browser = browserForFile();
const locales = ['ru', 'en'] as const;
type Locale = (typeof locales)[number];

// One page for the whole file: the tests only read what each download gives.
let opened: OpenedPage;
beforeAll(async () => {
	opened = await openPage(browser, siteUrl());
});
afterAll(async () => {
	await opened?.context.close();
});

interface Png {
	name: string;
	bytes: Buffer;
	width: number;
	height: number;
}

/** Clicks the figure's "Download PNG" and reads the file the browser saves. */
async function downloadPng(page: Page, figure: Locator, locale: Locale): Promise<Png> {
	const button = figure.getByRole('button', { name: m.chart_png_download({}, { locale }) });
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const bytes = await readFile((await download.path()) as string);
	// A PNG starts with its signature, then the IHDR chunk: width and height, 4 bytes each.
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return {
		name: download.suggestedFilename(),
		bytes,
		width: bytes.readUInt32BE(16),
		height: bytes.readUInt32BE(20)
	};
}

interface Bands {
	/** The colour of the top left corner: the image's background. */
	background: number[];
	/** Pixels unlike the background in the title's band, and in the last lines (the citation). */
	title: number;
	footer: number;
	/** The page's own background colour, as the canvas reads it. */
	pageBackground: number[];
	/** Pixels in one of the status colours the page has now: the chart's bars, points and legend. */
	marks: number;
}

/** Decodes the PNG in the page (createImageBitmap) and counts the pixels drawn in each band. */
function bands(page: Page, png: Png): Promise<Bands> {
	const { margin, scale, title, text } = imageLayout;
	const rows = {
		title: [margin * scale, (margin + title.line) * scale],
		footer: [png.height - (margin + 2 * text.line) * scale, png.height - margin * scale]
	};
	return page.evaluate(
		async ({ bytes, rows }) => {
			const bitmap = await createImageBitmap(
				new Blob([new Uint8Array(bytes)], { type: 'image/png' })
			);
			const canvas = document.createElement('canvas');
			canvas.width = bitmap.width;
			canvas.height = bitmap.height;
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
			/** Whether the pixel at byte `i` is within `by` of `rgb` in each channel. */
			const near = (i: number, rgb: number[], by: number) =>
				Math.abs(data[i]! - rgb[0]!) <= by &&
				Math.abs(data[i + 1]! - rgb[1]!) <= by &&
				Math.abs(data[i + 2]! - rgb[2]!) <= by;
			const background = [data[0]!, data[1]!, data[2]!];
			const drawn = ([from, to]: number[]) => {
				let count = 0;
				const end = Math.round(to!) * bitmap.width * 4;
				for (let i = Math.round(from!) * bitmap.width * 4; i < end; i += 4)
					if (!near(i, background, 40)) count++;
				return count;
			};
			// A custom property of the page as a colour: painted on a 1 px canvas and read back.
			const probe = document.createElement('canvas').getContext('2d')!;
			const colour = (name: string) => {
				probe.fillStyle = getComputedStyle(document.documentElement).getPropertyValue(name);
				probe.fillRect(0, 0, 1, 1);
				return [...probe.getImageData(0, 0, 1, 1).data.subarray(0, 3)];
			};
			const statuses = ['actual', 'plan', 'target', 'baseline', 'promise', 'event'];
			const statusColours = statuses.map((s) => colour(`--status-${s}`));
			let marks = 0;
			for (let i = 0; i < data.length; i += 4)
				if (statusColours.some((c) => near(i, c, 3))) marks++;
			return {
				background,
				title: drawn(rows.title),
				footer: drawn(rows.footer),
				pageBackground: colour('--bg'),
				marks
			};
		},
		{ bytes: [...png.bytes], rows }
	);
}

const luminance = ([r, g, b]: number[]) => (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;

/** The image is wide enough, and not blank where the title and the sources stand. */
async function expectComposed(page: Page, png: Png, scheme: 'light' | 'dark') {
	expect(png.width).toBeGreaterThanOrEqual(1200);
	expect(png.height).toBeGreaterThan(png.width / 3);
	const found = await bands(page, png);
	// Text is thin: a few hundred pixels of a band of 1260 × 39 are enough to be sure it is drawn.
	expect(found.title, 'pixels drawn in the title band').toBeGreaterThan(300);
	expect(found.footer, 'pixels drawn in the citation band').toBeGreaterThan(300);
	expect(found.background).toEqual(found.pageBackground);
	// The chart is drawn in the colours of the scheme shown, also after the scheme changed.
	expect(found.marks, 'pixels in the status colours of the page').toBeGreaterThan(200);
	if (scheme === 'dark') expect(luminance(found.background)).toBeLessThan(0.2);
	else expect(luminance(found.background)).toBeGreaterThan(0.9);
}

describe.each(locales)('Download PNG in /%s/', (locale) => {
	test('an indicator page: <indicator id>.png, in light and in dark', async () => {
		const { page } = opened;
		await page.emulateMedia({ colorScheme: 'light' });
		await gotoHydrated(page, `/${locale}/indicators`);
		// The first indicator of the list that has figures (one without has no chart).
		const row = page
			.locator('tbody tr')
			.filter({ has: page.locator('td.num', { hasNotText: /^0$/ }) })
			.first();
		await row.locator('a').first().click();
		await page.waitForURL(new RegExp(`/${locale}/indicators/[^/]+$`));
		const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
		await page.waitForFunction(() => performance.getEntriesByName('hydrated').length > 0);
		const figure = page.locator('figure').first();

		const light = await downloadPng(page, figure, locale);
		expect(light.name).toBe(`${id}.png`);
		await expectComposed(page, light, 'light');

		await page.emulateMedia({ colorScheme: 'dark' });
		const dark = await downloadPng(page, figure, locale);
		expect(dark.name).toBe(`${id}.png`);
		await expectComposed(page, dark, 'dark');
	});

	test('the overview: the timeline as timeline.png, an indicator card as its id', async () => {
		const { page } = opened;
		await page.emulateMedia({ colorScheme: 'light' });
		await gotoHydrated(page, `/${locale}/`);
		const timeline = page.locator('figure', {
			has: page.getByRole('heading', { name: m.timeline_title({}, { locale }) })
		});
		const png = await downloadPng(page, timeline, locale);
		expect(png.name).toBe('timeline.png');
		await expectComposed(page, png, 'light');

		const card = page.locator('article.indicator', { has: page.locator('figure') }).first();
		if (await card.count()) {
			const href = await card.locator('h3 a').getAttribute('href');
			const id = decodeURIComponent(href!.replace(/\/$/, '').split('/').pop()!);
			const cardPng = await downloadPng(page, card.locator('figure'), locale);
			expect(cardPng.name).toBe(`${id}.png`);
			expect(cardPng.width).toBeGreaterThanOrEqual(1200);
		}
	});

	test('the button names its chart, and the page stayed on its own host and policy', async () => {
		const { page } = opened;
		const names = await page
			.getByRole('button', { name: m.chart_png_download({}, { locale }) })
			.evaluateAll((buttons) => buttons.map((b) => b.textContent?.trim() ?? ''));
		expect(names.length).toBeGreaterThan(0);
		const headings = await page
			.locator('figure')
			.evaluateAll((figures) =>
				figures.map((f) => f.querySelector('h2, h3, h4')?.textContent?.trim() ?? '')
			);
		expect(names).toHaveLength(headings.length);
		for (const name of names)
			expect(name.startsWith(`${m.chart_png_download({}, { locale })}: `), name).toBe(true);
		expect(names[names.length - 1]).toContain(m.timeline_title({}, { locale }));
		expect(opened.foreignRequests).toEqual([]);
		expect(opened.cspViolations).toEqual([]);
		expect(opened.consoleErrors).toEqual([]);
	});
});
