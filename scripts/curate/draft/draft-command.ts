/**
 * `npm run curate -- draft ARTICLE_ID`: the draft of an article that has no curation file yet,
 * checked to pass `npm run curate` as it stands before it is written.
 */
import { basename } from 'node:path';
import type { Status } from '../../../src/lib/server/schema';
import { buildTables, loadInputs, type CurationInputs } from '../build-tables';
import { formatProblems } from '../problems';
import { draftArticle } from './draft-article';
import { draftYaml } from './draft-yaml';

export interface DraftResult {
	file: string;
	yaml: string;
	facts: number;
	dismissed: number;
	indicators: number;
}

export function draftCuration(inputs: CurationInputs, articleId: string): DraftResult {
	const loaded = loadInputs(inputs);
	const seed = loaded.seeds.find((s) => s.article_id === articleId);
	if (!seed) throw new Error(`no article "${articleId}": expected seeds/${articleId}.txt`);
	const file = `${inputs.curationDir}/${articleId}.yaml`;
	const existing = inputs.curations.find(
		(c) => basename(c.file).replace(/\.ya?ml$/, '') === articleId
	);
	if (existing) {
		throw new Error(
			`${existing.file} exists: a draft never overwrites a curation file (delete it to draft afresh)`
		);
	}
	const statusesOf = new Map<string, Set<Status>>();
	const factIds = new Set<string>();
	for (const source of loaded.curations.values()) {
		for (const fact of source.data.facts) {
			statusesOf.set(
				fact.indicator,
				(statusesOf.get(fact.indicator) ?? new Set()).add(fact.status)
			);
			factIds.add(fact.id);
		}
	}
	const draft = draftArticle(seed, inputs.extract(seed.text), {
		indicators: loaded.indicators,
		statusesOf,
		factIds
	});
	const yaml = draftYaml(articleId, draft);
	const { problems } = buildTables({
		...inputs,
		curations: [...inputs.curations, { file, text: yaml }]
	});
	const own = problems.filter((p) => p.file === file || p.file === seed.file);
	if (own.length) {
		throw new Error(
			`the draft would not pass (a fault of the drafter):\n${formatProblems(own).join('\n')}`
		);
	}
	return {
		file,
		yaml,
		facts: draft.facts.length,
		dismissed: draft.dismissed.length,
		indicators: draft.indicators.length
	};
}
