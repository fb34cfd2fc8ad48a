/** A draft as a curation file: YAML with a comment on each entry saying how it was read. */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Commented, Draft } from './draft-article';

function commentEach(doc: Document, key: string, entries: Commented<unknown>[]) {
	const seq = doc.get(key, true);
	if (!isSeq(seq)) return;
	seq.items.forEach((item, i) => {
		if (isMap(item)) (item as YAMLMap).commentBefore = ` ${entries[i]?.comment ?? ''}`;
	});
}

export function draftYaml(articleId: string, draft: Draft): string {
	const doc = new Document({
		reviewed: false,
		facts: draft.facts.map((f) => f.entry),
		dismissed: draft.dismissed.map((d) => d.entry),
		...(draft.indicators.length ? { indicators: draft.indicators.map((i) => i.entry) } : {})
	});
	doc.commentBefore = [
		` A draft of ${articleId}, written by npm run curate -- draft ${articleId}.`,
		' Check each entry against the article; when all is right, set reviewed: true.',
		' Until then its facts are marked unreviewed on the site and never reach a KPI card.'
	].join('\n');
	commentEach(doc, 'facts', draft.facts);
	commentEach(doc, 'dismissed', draft.dismissed);
	commentEach(doc, 'indicators', draft.indicators);
	return doc.toString({ lineWidth: 0 });
}
