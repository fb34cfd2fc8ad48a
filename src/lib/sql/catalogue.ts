import type { Db } from '../db/types';
import type { Article, ExtractedMention, Indicator } from '../server/schema';
import { sqlString } from './literals';

export type ArticleSummary = Omit<Article, 'text'> & { facts: number; mentions: number };

export const articleListSql = () =>
	`SELECT a.* EXCLUDE (text),
		(SELECT count(*) FROM facts f WHERE f.article_id = a.article_id)::INTEGER AS facts,
		(SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id)::INTEGER AS mentions
	FROM articles a ORDER BY a.published DESC NULLS LAST, a.article_id`;
export const articleList = (db: Db) => db.query<ArticleSummary>(articleListSql());

export const articleSql = (id: string) =>
	`SELECT * FROM articles WHERE article_id = ${sqlString(id)}`;
export const article = async (db: Db, id: string) => (await db.query<Article>(articleSql(id)))[0];

export type MentionRow = ExtractedMention & {
	mention_id: string;
	disposition: 'fact' | 'dismissed';
	fact_id: string;
	reason: string;
};
export const mentionsOfArticleSql = (id: string) =>
	`SELECT mention_id, start, "end", surface, value, value_max, unit, qualifier, disposition, fact_id, reason
	FROM mentions WHERE article_id = ${sqlString(id)} ORDER BY start`;
export const mentionsOfArticle = (db: Db, id: string) =>
	db.query<MentionRow>(mentionsOfArticleSql(id));

export type IndicatorSummary = Indicator & { facts: number };
export const indicatorListSql = () =>
	`SELECT i.*, (SELECT count(*) FROM facts f WHERE f.indicator_id = i.indicator_id)::INTEGER AS facts
	FROM indicators i ORDER BY i.sector, i.indicator_id`;
export const indicatorList = (db: Db) => db.query<IndicatorSummary>(indicatorListSql());
