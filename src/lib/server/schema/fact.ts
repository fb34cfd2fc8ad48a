import { z } from 'zod';
import { doc } from './doc';
import { Period, PeriodBasis, Qualifier, RussianText, Slug, Status } from './enums';

export const Fact = z
	.object({
		fact_id: Slug.meta(
			doc(
				'Stable id of the fact; the anchor `#fact-<fact_id>` on its article page.',
				'Постоянный идентификатор факта; якорь `#fact-<fact_id>` на странице его статьи.'
			)
		),
		indicator_id: Slug.meta(
			doc(
				'The indicator the figure is an observation of.',
				'Показатель, значением которого является цифра.'
			)
		),
		article_id: Slug.meta(doc('The article that states it.', 'Статья, в которой это сказано.')),
		value: z
			.number()
			.meta(
				doc(
					'The value as stated; the lower bound of a range. "More than 3,000" is 3000.',
					'Значение, как оно названо; нижняя граница диапазона. «Более 3 000» — это 3000.'
				)
			),
		value_max: z
			.number()
			.nullable()
			.meta(
				doc(
					'Upper bound of a range ("20–25%"); empty otherwise.',
					'Верхняя граница диапазона («20–25 %»); иначе пусто.'
				)
			),
		qualifier: Qualifier,
		unit: Slug.meta(doc("The indicator's unit.", 'Единица показателя.')),
		status: Status,
		period: Period.or(z.literal('')).meta(
			doc(
				'The time the figure refers to (EDTF style: 2025, 2026-01, 2026-33 for the first quarter, ../2028 for "by 2028"); empty when the article does not say and no publication date resolves a relative phrase.',
				'Время, к которому относится цифра (в стиле EDTF: 2025, 2026-01, 2026-33 — первый квартал, ../2028 — «к 2028 году»); пусто, если статья его не называет и нет даты публикации, чтобы понять слова вроде «в этом году».'
			)
		),
		period_basis: PeriodBasis,
		ref_area: z
			.string()
			.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)
			.meta(
				doc(
					'Area the figure is about, ISO 3166: KG (Kyrgyzstan), KG-GB (Bishkek), BY, ...',
					'Территория, о которой цифра, по ISO 3166: KG (Кыргызстан), KG-GB (Бишкек), BY, …'
				)
			),
		actor: z
			.string()
			.meta(
				doc(
					'Who states, plans or does it; empty when the article does not say.',
					'Кто это заявляет, планирует или делает, по-английски; пусто, если статья не говорит.'
				)
			),
		actor_ru: RussianText.or(z.literal('')).meta(
			doc(
				'Who states, plans or does it, in Russian; empty when the curator wrote none.',
				'Кто это заявляет, планирует или делает, по-русски; пусто, если куратор не написал.'
			)
		),
		statement_id: Slug.or(z.literal('')).meta(
			doc(
				'Ties facts stated together, such as the baseline and target of "from 16% to 25%".',
				'Связывает факты, названные вместе, например исходный уровень и цель в «с 16 % до 25 %».'
			)
		),
		claim_id: z
			.string()
			.regex(/^c-[0-9a-f]{12}$/)
			.meta(
				doc(
					'The claim the fact states: facts of several articles that give the same indicator, status, period, area and value share it, and are counted once.',
					'Утверждение, которое выражает факт: факты разных статей с тем же показателем, статусом, периодом, территорией и значением делят его и считаются один раз.'
				)
			),
		note: z
			.string()
			.min(1)
			.meta(
				doc(
					'What the figure is, in a short English sentence.',
					'Что это за цифра, коротким предложением по-английски.'
				)
			),
		note_ru: RussianText.or(z.literal('')).meta(
			doc(
				'What the figure is, in Russian; empty when the curator wrote none.',
				'Что это за цифра, по-русски; пусто, если куратор не написал.'
			)
		),
		quote: z
			.string()
			.min(1)
			.meta(
				doc(
					'The exact sentence or clause of the article that states the figure.',
					'Точное предложение или часть предложения статьи, где названа цифра.'
				)
			),
		quote_start: z
			.int()
			.nonnegative()
			.meta(
				doc(
					'Offset of the quote in the article text (UTF-16).',
					'Смещение цитаты в тексте статьи (UTF-16).'
				)
			),
		quote_end: z
			.int()
			.nonnegative()
			.meta(doc('Offset just past the quote.', 'Смещение сразу после цитаты.')),
		value_start: z
			.int()
			.nonnegative()
			.meta(doc('Offset of the figure in the article text.', 'Смещение цифры в тексте статьи.')),
		value_end: z
			.int()
			.nonnegative()
			.meta(doc('Offset just past the figure.', 'Смещение сразу после цифры.')),
		headline: z
			.boolean()
			.meta(
				doc(
					'Whether the figure is worth a KPI card on the overview.',
					'Стоит ли цифра карточки KPI на главной странице.'
				)
			),
		reviewed: z
			.boolean()
			.meta(
				doc(
					'Whether a person has checked the fact; a machine draft is false until then, and never reaches a KPI card.',
					'Проверил ли факт человек; в машинном черновике false до проверки, и такой факт никогда не попадает в карточку KPI.'
				)
			)
	})
	.meta(
		doc(
			'One figure an article states, curated into an observation of an indicator: its value, what kind of statement it is (actual, plan, target, ...), the period and area it is about, and the exact quote with its offsets in the article text.',
			'Одна цифра из статьи, оформленная как значение показателя: значение, род утверждения (факт, план, цель, …), период и территория, точная цитата и её смещения в тексте статьи.'
		)
	);
export type Fact = z.infer<typeof Fact>;
