import { nodeDb } from '$lib/db/node';
import { datasetArchive, datasetInputs } from '$lib/dataset/inputs';

/** Sizes and row counts, the data's date and a real fact to cite; the rest comes from the schemas. */
export async function load() {
	const inputs = await datasetInputs(await nodeDb());
	const { asOf, tables, example } = inputs;
	return {
		asOf,
		tables: tables.map(({ name, rows, bytes }) => ({ name, rows, size: bytes.byteLength })),
		archiveSize: datasetArchive(inputs).byteLength,
		example
	};
}
