import { z } from 'zod';
import { doc } from './doc';
import { RussianText, Sector, Slug } from './enums';

export const Indicator = z
	.object({
		indicator_id: Slug.meta(
			doc(
				'Stable id of the indicator, used in URLs.',
				'Постоянный идентификатор показателя, используется в адресах.'
			)
		),
		label_en: z.string().min(1).meta(doc('Short English label.', 'Краткое название по-английски.')),
		label_ru: RussianText.meta(doc('Short Russian label.', 'Краткое название по-русски.')),
		sector: Sector,
		unit: Slug.meta(
			doc(
				'Unit of every fact of the indicator: percent, pp (percentage points, for a change of a share), ratio, fraction, year, an ISO 4217 code in lower case (kgs, usd), or a counted thing (buses, workshops, enterprises, agreements).',
				'Единица всех фактов показателя: percent (проценты), pp (процентные пункты, для изменения доли), ratio (кратность), fraction (доля), year (год), код ISO 4217 строчными буквами (kgs, usd) или то, что считают (buses — автобусы, workshops — цеха, enterprises — предприятия, agreements — соглашения).'
			)
		),
		description: z
			.string()
			.min(1)
			.meta(
				doc(
					'What the indicator measures and how to read it.',
					'Что измеряет показатель и как его читать, по-английски.'
				)
			),
		description_ru: z
			.string()
			.meta(
				doc(
					'What the indicator measures and how to read it, in Russian; empty when the curator wrote none.',
					'Что измеряет показатель и как его читать, по-русски; пусто, если куратор не написал.'
				)
			),
		reviewed: z
			.boolean()
			.meta(
				doc(
					'Whether a person has checked the indicator; one a draft proposed is false until its curation file is reviewed.',
					'Проверил ли показатель человек; предложенный черновиком показатель — false, пока его файл курирования не проверен.'
				)
			)
	})
	.meta(
		doc(
			"One indicator: a thing the facts measure, such as machinery's share of the economy or buses purchased, with its sector and unit.",
			'Один показатель: то, что измеряют факты, например доля машиностроения в экономике или закупленные автобусы, с отраслью и единицей.'
		)
	);
export type Indicator = z.infer<typeof Indicator>;
