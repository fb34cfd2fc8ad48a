import { z } from 'zod';

export const qualifiers = [
	'exact',
	'approx',
	'more_than',
	'at_least',
	'less_than',
	'up_to',
	'range'
] as const;
export const Qualifier = z
	.enum(qualifiers)
	.describe(
		'How the source bounds the figure: exact, approx ("около"), more_than ("более"), at_least ("не менее"), less_than ("менее"), up_to ("до"), range ("20–25").'
	);
export type Qualifier = z.infer<typeof Qualifier>;

export const currencies = ['KGS', 'USD', 'EUR', 'RUB', 'BYN', 'CNY', 'KZT'] as const;
export const mentionUnits = ['percent', 'pp', 'ratio', 'fraction', 'year', ...currencies] as const;
export const MentionUnit = z
	.enum(mentionUnits)
	.nullable()
	.describe(
		'What the figure counts as written: percent, pp (percentage points: «2,4 п.п.»), ratio («в 1,7 раза», «вдвое»), fraction (a share in words as a decimal: «треть» 0.333…, «половина» 0.5), year (a calendar year), an ISO 4217 currency code, or empty for a plain number.'
	);
export type MentionUnit = z.infer<typeof MentionUnit>;

export const statuses = ['actual', 'plan', 'target', 'baseline', 'promise', 'event'] as const;
export const Status = z
	.enum(statuses)
	.describe(
		'What kind of statement the figure is: actual (it happened), plan, target, baseline (the starting point of a target), promise, or event (something dated that happened).'
	);
export type Status = z.infer<typeof Status>;

export const periodBases = ['explicit', 'relative'] as const;
export const PeriodBasis = z
	.enum(periodBases)
	.describe(
		'explicit: the article states the period; relative: it was resolved from a phrase like "this year" against the publication date.'
	);

export const dateBases = ['header', 'curated', 'unknown'] as const;
export const DateBasis = z
	.enum(dateBases)
	.describe(
		"Where the publication date comes from: header (the seed's date line), curated (the curation file), unknown (neither; the date is left empty)."
	);

export const sectors = [
	'automotive',
	'machinery',
	'light_industry',
	'manufacturing',
	'trade',
	'logistics'
] as const;
export const Sector = z.enum(sectors).describe('The industrial sector the indicator belongs to.');
export type Sector = z.infer<typeof Sector>;

/** Slugs used as ids: lowercase latin, digits, `-` and `_`, so they are safe in URLs and anchors. */
export const Slug = z
	.string()
	.regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase latin, digits, - and _');

/** ISO calendar date that exists (2025-02-30 is rejected). */
export const IsoDate = z.iso.date();

/** The period forms, with examples: the error message for a period that is none of them. */
export const periodForms = [
	'a year 2025',
	'a month 2026-01',
	'a day 2026-03-01',
	'a season 2024-22 (summer)',
	'about a year 2023~',
	'by a time ../2028',
	'from a time 2025/..',
	'an interval 2026-01/2026-08',
	'a quarter 2026-33 (Q1) … 2026-36 (Q4)',
	'a half-year 2026-40 (H1) or 2026-41 (H2)'
].join('; ');

/**
 * A period in the EDTF style: a year, month, season (21–24), quarter (33–36), half-year (40–41) or
 * day, optionally uncertain/approximate (`~`), or an interval of two such with `/`, where `..` is an
 * open end: `2025`, `2024-22`, `2026-33`, `2023~`, `../2028`, `2025-09/2030`.
 */
const point = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2]|2[1-4]|3[3-6]|4[01])(?:-(?:0[1-9]|[12]\d|3[01]))?)?[~?%]?`;
export const Period = z
	.string()
	.regex(
		new RegExp(`^(?:${point}|(?:${point}|\\.\\.)/(?:${point}|\\.\\.))$`),
		`not an EDTF period; use one of: ${periodForms}`
	)
	.refine((p) => p !== '../..', 'an interval needs at least one end')
	.describe(
		'The time the figure refers to, EDTF style: 2025, 2026-01, 2024-22 (summer 2024), 2026-33 (first quarter of 2026), 2026-40 (first half of 2026), 2023~ (about 2023), ../2028 (by 2028), 2025-09/2030.'
	);
