import { z } from 'zod';
import {
	Indicator,
	IsoDate,
	Period,
	PeriodBasis,
	Qualifier,
	RussianText,
	Slug,
	Status
} from '../../src/lib/server/schema';

/** `data/indicators.yaml`: the hand-written indicator dictionary. */
export const IndicatorEntry = z.strictObject({
	id: Indicator.shape.indicator_id,
	label_en: Indicator.shape.label_en,
	label_ru: Indicator.shape.label_ru,
	sector: Indicator.shape.sector,
	unit: Indicator.shape.unit,
	description: Indicator.shape.description,
	description_ru: RussianText.optional(),
	keywords: z
		.array(z.string().min(2))
		.default([])
		.describe('Russian word stems that point a draft (`curate draft`) to this indicator.')
});
export type IndicatorEntry = z.infer<typeof IndicatorEntry>;
export const IndicatorsFile = z.strictObject({ indicators: z.array(IndicatorEntry).min(1) });
export type IndicatorsFile = z.infer<typeof IndicatorsFile>;

/**
 * A value a double holds exactly. YAML reads 99999999999999999999 as 1e20 without a word: refused,
 * so no table ever holds a silently rounded figure.
 */
const StorableNumber = z
	.number()
	.refine(
		(value) => Math.abs(value) <= Number.MAX_SAFE_INTEGER,
		`too large to be stored exactly (over Number.MAX_SAFE_INTEGER, ${Number.MAX_SAFE_INTEGER})`
	);

/**
 * Values that curators derive from a figure instead of copying it. `years_before_publication`: "about
 * three years ago" in an article of 2026 is the year 2023.
 */
export const derivations = ['years_before_publication'] as const;

/** A fact, as a curator writes it: the figure named by its quote text, never by offsets. */
export const CuratedFact = z.strictObject({
	id: Slug,
	indicator: Slug,
	quote: z.string().min(1),
	occurrence: z.int().positive().optional(),
	figure: z.string().min(1).optional(),
	value: StorableNumber,
	value_max: StorableNumber.optional(),
	qualifier: Qualifier.optional(),
	derive: z.enum(derivations).optional(),
	status: Status,
	// Empty only when nothing resolves it: a relative phrase in an undated article.
	period: Period.or(z.literal('')),
	period_basis: PeriodBasis.default('explicit'),
	ref_area: z
		.string()
		.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'expected an ISO 3166 code such as KG or KG-GB')
		.default('KG'),
	actor: z.string().default(''),
	actor_ru: RussianText.optional(),
	statement: Slug.optional(),
	note: z.string().min(1),
	note_ru: RussianText.optional(),
	headline: z.boolean().default(false)
});
export type CuratedFact = z.infer<typeof CuratedFact>;

/** A number that is not a fact, with the reason; `quote` narrows where to look when the figure repeats. */
export const CuratedDismissal = z.strictObject({
	figure: z.string().min(1),
	quote: z.string().min(1).optional(),
	occurrence: z.int().positive().optional(),
	reason: z.string().min(3)
});
export type CuratedDismissal = z.infer<typeof CuratedDismissal>;

/** `data/curation/<article_id>.yaml`. */
export const CurationFile = z.strictObject({
	reviewed: z
		.boolean()
		.default(true)
		.describe(
			'false in a machine draft: its facts and indicators are marked unreviewed until a person sets true.'
		),
	title: z.string().min(1).optional(),
	published: IsoDate.optional(),
	publisher: z.string().min(1).optional(),
	url: z.url().optional(),
	facts: z.array(CuratedFact).default([]),
	dismissed: z.array(CuratedDismissal).default([]),
	indicators: z
		.array(IndicatorEntry)
		.default([])
		.describe('Indicators this article needs that the dictionary lacks, proposed with it.')
});
export type CurationFile = z.infer<typeof CurationFile>;
