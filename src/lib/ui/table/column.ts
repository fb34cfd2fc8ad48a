import type { Snippet } from 'svelte';
import type { SortKey } from './sort';

/** A column of a SortableTable, described by data: its header, how it sorts, how a cell shows. */
export interface Column<Row> {
	/** Its name in the URL (`?sort=-value`); unique within its table. */
	id: string;
	header: string;
	/** How the column orders the rows; a column without one has no sort button. */
	sort?: SortKey<Row>;
	/** Figures: aligned right, digits of one width. */
	numeric?: boolean;
	/** A class on its header and cells, for the table's owner to style (width, wrapping). */
	class?: string;
	cell: Snippet<[Row]>;
}
