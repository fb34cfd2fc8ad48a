import { nodeDb } from '$lib/server/db/node';
import { indicatorList } from '$lib/sql/catalogue';

export async function load() {
	return { indicators: await indicatorList(await nodeDb()) };
}
