import { getLocale } from '$lib/paraglide/runtime';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { filterToParams, type Filter } from '$lib/sql/filter';
import type { ChartLink } from './charts/chart-parts';

/** `/?sector=automotive&status=plan`: the overview under a filter (just `/` without one). */
export function filterHref(filter: Filter): string {
	const query = filterToParams(filter).toString();
	return `${resolve('/[lang=lang]', { lang: getLocale() })}/` + (query ? `?${query}` : '');
}

/**
 * Change the overview's filter: a new history entry, so that the back button restores the view;
 * focus and scroll stay where they are.
 */
export function gotoFilter(filter: Filter) {
	// resolve() takes no query string (sveltejs/kit#14750); filterHref resolves the path part.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(filterHref(filter), { keepFocus: true, noScroll: true, replaceState: false });
}

/** The address of the /data page, as a citation of the dataset gives it (browser only). */
export const dataPageAddress = () =>
	new URL(`${resolve('/[lang=lang]/data', { lang: getLocale() })}/`, location.href).href;

/** Follow a chart's bar or point: a fact to its sentence, a count to the view it counts. */
export function follow(link: ChartLink) {
	if (link.kind === 'filter') return gotoFilter(link.filter);
	if (link.kind === 'article')
		return goto(resolve('/[lang=lang]/articles/[id]', { lang: getLocale(), id: link.articleId }));
	const article = resolve('/[lang=lang]/articles/[id]', { lang: getLocale(), id: link.articleId });
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- the path is resolved; + anchor
	return goto(`${article}#fact-${link.factId}`);
}
