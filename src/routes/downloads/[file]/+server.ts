import { error } from '@sveltejs/kit';
import { nodeDb } from '$lib/server/db/node';
import { staticDownloads } from '$lib/sql/downloads';
import { exportCsv } from '$lib/sql/export';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () =>
	[...(await staticDownloads(await nodeDb())).keys()].map((file) => ({ file }));

/** The same CSV the browser writes for a filtered view, here for the unfiltered one. */
export const GET: RequestHandler = async ({ params }) => {
	const db = await nodeDb();
	const sql = (await staticDownloads(db)).get(params.file);
	if (!sql) error(404, `No download "${params.file}"`);
	return new Response(await exportCsv(db, sql), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
