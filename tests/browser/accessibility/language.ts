// What language a page shows: a screen reader reads each text by the `lang` it is marked with.
import type { Page } from 'playwright-core';

/**
 * The visible text of the interface: without names and code (translate="no", <code>, <pre>, keys),
 * which stay as they are in every language, and without the language switch, which names the
 * other language in that language.
 */
export const interfaceText = (page: Page) =>
	page.evaluate(() => {
		const body = document.body.cloneNode(true) as HTMLElement;
		body
			.querySelectorAll('[translate="no"], code, pre, kbd, samp, a[hreflang], script, style')
			.forEach((e) => e.remove());
		document.body.append(body);
		body.style.position = 'absolute';
		const text = body.innerText;
		body.remove();
		return text;
	});

/** Text nodes with a Cyrillic letter that no element with lang="ru" holds. */
export const strayRussian = (page: Page) =>
	page.evaluate(() => {
		const stray: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!/[\u0400-\u04FF]/.test(node.textContent ?? '')) continue;
			const parent = node.parentElement;
			if (parent?.closest('script, style')) continue;
			if (parent?.closest('[lang]')?.getAttribute('lang') !== 'ru') stray.push(node.textContent!);
		}
		return stray;
	});

/** The share of a text's letters that are Cyrillic (a Russian page may show Latin names: CSV, SQL). */
export const cyrillicShare = (text: string) => {
	const letters = text.match(/\p{L}/gu) ?? [];
	return letters.filter((l) => /\p{Script=Cyrillic}/u.test(l)).length / letters.length;
};
