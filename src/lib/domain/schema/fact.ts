import { z } from 'zod';
import { Period, PeriodBasis, Qualifier, Slug, Status } from './enums';

export const Fact = z
	.object({
		fact_id: Slug.describe(
			'Stable id of the fact; the anchor `#fact-<fact_id>` on its article page.'
		),
		indicator_id: Slug.describe('The indicator the figure is an observation of.'),
		article_id: Slug.describe('The article that states it.'),
		value: z
			.number()
			.describe('The value as stated; the lower bound of a range. "More than 3,000" is 3000.'),
		value_max: z
			.number()
			.nullable()
			.describe('Upper bound of a range ("20–25%"); empty otherwise.'),
		qualifier: Qualifier,
		unit: Slug.describe("The indicator's unit."),
		status: Status,
		period: Period.or(z.literal('')).describe(
			'The time the figure refers to (EDTF style: 2025, 2026-01, 2026-33 for the first quarter, ../2028 for "by 2028"); empty when the article does not say and no publication date resolves a relative phrase.'
		),
		period_basis: PeriodBasis,
		ref_area: z
			.string()
			.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)
			.describe('Area the figure is about, ISO 3166: KG (Kyrgyzstan), KG-GB (Bishkek), BY, ...'),
		actor: z
			.string()
			.describe('Who states, plans or does it; empty when the article does not say.'),
		statement_id: Slug.or(z.literal('')).describe(
			'Ties facts stated together, such as the baseline and target of "from 16% to 25%".'
		),
		claim_id: z
			.string()
			.regex(/^c-[0-9a-f]{12}$/)
			.describe(
				'The claim the fact states: facts of several articles that give the same indicator, status, period, area and value share it, and are counted once.'
			),
		note: z.string().min(1).describe('What the figure is, in a short English sentence.'),
		note_ru: z
			.string()
			.describe('What the figure is, in Russian; empty when the curator wrote none.'),
		quote: z
			.string()
			.min(1)
			.describe('The exact sentence or clause of the article that states the figure.'),
		quote_start: z
			.int()
			.nonnegative()
			.describe('Offset of the quote in the article text (UTF-16).'),
		quote_end: z.int().nonnegative().describe('Offset just past the quote.'),
		value_start: z.int().nonnegative().describe('Offset of the figure in the article text.'),
		value_end: z.int().nonnegative().describe('Offset just past the figure.'),
		headline: z.boolean().describe('Whether the figure is worth a KPI card on the overview.'),
		reviewed: z
			.boolean()
			.describe(
				'Whether a person has checked the fact; a machine draft is false until then, and never reaches a KPI card.'
			)
	})
	.describe(
		'One figure an article states, curated into an observation of an indicator: its value, what kind of statement it is (actual, plan, target, ...), the period and area it is about, and the exact quote with its offsets in the article text.'
	);
export type Fact = z.infer<typeof Fact>;
