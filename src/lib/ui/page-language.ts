import type { Locale } from '$lib/domain/locale';
import { getLocale } from '$lib/paraglide/runtime';

/** A text of the data as a page shows it, with the language it is written in (for `lang`). */
export interface PageText {
	text: string;
	lang: Locale;
}

/**
 * The Russian form of a text on Russian pages, where the data has one; else the English form,
 * marked as English so that a screen reader reads it right among Russian words.
 */
export function inPageLanguage(en: string, ru: string | null | undefined): PageText {
	return getLocale() === 'ru' && ru ? { text: ru, lang: 'ru' } : { text: en, lang: 'en' };
}
