import type { Qualifier, Status } from './schema';

/** What a value needs to be written the way its source means it. */
export interface Quantity {
	value: number;
	value_max: number | null;
	qualifier: Qualifier;
	unit: string;
}

const locale = 'en-GB';
const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const currencyCodes = new Set(['kgs', 'usd', 'eur', 'rub', 'byn', 'cny', 'kzt']);

/** A count of things (rows, milliseconds): `10,000,000`. */
export const formatCount = (count: number) => numberFormat.format(count);

/**
 * A number in its unit: `3,000`, `25%`, `2.4 pp`, `1.7×`, `2028` (years are never grouped),
 * `KGS 1,500,000`.
 */
export function formatNumber(value: number, unit: string): string {
	if (unit === 'year') return String(value);
	if (unit === 'percent') return `${numberFormat.format(value)}%`;
	if (unit === 'pp') return `${numberFormat.format(value)} pp`;
	if (unit === 'ratio') return `${numberFormat.format(value)}×`;
	if (currencyCodes.has(unit)) {
		return new Intl.NumberFormat(locale, {
			style: 'currency',
			currency: unit.toUpperCase()
		}).format(value);
	}
	return numberFormat.format(value);
}

const qualifierWords: Record<Exclude<Qualifier, 'exact' | 'range'>, [string, string]> = {
	// [for quantities, for years]
	approx: ['about', 'about'],
	more_than: ['more than', 'after'],
	at_least: ['at least', 'no earlier than'],
	less_than: ['less than', 'before'],
	up_to: ['up to', 'by']
};

/** `more than 3,000`, `20–25%`, `by 2028`, `about 2023`. */
export function formatQuantity({ value, value_max, qualifier, unit }: Quantity): string {
	if (qualifier === 'range' && value_max !== null) {
		const upper = formatNumber(value_max, unit);
		// The sign is written once: `20–25%`, `1–2 pp`.
		const lower =
			unit === 'year'
				? String(value)
				: shownByNumber.has(unit)
					? numberFormat.format(value)
					: formatNumber(value, unit);
		return `${lower}–${upper}`;
	}
	const written = formatNumber(value, unit);
	if (qualifier === 'exact' || qualifier === 'range') return written;
	return `${qualifierWords[qualifier][unit === 'year' ? 1 : 0]} ${written}`;
}

const shownByNumber = new Set(['percent', 'pp', 'ratio', 'year']);

/**
 * The counted thing after a number (`buses`, `machine tools` for `machine_tools`), nothing for
 * units the number already shows.
 */
export function unitLabel(unit: string): string {
	return shownByNumber.has(unit) || currencyCodes.has(unit) ? '' : unit.replaceAll('_', ' ');
}

export const statusLabels: Record<Status, string> = {
	actual: 'Actual',
	plan: 'Plan',
	target: 'Target',
	baseline: 'Baseline',
	promise: 'Promise',
	event: 'Event'
};

const months = (options: Intl.DateTimeFormatOptions) =>
	new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
/** EDTF level-2 groupings of a year: seasons, quarters, half-years. */
const seasons: Record<string, string> = {
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
};

function formatPoint(point: string): string {
	const approx = point.endsWith('~') || point.endsWith('%');
	const bare = point.replace(/[~?%]$/, '');
	const [year, month, day] = bare.split('-');
	let text: string;
	if (month && seasons[month]) text = `${seasons[month]} ${year}`;
	else if (day)
		text = months({ day: 'numeric', month: 'short', year: 'numeric' }).format(
			new Date(`${bare}T00:00:00Z`)
		);
	else if (month)
		text = months({ month: 'short', year: 'numeric' }).format(new Date(`${bare}-01T00:00:00Z`));
	else text = year ?? bare;
	return approx ? `about ${text}` : text;
}

/** An EDTF period in words: `2024-22` → `summer 2024`, `../2028` → `by 2028`, `2025/..` → `from 2025`. */
export function formatPeriod(period: string): string {
	if (period === '') return 'date unknown';
	const [from, to] = period.split('/');
	if (to === undefined) return formatPoint(period);
	if (from === '..') return `by ${formatPoint(to)}`;
	if (to === '..') return `from ${formatPoint(from ?? '')}`;
	return `${formatPoint(from ?? '')} – ${formatPoint(to)}`;
}

/** A publication date for people: `31 Jan 2026`, or `date unknown` (never invented). */
export function formatPublished(published: string): string {
	return published ? formatPoint(published) : 'date unknown';
}

const byteUnits = ['bytes', 'kB', 'MB', 'GB'];

/** A file size in decimal units, as browsers and file managers show it: `812 bytes`, `25.9 kB`. */
export function formatBytes(bytes: number): string {
	let size = bytes;
	let unit = 0;
	while (size >= 1000 && unit < byteUnits.length - 1) {
		size /= 1000;
		unit++;
	}
	if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
	return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(size)} ${byteUnits[unit]}`;
}
