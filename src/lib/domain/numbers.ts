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
export const formatCount = (count: number, locale: Locale) => numberFormat(locale).format(count);

/**
 * A number of a query result, cast to text by DuckDB, written the language's way for reading:
 * `12 345,5` / `12,345.5`. Four-digit numbers stay ungrouped (`2026`, a year more often than not),
 * no digit is rounded away, and integers too long for a double keep every digit. Text that is not
 * a finite number (`inf`, `NaN`) is shown as it is.
 */
export function formatResultNumber(text: string, locale: Locale): string {
	const grouping = { useGrouping: 'min2', maximumFractionDigits: 20 } as const;
	if (/^-?\d+$/.test(text)) return numberFormat(locale, grouping).format(BigInt(text));
	const value = Number(text);
	if (text.trim() === '' || !Number.isFinite(value)) return text;
	return numberFormat(locale, grouping).format(value);
}
