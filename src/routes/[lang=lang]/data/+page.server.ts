import { nodeDb } from '$lib/db/node';
import { datasetArchive, datasetInputs } from '$lib/dataset/inputs';
import { factsBySectorStatus, factsPerArticle } from '$lib/sql/coverage';

/**
 * Sizes and row counts, the data's date, a real fact to cite and what the dataset covers; the rest
 * comes from the schemas.
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
		perArticle: await factsPerArticle(db)
	};
}
