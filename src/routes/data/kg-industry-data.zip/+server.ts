import { nodeDb } from '$lib/server/db/node';
import { datasetArchive, datasetInputs } from '$lib/server/dataset/inputs';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every table and a README in one zip, written at build time (see $lib/server/dataset/archive.ts). */
export const GET: RequestHandler = async () => {
	const zip = datasetArchive(await datasetInputs(await nodeDb()));
	return new Response(zip, { headers: { 'content-type': 'application/zip' } });
};
