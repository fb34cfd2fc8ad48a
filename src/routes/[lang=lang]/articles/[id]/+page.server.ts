import { locales } from '$lib/paraglide/runtime';
import { error } from '@sveltejs/kit';
import { nodeDb } from '$lib/server/db/node';
import { article, articleList, mentionsOfArticle } from '$lib/sql/catalogue';
import { articleDataset } from '$lib/sql/datasets';
import { facts } from '$lib/sql/facts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () =>
	(await articleList(await nodeDb())).flatMap(({ article_id }) =>
		locales.map((lang) => ({ lang, id: article_id }))
	);

export async function load({ params }) {
	const db = await nodeDb();
	const found = await article(db, params.id);
	if (!found) error(404, `No article "${params.id}"`);
	return {
		article: found,
		mentions: await mentionsOfArticle(db, params.id),
		facts: await facts(db, { articleId: params.id }),
		otherSources: await facts(db, { otherSourcesOf: params.id }),
		dataset: articleDataset(params.id)
	};
}
