import { nodeDb } from '$lib/server/db/node';
import { sectors, statuses } from '$lib/domain/vocabulary';
import { overviewRows } from '$lib/sql/overview-rows';

// `/ru/` is ru/index.html, the page a static host serves for the folder of the Russian tree.
export const trailingSlash = 'always';

/** The unfiltered overview, prerendered; filters re-query the same SQL in the browser. */
export async function load() {
	return { rows: await overviewRows(await nodeDb(), {}), sectors, statuses };
}
