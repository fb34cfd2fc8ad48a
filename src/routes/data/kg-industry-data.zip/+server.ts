import { nodeDb } from '$lib/db/node';
import { datasetArchive, datasetInputs } from '$lib/dataset/inputs';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every table and a README in one zip, written at build time (see $lib/dataset/archive.ts). */
export const GET: RequestHandler = async () => {
	const zip = datasetArchive(await datasetInputs(await nodeDb()));
	return new Response(zip, { headers: { 'content-type': 'application/zip' } });
};
