/**
 * The closed lists of values the tables use, and the tables themselves: one list each, read by
 * the zod schemas (src/lib/server/schema builds its enums from them), the curation script and the
 * pages. A module without zod, so that what runs in the browser can import it.
 */

/** The currencies the figures are in, by ISO 4217 code. */
export const currencies = ['KGS', 'USD', 'EUR', 'RUB', 'BYN', 'CNY', 'KZT'] as const;

/** How the source bounds a figure: «около» is approx, «более» more_than, «20–25» a range. */
export const qualifiers = [
	'exact',
	'approx',
	'more_than',
	'at_least',
	'less_than',
	'up_to',
	'range'
] as const;
export type Qualifier = (typeof qualifiers)[number];

/** What a number found in a text counts as written; a plain count has none (null). */
export const mentionUnits = ['percent', 'pp', 'ratio', 'fraction', 'year', ...currencies] as const;

/** What kind of statement a figure is, in the order the schema documents them and filters list them. */
export const statuses = ['actual', 'plan', 'target', 'baseline', 'promise', 'event'] as const;
export type Status = (typeof statuses)[number];

/**
 * The statuses from what happened to what is only intended: the order of chart legends and of the
 * timeline's lanes.
 */
export const statusOrder = [
	'event',
	'actual',
	'baseline',
	'promise',
	'plan',
	'target'
] as const satisfies readonly Status[];

export const periodBases = ['explicit', 'relative'] as const;

export const dateBases = ['header', 'curated', 'unknown'] as const;

export const sectors = [
	'automotive',
	'machinery',
	'light_industry',
	'manufacturing',
	'trade',
	'logistics'
] as const;
export type Sector = (typeof sectors)[number];

/** What curation made of a number found in an article. */
export const dispositions = ['fact', 'dismissed'] as const;

/** The generated tables, in the order they are written and documented. */
export const tableNames = ['facts', 'indicators', 'articles', 'mentions'] as const;
export type TableName = (typeof tableNames)[number];
