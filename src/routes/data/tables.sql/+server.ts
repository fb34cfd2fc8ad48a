import { loadTablesScript } from '$lib/server/db/load-tables';
import type { RequestHandler } from './$types';

export const prerender = true;

/** What the browser's DuckDB runs to load the CSV files with the schemas' column types. */
export const GET: RequestHandler = () =>
	new Response(loadTablesScript(), {
		headers: { 'content-type': 'application/sql; charset=utf-8' }
	});
