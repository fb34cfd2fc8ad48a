// Any article gets a draft that passes curation as it stands: here, articles made of the extractor's
// held-out sentences (every form of Russian number the project reads), dated and undated.
import { describe, expect, test } from 'vitest';
import { buildTables, type CurationInputs } from '../build-tables';
import { extractMentions } from '../extract/extract-mentions';
import { moreForms } from '../extract/held-out/more-forms';
import { newForms } from '../extract/held-out/new-forms';
import { oldForms } from '../extract/held-out/old-forms';
import { draftCuration } from './draft-command';

const indicators = [
	'indicators:',
	'  - id: bus_purchase_plan',
	'    label_en: Buses to be purchased',
	'    label_ru: Планируемая закупка автобусов',
	'    sector: automotive',
	'    unit: buses',
	'    description: Buses a public body plans to buy.',
	''
].join('\n');

const sentences = [...oldForms, ...newForms, ...moreForms].map((c) => c.text);
const articles = Array.from({ length: Math.ceil(sentences.length / 8) }, (_, i) => ({
	id: `news-${i}`,
	text: `${i % 2 ? '' : ' date 2026-05-20 '}Новости промышленности за неделю\n${sentences.slice(i * 8, i * 8 + 8).join(' ')}`
}));

function inputs(curations: CurationInputs['curations']): CurationInputs {
	return {
		seeds: articles.map(({ id, text }) => ({ file: `seeds/${id}.txt`, bytes: Buffer.from(text) })),
		indicators: { file: 'data/indicators.yaml', text: indicators },
		curations,
		curationDir: 'data/curation',
		extract: extractMentions
	};
}

describe('drafts of articles of every number form', () => {
	test('each passes as it stands, drafted one after another as a curator adds them', () => {
		const curations: CurationInputs['curations'] = [];
		for (const { id } of articles) {
			const draft = draftCuration(inputs(curations), id);
			curations.push({ file: draft.file, text: draft.yaml });
		}
		const { problems, summary } = buildTables(inputs(curations));
		expect(problems).toEqual([]);
		expect(summary.unaccounted).toBe(0);
		expect(summary.unreviewed).toBe(summary.facts);
	});
});
