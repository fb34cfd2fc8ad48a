import { getLocale } from '$lib/paraglide/runtime';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { filterToParams, type Filter } from '$lib/sql/filter';
import type { ChartLink } from './charts/chart-parts';
import { isSortParam } from './table/sort-in-url.svelte';

const overviewWith = (params: URLSearchParams) => {
	const query = params.toString();
	return `${resolve('/[lang=lang]', { lang: getLocale() })}/` + (query ? `?${query}` : '');
};

/** `/?sector=automotive&status=plan`: the overview under a filter (just `/` without one). */
export const filterHref = (filter: Filter): string => overviewWith(filterToParams(filter));

/**
 * Change the overview's filter: a new history entry, so that the back button restores the view;
 * focus and scroll stay where they are, and so do the overview's tables' sorts.
 */
export function gotoFilter(filter: Filter) {
	const params = filterToParams(filter);
	if (page.route.id === '/[lang=lang]') {
		for (const [name, value] of page.url.searchParams)
			if (isSortParam(name)) params.set(name, value);
	}
	// resolve() takes no query string (sveltejs/kit#14750); overviewWith resolves the path part.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(overviewWith(params), { keepFocus: true, noScroll: true, replaceState: false });
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
