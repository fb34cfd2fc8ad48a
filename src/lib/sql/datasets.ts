import { articleListSql, indicatorListSql } from './catalogue';
import { factsBySectorStatusSql, factsPerArticleSql } from './coverage';
import { factsSql } from './facts';
import type { Filter } from './filter';
import { headlineFactsSql, indicatorFactsSql, overviewFactsSql } from './overview';

/**
 * Every table of the overview a user can download, by name. Without a filter each is also
 * prerendered as a static file (`/downloads/<file>`); with one, DuckDB writes it in the browser
 * from the same SQL.
 */
export const overviewDatasets = {
	'headline-facts': headlineFactsSql,
	timeline: overviewFactsSql
} satisfies Record<string, (filter: Filter) => string>;
export type OverviewDataset = keyof typeof overviewDatasets;

/** An indicator's facts: its page's table, and its small chart on the overview (filtered there). */
export const indicatorDataset = (id: string, filter: Filter = {}) => ({
	name: `indicator-${id}`,
	sql: indicatorFactsSql(id, filter)
});
export const articleDataset = (id: string) => ({
	name: `article-${id}-facts`,
	sql: factsSql({ articleId: id })
});

/** What the dataset holds, charted on /data/. */
export const coverageDatasets = {
	'facts-by-sector-status': factsBySectorStatusSql(),
	'facts-per-article': factsPerArticleSql()
};
export type CoverageDataset = keyof typeof coverageDatasets;

/** The lists of sources and of indicators, as shown on /articles and /indicators. */
export const catalogueDatasets = {
	sources: articleListSql(),
	indicators: indicatorListSql()
};
