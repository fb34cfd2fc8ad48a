import { nodeDb } from '$lib/server/db/node';
import { articleList } from '$lib/sql/catalogue';

export async function load() {
	return { articles: await articleList(await nodeDb()) };
}
