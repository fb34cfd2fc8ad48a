import { Article } from './article';
import { Fact } from './fact';
import { Indicator } from './indicator';
import { Mention } from './mention';

export * from './enums';
export * from './article';
export * from './fact';
export * from './indicator';
export * from './mention';

/** The generated tables, in the order they are written and documented. */
export const tables = {
	facts: Fact,
	indicators: Indicator,
	articles: Article,
	mentions: Mention
} as const;
export type TableName = keyof typeof tables;
export const tableNames = Object.keys(tables) as TableName[];
