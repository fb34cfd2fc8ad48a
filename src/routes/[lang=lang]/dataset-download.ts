import { indicatorDataset, overviewDatasets, type OverviewDataset } from '$lib/sql/datasets';
import { csvFileName } from '$lib/sql/export';
import { filterSlug, isFiltered, type Filter } from '$lib/sql/filter';

/** What DownloadCsv needs for one overview table under a filter. */
export interface DatasetDownload {
	fileName: string;
	sql: string;
	filtered: boolean;
}

/**
 * Unfiltered: the prerendered `/downloads/<file>`. Filtered: a file named after the filter, written
 * by DuckDB in the browser from the same SQL as the rows shown.
 */
function download(name: string, sql: string, filter: Filter): DatasetDownload {
	const filtered = isFiltered(filter);
	return {
		fileName: filtered ? csvFileName(name, filterSlug(filter)) : csvFileName(name),
		sql,
		filtered
	};
}

export const datasetDownload = (name: OverviewDataset, filter: Filter) =>
	download(name, overviewDatasets[name](filter), filter);

/** An indicator's small chart: its page's CSV unfiltered, its rows under the filter otherwise. */
export function indicatorDownload(indicatorId: string, filter: Filter): DatasetDownload {
	const { name, sql } = indicatorDataset(indicatorId, filter);
	return download(name, sql, filter);
}
