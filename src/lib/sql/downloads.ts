import type { Db } from '../db/types';
import { articleList, indicatorList } from './catalogue';
import {
	articleDataset,
	catalogueDatasets,
	coverageDatasets,
	indicatorDataset,
	overviewDatasets
} from './datasets';
import { csvFileName } from './export';

/** Every prerendered CSV: file name → the SQL of its rows (the unfiltered views). */
export async function staticDownloads(db: Db): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	for (const [name, sql] of Object.entries(overviewDatasets)) files.set(csvFileName(name), sql({}));
	for (const [name, sql] of Object.entries(coverageDatasets)) files.set(csvFileName(name), sql);
	for (const [name, sql] of Object.entries(catalogueDatasets)) files.set(csvFileName(name), sql);
	for (const { indicator_id } of await indicatorList(db)) {
		const { name, sql } = indicatorDataset(indicator_id);
		files.set(csvFileName(name), sql);
	}
	for (const { article_id } of await articleList(db)) {
		const { name, sql } = articleDataset(article_id);
		files.set(csvFileName(name), sql);
	}
	return files;
}
