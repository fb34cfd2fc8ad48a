import type { Db } from '../db/types';
import type { Sector, Status } from '../domain/schema';
import { factsSql } from './facts';
import type { Filter } from './filter';
import { filterConditions } from './facts';
import { where } from './literals';

/** The two indicators the buses chart sets side by side: a plan and a broken promise. */
export const busIndicators = ['bus_purchase_plan', 'domestic_bus_trial_purchase'] as const;
export const machineryIndicator = 'machinery_share_of_economy';

export const headlineFactsSql = (filter: Filter) => factsSql({ filter, headline: true });
export const machineryShareSql = (filter: Filter) =>
	factsSql({ filter, indicatorId: machineryIndicator });
export const busesSql = (filter: Filter) => factsSql({ filter, indicatorIds: busIndicators });
/** Every fact placed on the timeline by year, whatever its status: the chart keeps them apart. */
export const timelineSql = (filter: Filter) => factsSql({ filter, order: 'year' });

export interface SectorStatusCount {
	sector: Sector;
	status: Status;
	facts: number;
}
export const factsBySectorStatusSql = (filter: Filter) =>
	`SELECT i.sector, f.status, count(*)::INTEGER AS facts
	FROM facts f JOIN indicators i USING (indicator_id) ${where(filterConditions(filter))}
	GROUP BY i.sector, f.status ORDER BY i.sector, f.status`;

export interface ArticleCount {
	article_id: string;
	title: string;
	published: string;
	facts: number;
	source: string;
}
export const factsPerArticleSql = (filter: Filter) =>
	`SELECT a.article_id, a.title, a.published, count(f.fact_id)::INTEGER AS facts,
		'/articles/' || a.article_id AS source
	FROM articles a JOIN facts f USING (article_id) JOIN indicators i USING (indicator_id)
	${where(filterConditions(filter))}
	GROUP BY a.article_id, a.title, a.published ORDER BY a.article_id`;

export const factsBySectorStatus = (db: Db, filter: Filter) =>
	db.query<SectorStatusCount>(factsBySectorStatusSql(filter));
export const factsPerArticle = (db: Db, filter: Filter) =>
	db.query<ArticleCount>(factsPerArticleSql(filter));
