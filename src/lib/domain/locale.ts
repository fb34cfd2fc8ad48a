/** The languages the site is written in; Russian first, as the sources are. */
export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export const baseLocale: Locale = 'ru';

/**
 * The Intl locale behind each language. British English writes dates day-first (`31 Jan 2026`),
 * closer to the Russian order than American English.
 */
export const intlLocales: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };
