import { z } from 'zod';
import { MentionUnit, Qualifier, Slug } from './enums';

/** A number as the extractor reads it from text, before any curation. */
export const ExtractedMention = z.object({
	start: z
		.int()
		.nonnegative()
		.describe('Offset of the first character of the figure in the article text (UTF-16).'),
	end: z.int().nonnegative().describe('Offset just past the figure (UTF-16).'),
	surface: z.string().min(1).describe('The figure as written, qualifier and unit words included.'),
	value: z.number().describe('The value read from the figure; the lower bound of a range.'),
	value_max: z.number().nullable().describe('Upper bound of a range; empty otherwise.'),
	unit: MentionUnit,
	qualifier: Qualifier
});
export type ExtractedMention = z.infer<typeof ExtractedMention>;

export const dispositions = ['fact', 'dismissed'] as const;

export const Mention = z
	.object({
		mention_id: z
			.string()
			.describe('`<article_id>@<start>`: stable while the text does not change.'),
		article_id: Slug.describe('The article the figure is in.'),
		...ExtractedMention.shape,
		disposition: z
			.enum(dispositions)
			.describe('What curation made of the figure: a fact, or dismissed with a reason.'),
		fact_id: Slug.or(z.literal('')).describe('The fact the figure became; empty when dismissed.'),
		reason: z
			.string()
			.describe(
				'Why the figure is not a fact (page furniture, context date, ...); empty for facts.'
			)
	})
	.describe(
		'One number the extractor found in an article, as written and as read, with what curation made of it: the fact it became, or the reason it was dismissed. Every number of every article is here.'
	);
export type Mention = z.infer<typeof Mention>;
