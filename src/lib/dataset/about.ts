// What the dataset is, in the words the /data page and the README of the archive share.

export const datasetTitle = 'Kyrgyzstan industry dashboard: sourced fact tables';

export const datasetIntro =
	"Figures about Kyrgyzstan's industry, curated from Russian-language news articles. Every figure keeps the exact sentence that states it and the article it comes from, and every number found in an article is accounted for: a fact, or dismissed with a reason.";

/** The CSV format of the four tables, as the curation script writes them. */
export const formatNotes = [
	'UTF-8 without a byte-order mark, comma-separated, one header row, records ending in CRLF, fields quoted only where needed (RFC 4180). Some spreadsheet programs need to be told the encoding on import.',
	'An empty cell means unknown or not applicable: null in a nullable column, empty text in a text column. Booleans are `true` and `false`; numbers use a dot for decimals.',
	'Offsets are JavaScript string indices (UTF-16 code units) into `articles.text`: `text.slice(quote_start, quote_end)` is the quote.',
	'A plan, a target or a promise is not an actual: never add up facts of different `status`.'
];
