import { articleListSql, indicatorListSql } from './catalogue';
import { factsSql } from './facts';
import type { Filter } from './filter';
import {
	busesSql,
	factsBySectorStatusSql,
	factsPerArticleSql,
	headlineFactsSql,
	machineryShareSql,
	timelineSql
} from './overview';

/**
 * Every table a user can download, by name. Without a filter each is also prerendered as a static
 * file (`/downloads/<file>`); with one, DuckDB writes it in the browser from the same SQL.
 */
export const overviewDatasets = {
	'headline-facts': headlineFactsSql,
	'machinery-share': machineryShareSql,
	buses: busesSql,
	'facts-by-sector-status': factsBySectorStatusSql,
	timeline: timelineSql,
	'facts-per-article': factsPerArticleSql
} satisfies Record<string, (filter: Filter) => string>;
export type OverviewDataset = keyof typeof overviewDatasets;

export const indicatorDataset = (id: string) => ({
	name: `indicator-${id}`,
	sql: factsSql({ indicatorId: id })
});
export const articleDataset = (id: string) => ({
	name: `article-${id}-facts`,
	sql: factsSql({ articleId: id })
});

/** The lists of sources and of indicators, as shown on /articles and /indicators. */
export const catalogueDatasets = {
	sources: articleListSql(),
	indicators: indicatorListSql()
};
