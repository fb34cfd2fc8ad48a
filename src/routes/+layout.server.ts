import { nodeDb } from '$lib/server/db/node';
import { dataAsOf } from '$lib/dataset/citation';
import { articleList } from '$lib/sql/catalogue';

/** For the footer: how fresh the data is and how many sources it rests on. */
export async function load() {
	const articles = await articleList(await nodeDb());
	return { dataAsOf: dataAsOf(articles), sourceCount: articles.length };
}
