import { intlLocales, locales, type Locale } from './locale';
import { formatCount } from './numbers';

/**
 * The forms of a noun by CLDR plural category. English needs `one` and `other`; Russian `one`
 * (1, 21), `few` (2–4, 22), `many` (0, 5–20, 25) and `other`, which is what fractions take: the
 * genitive singular (`1,5 автобуса`).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/* Two fraction digits, as numbers are shown: 1.004 is written `1`, so it takes the form of 1. */
const rules = Object.fromEntries(
	locales.map((locale) => [
		locale,
		new Intl.PluralRules(intlLocales[locale], { maximumFractionDigits: 2 })
	])
) as Record<Locale, Intl.PluralRules>;

/** The form of a noun that goes with `n`: `статья`, `статьи`, `статей`; `source`, `sources`. */
export function pluralNoun(locale: Locale, n: number, forms: PluralForms): string {
	return forms[rules[locale].select(n)] ?? forms.other;
}

/**
 * `n` and its noun, never split across lines: `119 предприятий`, `3 sources`.
 */
export function countOf(locale: Locale, n: number, forms: PluralForms): string {
	return `${formatCount(n, locale)}\u00a0${pluralNoun(locale, n, forms)}`;
}
