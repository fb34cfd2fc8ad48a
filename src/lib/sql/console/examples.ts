/** Queries to start from in the SQL console; each is tested against the real tables. */
export interface ExampleQuery {
	label: string;
	label_ru: string;
	sql: string;
}

export const exampleQueries: ExampleQuery[] = [
	{
		label: 'Headline facts',
		label_ru: 'Главные цифры',
		sql: `-- The figures on the overview's cards, with the article that states each
SELECT f.fact_id, i.label_en AS indicator, f.value, f.value_max, f.qualifier,
       f.unit, f.status, f.period, a.title AS article, a.published
FROM facts f
JOIN indicators i USING (indicator_id)
JOIN articles a USING (article_id)
WHERE f.headline
ORDER BY i.sector, f.period`
	},
	{
		label: 'Facts by sector',
		label_ru: 'Факты по отраслям',
		sql: `-- How many facts each sector has, by kind of statement
SELECT i.sector, f.status, count(*) AS facts
FROM facts f
JOIN indicators i USING (indicator_id)
GROUP BY i.sector, f.status
ORDER BY i.sector, f.status`
	},
	{
		label: 'Everything one article says',
		label_ru: 'Всё, что говорит одна статья',
		sql: `-- Every number in the latest article, and what curation made of it.
-- For another article, put its id from: SELECT article_id, title FROM articles
SELECT m.surface, m.disposition, f.status, f.period, f.note, m.reason
FROM mentions m
LEFT JOIN facts f ON f.fact_id = m.fact_id
WHERE m.article_id = (SELECT article_id FROM articles ORDER BY published DESC LIMIT 1)
ORDER BY m.start`
	},
	{
		label: 'Plans next to actuals',
		label_ru: 'Планы рядом с фактическими значениями',
		sql: `-- Per indicator: what was reported, and what is planned, targeted or promised
SELECT indicator_id,
       count(*) FILTER (WHERE status IN ('actual', 'event', 'baseline')) AS reported,
       count(*) FILTER (WHERE status IN ('plan', 'target', 'promise')) AS intended
FROM facts
GROUP BY indicator_id
ORDER BY indicator_id`
	},
	{
		label: 'Columns of every table',
		label_ru: 'Столбцы всех таблиц',
		sql: `SELECT table_name, column_name, data_type
FROM information_schema.columns
WHERE table_schema = 'main'
ORDER BY table_name, ordinal_position`
	}
];
