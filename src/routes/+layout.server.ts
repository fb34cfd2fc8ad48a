import { nodeDb } from '$lib/db/node';
import { articleList } from '$lib/sql/catalogue';

/** For the footer: how fresh the data is and how many sources it rests on. */
export async function load() {
	const articles = await articleList(await nodeDb());
	const dates = articles
		.map((a) => a.published)
		.filter(Boolean)
		.sort();
	return { dataAsOf: dates.at(-1) ?? '', sourceCount: articles.length };
}
