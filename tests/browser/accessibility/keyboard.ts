// Driving a page with the keyboard alone, and checking that focus can be seen wherever it lands.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Focused {
	/** e.g. `A "Skip to content"`, for failure messages; `BODY` when nothing has the focus. */
	label: string;
	/** An outline or a box shadow is drawn around it. */
	visible: boolean;
	inMain: boolean;
}

/** What has the focus now, and whether its focus indicator is drawn. */
export function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return { label: 'BODY', visible: false, inMain: false };
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none';
		const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60);
		return {
			label: `${el.tagName} "${text}"`,
			visible: outline || shadow,
			inMain: !!el.closest('main')
		};
	});
}

/** Whether `target` (the first element it finds) has the focus. */
export const hasFocus = (target: Locator) =>
	target.first().evaluate((el) => el === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus; every element it passes must show its
 * focus. Fails after `limit` presses.
 */
export async function tabTo(
	page: Page,
	target: Locator,
	{ back = false, limit = 300 } = {}
): Promise<Focused> {
	const passed: string[] = [];
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const now = await focused(page);
		passed.push(now.label);
		expect(now.visible, `focus is not visible on ${now.label}, after ${passed.join(', ')}`).toBe(
			true
		);
		if (await hasFocus(target)) return now;
	}
	throw new Error(`${target} not reached in ${limit} presses of Tab; passed ${passed.join(', ')}`);
}
