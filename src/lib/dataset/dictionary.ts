// How the data dictionary is shown: anchors, column types, the links between tables. The
// dictionary itself is read from the zod schemas at build time (src/lib/server/dataset/table-docs.ts).
import type { Column } from '../server/schema/columns';
import type { TableName } from '../domain/vocabulary';

/** The id of a table's section on /data, so that any page can link to `/data#table-facts`. */
export const tableAnchor = (name: TableName) => `table-${name}`;

/** `integer`, `number, nullable`, `text`. */
export const columnType = (column: Column) =>
	column.nullable ? `${column.kind}, nullable` : column.kind;

/** A column that holds the key of another table. */
export interface TableLink {
	from: { table: TableName; column: string };
	to: { table: TableName; column: string };
	meaning: string;
	meaning_ru: string;
}

export const tableLinks: TableLink[] = [
	{
		from: { table: 'facts', column: 'indicator_id' },
		to: { table: 'indicators', column: 'indicator_id' },
		meaning: 'the indicator a fact is an observation of',
		meaning_ru: 'показатель, к которому относится факт'
	},
	{
		from: { table: 'facts', column: 'article_id' },
		to: { table: 'articles', column: 'article_id' },
		meaning: "the article that states it; the quote's offsets index that article's text",
		meaning_ru: 'статья, в которой он приведён; смещения цитаты отсчитываются в тексте этой статьи'
	},
	{
		from: { table: 'mentions', column: 'article_id' },
		to: { table: 'articles', column: 'article_id' },
		meaning: "the article a number was found in; `start` and `end` index that article's text",
		meaning_ru: 'статья, в которой найдено число; `start` и `end` отсчитываются в её тексте'
	},
	{
		from: { table: 'mentions', column: 'fact_id' },
		to: { table: 'facts', column: 'fact_id' },
		meaning: 'the fact a number became; empty when it was dismissed',
		meaning_ru: 'факт, которым стало число; пусто, если число отклонено'
	},
	{
		from: { table: 'facts', column: 'statement_id' },
		to: { table: 'facts', column: 'statement_id' },
		meaning: 'facts stated together, such as the baseline and the target of "from 16% to 25%"',
		meaning_ru: 'факты, названные вместе, например исходный уровень и цель в «с 16 % до 25 %»'
	}
];

/** `facts.indicator_id`. */
export const qualifiedName = ({ table, column }: TableLink['from']) => `${table}.${column}`;

/** A description split at its backticks, so that `column` names can be shown as code. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
	return text
		.split('`')
		.map((part, i) => ({ text: part, code: i % 2 === 1 }))
		.filter((part) => part.text !== '');
}
