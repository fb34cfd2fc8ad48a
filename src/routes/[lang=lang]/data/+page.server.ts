import { nodeDb } from '$lib/server/db/node';
import { datasetArchive, datasetInputs } from '$lib/server/dataset/inputs';
import { dictionary } from '$lib/server/dataset/table-docs';
import { factsBySectorStatus, factsPerArticle } from '$lib/sql/coverage';

/**
 * Sizes and row counts, the data's date, a real fact to cite, what the dataset covers, and the data
 * dictionary (read from the schemas here, so that they stay out of the page's code).
 */
export async function load() {
	const db = await nodeDb();
	const inputs = await datasetInputs(db);
	const { asOf, tables, example } = inputs;
	return {
		asOf,
		tables: tables.map(({ name, rows, bytes }) => ({ name, rows, size: bytes.byteLength })),
		archiveSize: datasetArchive(inputs).byteLength,
		example,
		bySectorStatus: await factsBySectorStatus(db),
		perArticle: await factsPerArticle(db),
		dictionary: dictionary()
	};
}
