import { intlLocales, type Locale } from './locale';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number format of the language, built once per options. Grouping is `always` because ru-RU
 * leaves four-digit numbers ungrouped by default (`3000`), which sits badly beside `30 000` in a
 * column; English groups them either way.
 */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}) {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(intlLocales[locale], {
			maximumFractionDigits: 2,
			useGrouping: 'always',
			...options
		});
		formats.set(key, format);
	}
	return format;
}

/** A count of things (rows, milliseconds): `10,000,000`, `10 000 000`. */
export const formatCount = (count: number, locale: Locale = 'en') =>
	numberFormat(locale).format(count);
