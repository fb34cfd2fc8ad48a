import { z } from 'zod';

declare module 'zod' {
	interface GlobalMeta {
		/** The Russian twin of `description`, for the dictionary of the Russian pages. */
		description_ru?: string;
	}
}

/**
 * What a column or table is, in English and in Russian: registered on the schema itself, so the
 * dictionary of each language, the README and the SQL console read the one definition.
 */
export const doc = (description: string, description_ru: string) => ({
	description,
	description_ru
});

/** The Russian description `doc()` registered on `schema`; empty when it has none. */
export const descriptionRu = (schema: z.ZodType): string =>
	z.globalRegistry.get(schema)?.description_ru ?? '';
