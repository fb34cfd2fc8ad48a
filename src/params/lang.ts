import type { ParamMatcher } from '@sveltejs/kit';
import { isLocale, type Locale } from '$lib/paraglide/runtime';

/** The first segment of every page: one of Paraglide's locales (ru, en). */
export const match = ((param: string): param is Locale => isLocale(param)) satisfies ParamMatcher;
