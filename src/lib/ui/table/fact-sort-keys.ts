import type { FactRow } from '$lib/sql/facts';
import { areaLabel, statusLabel } from '../labels';
import { inPageLanguage } from '../page-language';
import type { SortKey } from './sort';

/**
 * How the columns that show a fact sort, for rows that hold one (a fact, or a claim and the fact
 * that stands for it). Text sorts by the words the page shows.
 */
export function factSortKeys<Row>(factOf: (row: Row) => FactRow) {
	return {
		/**
		 * The figure: «более 3 000» is 3000 and «20–25 %» is 20, the low end of its range, so
		 * figures sort as numbers whatever words qualify them.
		 */
		value: { kind: 'number', of: (row) => factOf(row).value },
		status: { kind: 'text', of: (row) => statusLabel(factOf(row).status) },
		/** The days the period covers: by its first day, then its last. */
		period: { kind: 'period', of: (row) => factOf(row).period },
		area: { kind: 'text', of: (row) => areaLabel(factOf(row).ref_area) },
		indicator: {
			kind: 'text',
			of: (row) => inPageLanguage(factOf(row).label_en, factOf(row).label_ru).text
		},
		/** The year a timeline places the fact at. */
		year: { kind: 'number', of: (row) => factOf(row).year }
	} satisfies Record<string, SortKey<Row>>;
}
