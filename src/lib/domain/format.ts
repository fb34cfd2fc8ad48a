import { intlLocales, type Locale } from './locale';
import { countedNouns, currencyNouns, governedForms } from './nouns';
import { formatCount, numberFormat } from './numbers';
import { pluralNoun, type PluralForms } from './plural';
import { currencies } from './vocabulary';
import type { Qualifier, Status } from './vocabulary';

export { formatCount };

/** What a value needs to be written the way its source means it. */
export interface Quantity {
	value: number;
	value_max: number | null;
	qualifier: Qualifier;
	unit: string;
}

/** What the form of a counted noun depends on: the number, and the word before it. */
export type Counted = Pick<Quantity, 'value' | 'value_max' | 'qualifier'>;

// Indicator units name currencies by their ISO code in lower case (`kgs`).
const currencyCodes = new Set<string>(currencies.map((code) => code.toLowerCase()));
const shownByNumber = new Set(['percent', 'pp', 'ratio', 'year']);

/** Whether a unit counts things (`buses`, `workshops`), rather than being a share, a year or money. */
export const isCountedUnit = (unit: string) => !shownByNumber.has(unit) && !currencyCodes.has(unit);

/*
 * Russian typography binds a number to its unit, abbreviation and preposition (`25 %`, `1,5 млн`,
 * `до 3 000`, `2028 г.`) with a no-break space, as Intl itself does for ru-RU; English keeps the
 * plain spaces it has always had.
 */
