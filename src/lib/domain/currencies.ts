/**
 * The currencies the figures are in, by ISO 4217 code: one list for the schema, the extractor and
 * the formatters. A module of its own, without zod, so that the pages' formatters can read it.
 */
export const currencies = ['KGS', 'USD', 'EUR', 'RUB', 'BYN', 'CNY', 'KZT'] as const;
