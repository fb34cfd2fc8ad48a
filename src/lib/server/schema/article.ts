import { z } from 'zod';
import { doc } from './doc';
import { DateBasis, IsoDate, Slug } from './enums';

export const Article = z
	.object({
		article_id: Slug.meta(
			doc(
				"The seed's file stem; stable id of the article.",
				'Имя исходного файла без расширения; постоянный идентификатор статьи.'
			)
		),
		file: z.string().meta(doc('The seed file under seeds/.', 'Исходный файл в папке seeds/.')),
		title: z
			.string()
			.min(1)
			.meta(
				doc(
					'Title: the curated one, or else the first sentence of the text.',
					'Заголовок: из файла курирования, иначе первое предложение текста.'
				)
			),
		published: IsoDate.or(z.literal('')).meta(
			doc(
				'Publication date (ISO 8601), empty when unknown: never invented.',
				'Дата публикации (ISO 8601); пусто, если неизвестна: дата никогда не придумывается.'
			)
		),
		date_basis: DateBasis,
		lang: z.string().meta(doc('Language of the text (BCP 47).', 'Язык текста (BCP 47).')),
		chars: z
			.int()
			.nonnegative()
			.meta(
				doc('Length of `text` in UTF-16 code units.', 'Длина `text` в кодовых единицах UTF-16.')
			),
		sha256: z
			.string()
			.regex(/^[0-9a-f]{64}$/)
			.meta(
				doc(
					'SHA-256 of the raw seed file, bytes as received.',
					'SHA-256 исходного файла, байты в том виде, в каком получены.'
				)
			),
		publisher: z
			.string()
			.meta(
				doc(
					'Publisher, from the curation file; empty when not known.',
					'Издание, из файла курирования; пусто, если неизвестно.'
				)
			),
		url: z
			.url()
			.or(z.literal(''))
			.meta(
				doc(
					'Address of the original, from the curation file; empty when not known.',
					'Адрес оригинала, из файла курирования; пусто, если неизвестен.'
				)
			),
		text: z
			.string()
			.min(1)
			.meta(
				doc(
					'Normalised text (no BOM, no date line, LF line endings); every offset in mentions and facts indexes into it.',
					'Нормализованный текст (без BOM и строки даты, переводы строк LF); все смещения в mentions и facts указывают в него.'
				)
			)
	})
	.meta(
		doc(
			'One source article, as received: its title, publication date (when known), publisher and address (when known), a checksum of the raw file, and the normalised text that every offset indexes.',
			'Одна статья-источник в том виде, в каком получена: заголовок, дата публикации (если известна), издание и адрес (если известны), контрольная сумма исходного файла и нормализованный текст, в который указывают все смещения.'
		)
	);
export type Article = z.infer<typeof Article>;