const words = {
	en: {
		space: ' ',
		pp: ' pp',
		yearAfterWord: '',
		dateUnknown: 'date unknown',
		about: 'about',
		by: 'by',
		from: 'from'
	},
	ru: {
		space: '\u00a0',
		pp: '\u00a0п.\u00a0п.',
		// After a preposition a year is a noun that declines (`после 2028 года`, `к 2028 году`);
		// `г.` is how Russian writes it without choosing a case.
		yearAfterWord: '\u00a0г.',
		dateUnknown: 'дата неизвестна',
		about: 'около',
		// `до` and `с` take the genitive, which Intl gives for months (`до мая 2026 г.`); `к` would
		// need the dative (`к маю`), which it does not. The news write deadlines with `до` too.
		by: 'до',
		from: 'с'
	}
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * A number in its unit: `3,000`, `25%`, `2.4 pp`, `1.7×`, `2028` (years are never grouped),
 * `KGS 1,500,000.00`; in Russian `3 000`, `25 %`, `2,4 п. п.`, `1,7×`, `1,5 млн сомов`.
 */
export function formatNumber(value: number, unit: string, locale: Locale): string {
	return writeNumber(value, unit, locale, false);
}

/** `qualified`: a qualifier word stands before the number and may govern the currency's case. */
function writeNumber(value: number, unit: string, locale: Locale, qualified: boolean): string {
	if (unit === 'year') return String(value);
	if (unit === 'percent') {
		return numberFormat(locale, { style: 'unit', unit: 'percent' }).format(value);
	}
	if (unit === 'pp') return `${numberFormat(locale).format(value)}${words[locale].pp}`;
	if (unit === 'ratio') return `${numberFormat(locale).format(value)}×`;
	const currency = currencyNouns[locale][unit];
	if (currency) return amount(value, value, currency, locale, qualified);
	if (currencyCodes.has(unit)) {
		return numberFormat(locale, { style: 'currency', currency: unit.toUpperCase() }).format(value);
	}
	return numberFormat(locale).format(value);
}

/**
 * Thousands and more are abbreviated when nothing is lost to the two fraction digits shown:
 * `1,5 млн`, but `1 234 567` in full.
 */
function abbreviates(value: number): boolean {
	const size = Math.abs(value);
	if (size < 1000) return false;
	const scale = 1000 ** Math.min(Math.floor(Math.log10(size) / 3), 4);
	const hundredths = (size / scale) * 100;
	return Math.abs(hundredths - Math.round(hundredths)) < 1e-6;
}

/** A sum, or a range of sums, in words: `1,5 млн сомов`, `1–1,5 млн долларов`, `3,64 белорусского рубля`. */
function amount(
	from: number,
	to: number,
	currency: PluralForms,
	locale: Locale,
	qualified: boolean
): string {
	const abbreviated = abbreviates(from) && abbreviates(to);
	const format = numberFormat(locale, abbreviated ? { notation: 'compact' } : {});
	const sum = from === to ? format.format(to) : format.formatRange(from, to);
	// The noun follows `тыс.`, `млн`, `млрд`, which always take the genitive plural: `1 млн долларов`.
	const noun = abbreviated
		? (currency.many ?? currency.other)
		: pluralNoun(locale, to, qualified ? governedForms[locale](currency) : currency);
	return `${sum}${words[locale].space}${noun}`;
}

const qualifierWords: Record<
	Locale,
	Record<Exclude<Qualifier, 'exact' | 'range'>, [string, string]>
> = {
	// [for quantities, for years]
	en: {
		approx: ['about', 'about'],
		more_than: ['more than', 'after'],
		at_least: ['at least', 'no earlier than'],
		less_than: ['less than', 'before'],
		up_to: ['up to', 'by']
	},
	// The words the sources use (schema/enums.ts). For years, `ранее` pairs with `не ранее`, and `до`
	// is the source's own word for a deadline, as in periods.
	ru: {
		approx: ['около', 'около'],
		more_than: ['более', 'после'],
		at_least: ['не менее', 'не ранее'],
		less_than: ['менее', 'ранее'],
		up_to: ['до', 'до']
	}
};

/** `more than 3,000`, `20–25%`, `by 2028`; `более 3 000`, `20–25 %`, `до 2028 г.`. */
export function formatQuantity(
	{ value, value_max, qualifier, unit }: Quantity,
	locale: Locale
): string {
	if (qualifier === 'range' && value_max !== null) {
		const currency = currencyNouns[locale][unit];
		if (currency) return amount(value, value_max, currency, locale, false);
		return `${firstOfTwo(value, unit, locale)}–${formatNumber(value_max, unit, locale)}`;
	}
	if (qualifier === 'exact' || qualifier === 'range') return formatNumber(value, unit, locale);
	const [forQuantity, forYear] = qualifierWords[locale][qualifier];
	const { space, yearAfterWord } = words[locale];
	if (unit === 'year') return `${forYear}${space}${value}${yearAfterWord}`;
	return `${forQuantity}${space}${writeNumber(value, unit, locale, true)}`;
}

/** The first of two numbers in one unit: the sign is written once, after the second (`20–25%`). */
function firstOfTwo(value: number, unit: string, locale: Locale): string {
	if (unit === 'year') return String(value);
	if (shownByNumber.has(unit)) return numberFormat(locale).format(value);
	return formatNumber(value, unit, locale);
}

/**
 * Values that follow one another (`16% → 25%`), each written for a place in the chain: the sign
 * of an exact value followed by one in the same unit is written once, at the end, as in a range.
 */
export function formatChain(quantities: readonly Quantity[], locale: Locale): string[] {
	return quantities.map((q, i) => {
		const next = quantities[i + 1];
		return next && q.qualifier === 'exact' && q.unit === next.unit
			? firstOfTwo(q.value, q.unit, locale)
			: formatQuantity(q, locale);
	});
}

/**
 * A change from one value to another: `16 → 25%`, `16 → 25 %`, `about 600 → 1,000`. The arrow
 * stays with the first value.
 */
export function formatChange(from: Quantity, to: Quantity, locale: Locale): string {
	const [first, second] = formatChain([from, to], locale);
	return `${first}${words[locale].space}→ ${second}`;
}

/**
 * The counted thing after a number (`buses`, `machine tools` for `machine_tools`), nothing for
 * units the number already shows. Given the number, or the quantity, the noun agrees with it:
 * `1 автобус`, `3 автобуса`, `более 3 автобусов`, `2,5 станка`, `20–25 автобусов`.
 */
export function unitLabel(unit: string, locale: Locale, of?: number | Counted): string {
	if (!isCountedUnit(unit)) return '';
	const forms = countedNouns[locale][unit];
	if (!forms) return unit.replaceAll('_', ' ');
	// Alone, the form most numbers take: `buses`, `автобусов`.
	if (of === undefined) return forms.many ?? forms.other;
	if (typeof of === 'number') return pluralNoun(locale, of, forms);
	const { value, value_max, qualifier } = of;
	// A range agrees with its upper end: `1–2 автобуса`.
	if (qualifier === 'range' && value_max !== null) return pluralNoun(locale, value_max, forms);
	if (qualifier === 'exact' || qualifier === 'range') return pluralNoun(locale, value, forms);
	return pluralNoun(locale, value, governedForms[locale](forms));
}

export const statusLabelsByLocale: Record<Locale, Record<Status, string>> = {
	en: {
		actual: 'Actual',
		plan: 'Plan',
		target: 'Target',
		baseline: 'Baseline',
		promise: 'Promise',
		event: 'Event'
	},
	ru: {
		actual: 'Факт',
		plan: 'План',
		target: 'Цель',
		baseline: 'Исходный уровень',
		promise: 'Обещание',
		event: 'Событие'
	}
};

/** A value with its counted unit, in words: `more than 3,000 buses`, `25%`, `600 автобусов`. */
export const valueInWords = (quantity: Quantity, locale: Locale) =>
	`${formatQuantity(quantity, locale)} ${unitLabel(quantity.unit, locale, quantity)}`.trim();

/**
 * A figure in words, as text alternatives and descriptions read it: `600 buses (plan, 2026)`,
 * `600 автобусов (план, 2026)`; `more` goes into the parenthesis too (`unreviewed`).
 */
export function figureInWords(
	fact: Quantity & { status: Status; period: string },
	locale: Locale,
	...more: string[]
): string {
	const status = statusLabelsByLocale[locale][fact.status].toLowerCase();
	const within = [status, formatPeriod(fact.period, locale), ...more].join(', ');
	return `${valueInWords(fact, locale)} (${within})`;
}

const dates = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
	new Intl.DateTimeFormat(intlLocales[locale], { ...options, timeZone: 'UTC' });

/** EDTF level-2 groupings of a year: seasons, quarters, half-years. */
const seasons: Record<Locale, Record<string, string>> = {
	en: {
		'21': 'spring',
		'22': 'summer',
		'23': 'autumn',
		'24': 'winter',
		'33': 'Q1',
		'34': 'Q2',
		'35': 'Q3',
		'36': 'Q4',
		'40': 'H1',
		'41': 'H2'
	},
	// Quarters and half-years as Russian statistics abbreviate them, which also spares their case.
	ru: {
		'21': 'весна',
		'22': 'лето',
		'23': 'осень',
		'24': 'зима',
		'33': 'I\u00a0кв.',
		'34': 'II\u00a0кв.',
		'35': 'III\u00a0кв.',
		'36': 'IV\u00a0кв.',
		'40': 'I\u00a0пол.',
		'41': 'II\u00a0пол.'
	}
};
const seasonGenitives: Partial<Record<Locale, Record<string, string>>> = {
	ru: { '21': 'весны', '22': 'лета', '23': 'осени', '24': 'зимы' }
};

type Case = 'nominative' | 'genitive';
type MonthStyle = 'short' | 'long';

function formatMonth(iso: string, locale: Locale, month: MonthStyle, grammaticalCase: Case) {
	const date = new Date(`${iso}-01T00:00:00Z`);
	if (grammaticalCase === 'nominative') {
		return dates(locale, { month, year: 'numeric' }).format(date);
	}
	// Intl gives the genitive month only beside a day (`1 мая 2026 г.`), so the day is cut off.
	// Cut from format(), not formatToParts(): V8 writes U+202F before `г.` in the parts but a plain
	// space in format(), and the site's other dates come from format().
	const withDay = dates(locale, { day: 'numeric', month, year: 'numeric' });
	const written = withDay.format(date);
	const name = withDay.formatToParts(date).find((part) => part.type === 'month')?.value;
	return name ? written.slice(written.indexOf(name)) : written;
}

function formatPoint(
	point: string,
	locale: Locale,
	grammaticalCase: Case = 'nominative',
	month: MonthStyle = 'short'
): string {
	const { space, about, yearAfterWord } = words[locale];
	const approx = point.endsWith('~') || point.endsWith('%');
	const pointCase = approx ? 'genitive' : grammaticalCase;
	const bare = point.replace(/[~?%]$/, '');
	const [year, monthOrSeason, day] = bare.split('-');
	const season =
		monthOrSeason &&
		((pointCase === 'genitive' && seasonGenitives[locale]?.[monthOrSeason]) ||
			seasons[locale][monthOrSeason]);
	let text: string;
	if (season) text = `${season}${space}${year}${yearAfterWord}`;
	else if (day) {
		text = dates(locale, { day: 'numeric', month, year: 'numeric' }).format(
			new Date(`${bare}T00:00:00Z`)
		);
	} else if (monthOrSeason) text = formatMonth(bare, locale, month, pointCase);
	// A bare year reads as a year in a table; after a word it needs its `г.`.
	else text = pointCase === 'genitive' ? `${year}${yearAfterWord}` : (year ?? bare);
	return approx ? `${about}${space}${text}` : text;
}

/** An EDTF period in words: `2024-22` → `summer 2024` / `лето 2024 г.`, `../2028` → `by 2028` /
 * `до 2028 г.`, `2025/..` → `from 2025` / `с 2025 г.`. */
export function formatPeriod(period: string, locale: Locale): string {
	const { space, by, from: since, dateUnknown } = words[locale];
	if (period === '') return dateUnknown;
	const [from, to] = period.split('/');
	if (to === undefined) return formatPoint(period, locale);
	if (from === '..') return `${by}${space}${formatPoint(to, locale, 'genitive')}`;
	if (to === '..') return `${since}${space}${formatPoint(from ?? '', locale, 'genitive')}`;
	return `${formatPoint(from ?? '', locale)} – ${formatPoint(to, locale)}`;
}

/* A Russian date line spells the month out (`1 марта 2026 г.`); `1 мар. 2026 г.` is table shorthand. */
const publishedMonths: Record<Locale, MonthStyle> = { en: 'short', ru: 'long' };

/** A publication date for people: `31 Jan 2026`, `1 марта 2026 г.`, or `date unknown` (never invented). */
export function formatPublished(published: string, locale: Locale): string {
	return published
		? formatPoint(published, locale, 'nominative', publishedMonths[locale])
		: words[locale].dateUnknown;
}

const byteUnits: Record<Locale, string[]> = {
	en: ['kB', 'MB', 'GB'],
	ru: ['кБ', 'МБ', 'ГБ']
};
const byteNouns: Record<Locale, PluralForms> = {
	en: { one: 'byte', other: 'bytes' },
	ru: { one: 'байт', few: 'байта', many: 'байт', other: 'байта' }
};

/** A file size in decimal units, as browsers and file managers show it: `812 bytes`, `25.9 kB`. */
export function formatBytes(bytes: number, locale: Locale): string {
	const { space } = words[locale];
	let size = bytes;
	let unit = 0;
	while (size >= 1000 && unit < byteUnits[locale].length) {
		size /= 1000;
		unit++;
	}
	if (unit === 0) return `${bytes}${space}${pluralNoun(locale, bytes, byteNouns[locale])}`;
	const scaled = numberFormat(locale, { maximumFractionDigits: 1 }).format(size);
	return `${scaled}${space}${byteUnits[locale][unit - 1]}`;
}
