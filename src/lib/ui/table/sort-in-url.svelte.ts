import { goto } from '$app/navigation';
import { page } from '$app/state';
import { hrefWithSort, sortFromParam, type Sort } from './sort';

/** Whether a query parameter holds a table's sort (`sort`, `sort-<table>`). */
export const isSortParam = (name: string) => name === 'sort' || name.startsWith('sort-');

/**
 * A table's sort, kept in the URL like the overview's filter: a shared link and the back button
 * give the same order. Pages are prerendered in their own order and reading the query while
 * prerendering throws, so the sort is read once the component is mounted, in the browser.
 */
export class SortInUrl {
	#mounted = $state(false);
	#param: () => string;
	#columns: () => readonly string[];

	/** `param`: the query parameter; `columns`: the ids of the columns that sort. */
	constructor(param: () => string, columns: () => readonly string[]) {
		this.#param = param;
		this.#columns = columns;
		// Effects run in the browser only, after the prerendered markup is hydrated.
		$effect(() => {
			this.#mounted = true;
		});
	}

	/** Whether the sort can change: not in prerendered HTML, nor before the script runs. */
	get live() {
		return this.#mounted;
	}

	/** The sort the URL asks for; undefined (the table's own order) for none or a wrong one. */
	get current(): Sort | undefined {
		if (!this.#mounted) return undefined;
		return sortFromParam(page.url.searchParams.get(this.#param()), this.#columns());
	}

	/**
	 * Sort by `sort` (or go back to the table's own order): a new history entry, so that the back
	 * button undoes it; other parameters (the filter, other tables' sorts), scroll and focus stay.
	 */
	set(sort: Sort | undefined) {
		const href = hrefWithSort(page.url, this.#param(), sort);
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the page's own, resolved path
		return goto(href, { keepFocus: true, noScroll: true, replaceState: false });
	}
}
