import { z } from 'zod';
import { dispositions } from '../../domain/vocabulary';
import { doc } from './doc';
import { MentionUnit, Qualifier, Slug } from './enums';

/** A number as the extractor reads it from text, before any curation. */
export const ExtractedMention = z.object({
	start: z
		.int()
		.nonnegative()
		.meta(
			doc(
				'Offset of the first character of the figure in the article text (UTF-16).',
				'Смещение первого символа цифры в тексте статьи (UTF-16).'
			)
		),
	end: z
		.int()
		.nonnegative()
		.meta(doc('Offset just past the figure (UTF-16).', 'Смещение сразу после цифры (UTF-16).')),
	surface: z
		.string()
		.min(1)
		.meta(
			doc(
				'The figure as written, qualifier and unit words included.',
				'Цифра, как она написана, вместе со словами-уточнениями и единицей.'
			)
		),
	value: z
		.number()
		.meta(
			doc(
				'The value read from the figure; the lower bound of a range.',
				'Значение, прочитанное из цифры; нижняя граница диапазона.'
			)
		),
	value_max: z
		.number()
		.nullable()
		.meta(
			doc('Upper bound of a range; empty otherwise.', 'Верхняя граница диапазона; иначе пусто.')
		),
	unit: MentionUnit,
	qualifier: Qualifier
});
export type ExtractedMention = z.infer<typeof ExtractedMention>;

export const Mention = z
	.object({
		mention_id: z
			.string()
			.meta(
				doc(
					'`<article_id>@<start>`: stable while the text does not change.',
					'`<article_id>@<start>`: постоянен, пока не меняется текст.'
				)
			),
		article_id: Slug.meta(doc('The article the figure is in.', 'Статья, в которой стоит цифра.')),
		...ExtractedMention.shape,
		disposition: z
			.enum(dispositions)
			.meta(
				doc(
					'What curation made of the figure: a fact, or dismissed with a reason.',
					'Чем цифра стала при курировании: фактом (fact) или отклонённой с причиной (dismissed).'
				)
			),
		fact_id: Slug.or(z.literal('')).meta(
			doc(
				'The fact the figure became; empty when dismissed.',
				'Факт, которым стала цифра; пусто, если отклонена.'
			)
		),
		reason: z
			.string()
			.meta(
				doc(
					'Why the figure is not a fact (page furniture, context date, ...); empty for facts.',
					'Почему цифра не факт (элемент страницы, дата контекста, …); пусто для фактов.'
				)
			)
	})
	.meta(
		doc(
			'One number the extractor found in an article, as written and as read, with what curation made of it: the fact it became, or the reason it was dismissed. Every number of every article is here.',
			'Одно число, найденное в статье, как написано и как прочитано, и чем оно стало при курировании: факт или причина отклонения. Здесь все числа всех статей.'
		)
	);
export type Mention = z.infer<typeof Mention>;
