import type { Db } from '../db/types';
import type { Sector, Status } from '../domain/vocabulary';
import { sourcePath } from './facts';

// What the dataset itself holds, for the /data page: counts of facts, not figures about industry.

export interface SectorStatusCount {
	sector: Sector;
	status: Status;
	facts: number;
}
export const factsBySectorStatusSql = () =>
	`SELECT i.sector, f.status, count(*)::INTEGER AS facts
	FROM facts f JOIN indicators i USING (indicator_id)
	GROUP BY i.sector, f.status ORDER BY i.sector, f.status`;

export interface ArticleCount {
	article_id: string;
	title: string;
	published: string;
	publisher: string;
	facts: number;
	source: string;
}
export const factsPerArticleSql = () =>
	`SELECT a.article_id, a.title, a.published, a.publisher, count(f.fact_id)::INTEGER AS facts,
		'${sourcePath}' || a.article_id AS source
	FROM articles a JOIN facts f USING (article_id)
	GROUP BY a.article_id, a.title, a.published, a.publisher ORDER BY a.article_id`;

export const factsBySectorStatus = (db: Db) =>
	db.query<SectorStatusCount>(factsBySectorStatusSql());
export const factsPerArticle = (db: Db) => db.query<ArticleCount>(factsPerArticleSql());
