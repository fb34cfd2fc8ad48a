import type { TableName } from '../../domain/vocabulary';
import { Article } from './article';
import { Fact } from './fact';
import { Indicator } from './indicator';
import { Mention } from './mention';

export * from './enums';
export * from './article';
export * from './fact';
export * from './indicator';
export * from './mention';

/** The schema of each generated table (vocabulary.ts lists them in order). */
export const tables = {
	facts: Fact,
	indicators: Indicator,
	articles: Article,
	mentions: Mention
} as const satisfies Record<TableName, unknown>;
