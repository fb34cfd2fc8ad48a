import { resolve } from '$app/paths';
import type { Page } from '@sveltejs/kit';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * The same page in another language: the same route with the same parameters but `lang`, and the
 * same trailing slash. Relative, like every link of the site (the host's origin is unknown).
 */
export function twinPath(page: Pick<Page, 'route' | 'params' | 'url'>, lang: Locale): string {
	// Every page lives under /[lang=lang]; the cast lets one call serve all of their parameters.
	const route = (page.route.id ?? '/[lang=lang]') as '/[lang=lang]';
	const path = resolve(route, { ...page.params, lang });
	return page.url.pathname.endsWith('/') && !path.endsWith('/') ? `${path}/` : path;
}
