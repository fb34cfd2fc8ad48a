import { z } from 'zod';
import { DateBasis, IsoDate, Slug } from './enums';

export const Article = z
	.object({
		article_id: Slug.describe("The seed's file stem; stable id of the article."),
		file: z.string().describe('The seed file under seeds/.'),
		title: z
			.string()
			.min(1)
			.describe('Title: the curated one, or else the first sentence of the text.'),
		published: IsoDate.or(z.literal('')).describe(
			'Publication date (ISO 8601), empty when unknown: never invented.'
		),
		date_basis: DateBasis,
		lang: z.string().describe('Language of the text (BCP 47).'),
		chars: z.int().nonnegative().describe('Length of `text` in UTF-16 code units.'),
		sha256: z
			.string()
			.regex(/^[0-9a-f]{64}$/)
			.describe('SHA-256 of the raw seed file, bytes as received.'),
		publisher: z.string().describe('Publisher, from the curation file; empty when not known.'),
		url: z
			.url()
			.or(z.literal(''))
			.describe('Address of the original, from the curation file; empty when not known.'),
		text: z
			.string()
			.min(1)
			.describe(
				'Normalised text (no BOM, no date line, LF line endings); every offset in mentions and facts indexes into it.'
			)
	})
	.describe(
		'One source article, as received: its title, publication date (when known), publisher and address (when known), a checksum of the raw file, and the normalised text that every offset indexes.'
	);
export type Article = z.infer<typeof Article>;
