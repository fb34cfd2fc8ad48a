// Test support: fact rows made up for one case, so a test of claims names no archive's ids.
import type { FactRow } from '../sql/facts';

let made = 0;

/** A reviewed actual of 2025 in Kyrgyzstan, from an article of its own, but for `overrides`. */
export function factRow(overrides: Partial<FactRow> = {}): FactRow {
	const n = ++made;
	const row: FactRow = {
		fact_id: `fact-${n}`,
		indicator_id: 'widgets_made',
		label_en: 'Widgets made',
		label_ru: 'Выпуск виджетов',
		sector: 'machinery',
		value: 100,
		value_max: null,
		qualifier: 'exact',
		unit: 'widgets',
		status: 'actual',
		period: '2025',
		year: 2025,
		ref_area: 'KG',
		actor: '',
		actor_ru: '',
		statement_id: '',
		claim_id: `c-${n}`,
		note: 'A made-up figure.',
		note_ru: 'Выдуманная цифра.',
		headline: false,
		reviewed: true,
		indicator_reviewed: true,
		article_id: `article-${n}`,
		article_title: `Article ${n}`,
		published: '2026-01-15',
		publisher: '',
		quote: 'made up',
		quote_start: 0,
		quote_end: 7,
		value_start: 0,
		value_end: 4,
		source: '',
		...overrides
	};
	return { ...row, source: `/articles/${row.article_id}#fact-${row.fact_id}` };
}
