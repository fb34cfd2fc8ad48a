import { z } from 'zod';
import { Sector, Slug } from './enums';

export const Indicator = z
	.object({
		indicator_id: Slug.describe('Stable id of the indicator, used in URLs.'),
		label_en: z.string().min(1).describe('Short English label.'),
		label_ru: z.string().min(1).describe('Short Russian label.'),
		sector: Sector,
		unit: Slug.describe(
			'Unit of every fact of the indicator: percent, pp (percentage points, for a change of a share), ratio, fraction, year, an ISO 4217 code in lower case (kgs, usd), or a counted thing (buses, workshops, enterprises, agreements).'
		),
		description: z.string().min(1).describe('What the indicator measures and how to read it.'),
		reviewed: z
			.boolean()
			.describe(
				'Whether a person has checked the indicator; one a draft proposed is false until its curation file is reviewed.'
			)
	})
	.describe(
		"One indicator: a thing the facts measure, such as machinery's share of the economy or buses purchased, with its sector and unit."
	);
export type Indicator = z.infer<typeof Indicator>;
