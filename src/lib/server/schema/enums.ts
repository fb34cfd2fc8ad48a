import { z } from 'zod';
import {
	dateBases,
	mentionUnits,
	periodBases,
	qualifiers,
	sectors,
	statuses
} from '../../domain/vocabulary';
import { doc } from './doc';

export const Qualifier = z
	.enum(qualifiers)
	.meta(
		doc(
			'How the source bounds the figure: exact, approx ("около"), more_than ("более"), at_least ("не менее"), less_than ("менее"), up_to ("до"), range ("20–25").',
			'Как источник ограничивает цифру: exact (точно), approx («около»), more_than («более»), at_least («не менее»), less_than («менее»), up_to («до»), range (диапазон «20–25»).'
		)
	);
export type Qualifier = z.infer<typeof Qualifier>;

export const MentionUnit = z
	.enum(mentionUnits)
	.nullable()
	.meta(
		doc(
			'What the figure counts as written: percent, pp (percentage points: «2,4 п.п.»), ratio («в 1,7 раза», «вдвое»), fraction (a share in words as a decimal: «треть» 0.333…, «половина» 0.5), year (a calendar year), an ISO 4217 currency code, or empty for a plain number.',
			'Что означает цифра, как она написана: percent (проценты), pp (процентные пункты: «2,4 п.п.»), ratio (кратность: «в 1,7 раза», «вдвое»), fraction (доля словами как десятичная дробь: «треть» 0,333…, «половина» 0,5), year (календарный год), код валюты ISO 4217 или пусто для простого числа.'
		)
	);
export type MentionUnit = z.infer<typeof MentionUnit>;

export const Status = z
	.enum(statuses)
	.meta(
		doc(
			'What kind of statement the figure is: actual (it happened), plan, target, baseline (the starting point of a target), promise, or event (something dated that happened).',
			'Какого рода это утверждение: actual (факт, уже произошло), plan (план), target (цель), baseline (исходный уровень цели), promise (обещание) или event (событие с датой).'
		)
	);
export type Status = z.infer<typeof Status>;

export const PeriodBasis = z
	.enum(periodBases)
	.meta(
		doc(
			'explicit: the article states the period; relative: it was resolved from a phrase like "this year" against the publication date.',
			'explicit: период назван в статье; relative: период выведен из слов вроде «в этом году» по дате публикации.'
		)
	);

export const DateBasis = z
	.enum(dateBases)
	.meta(
		doc(
			"Where the publication date comes from: header (the seed's date line), curated (the curation file), unknown (neither; the date is left empty).",
			'Откуда дата публикации: header (строка даты в исходном файле), curated (файл курирования), unknown (ни то ни другое; дата пуста).'
		)
	);

export const Sector = z
	.enum(sectors)
	.meta(
		doc(
			'The industrial sector the indicator belongs to.',
			'Отрасль промышленности, к которой относится показатель.'
		)
	);
export type Sector = z.infer<typeof Sector>;

/** Slugs used as ids: lowercase latin, digits, `-` and `_`, so they are safe in URLs and anchors. */
export const Slug = z
	.string()
	.regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase latin, digits, - and _');

/** Text written in Russian: it holds Cyrillic letters (names and figures may stand beside them). */
export const RussianText = z
	.string()
	.regex(/[А-Яа-яЁё]/, 'write it in Russian (in Cyrillic letters)');

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
	.meta(
		doc(
			'The time the figure refers to, EDTF style: 2025, 2026-01, 2024-22 (summer 2024), 2026-33 (first quarter of 2026), 2026-40 (first half of 2026), 2023~ (about 2023), ../2028 (by 2028), 2025-09/2030.',
			'Время, к которому относится цифра, в стиле EDTF: 2025, 2026-01, 2024-22 (лето 2024 г.), 2026-33 (первый квартал 2026 г.), 2026-40 (первое полугодие 2026 г.), 2023~ (около 2023 г.), ../2028 (к 2028 г.), 2025-09/2030.'
		)
	);
