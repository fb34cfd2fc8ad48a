import { locales } from '$lib/paraglide/runtime';
import { error } from '@sveltejs/kit';
import { nodeDb } from '$lib/server/db/node';
import { indicatorList } from '$lib/sql/catalogue';
import { indicatorDataset } from '$lib/sql/datasets';
import type { FactRow } from '$lib/sql/facts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () =>
	(await indicatorList(await nodeDb())).flatMap(({ indicator_id }) =>
		locales.map((lang) => ({ lang, id: indicator_id }))
	);

/** The indicator and its facts by period; claims and disagreements are derived in the page. */
export async function load({ params }) {
	const db = await nodeDb();
	const indicator = (await indicatorList(db)).find((i) => i.indicator_id === params.id);
	if (!indicator) error(404, `No indicator "${params.id}"`);
	const dataset = indicatorDataset(params.id);
	return { indicator, facts: await db.query<FactRow>(dataset.sql), dataset };
}
