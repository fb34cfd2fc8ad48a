// The drafter on articles written for it (tests/fixtures/draft-articles/), scored against an
// analyst's answer key. The bar: 90% of the analyst's facts drafted as facts, 70% of the
// drafted facts ones the analyst takes, statuses right on 80%, qualifiers on 90%, periods on 70%.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractMentions } from '../extract/extract-mentions';
import { ingestSeed } from '../ingest';
import { locateFigure } from '../locate';
import { draftArticle, type Draft } from './draft-article';
import { readKey, scoreDraft } from './evaluate-draft';

const dir = join(import.meta.dirname, '../../../tests/fixtures/draft-articles');
const articles = ['bus-deliveries', 'garment-exports', 'investment-report'];

function drafted(name: string) {
	const { seed } = ingestSeed(`seeds/${name}.txt`, readFileSync(join(dir, `${name}.txt`)));
	if (!seed) throw new Error(`${name} does not ingest`);
	const mentions = extractMentions(seed.text);
	// No dictionary: every fact gets a proposed indicator, which the scores do not look at.
	const draft = draftArticle(seed, mentions, {
		indicators: new Map(),
		statusesOf: new Map(),
		factIds: new Set()
	});
	return { seed, mentions, draft };
}

const scores = articles.map((name) => {
	const { seed, mentions, draft } = drafted(name);
	const key = readKey(readFileSync(join(dir, `${name}.key.yaml`), 'utf8'));
	return scoreDraft(seed.text, mentions, draft, key);
});
const sum = (pick: (s: (typeof scores)[number]) => number) =>
	scores.reduce((n, s) => n + pick(s), 0);

describe('drafts of the development articles, against the analyst', () => {
	const misses = scores.flatMap((s) => s.misses).join('\n');
	const matched = sum((s) => s.matched);

	test('takes the analyst’s facts, and few others', () => {
		expect(matched / sum((s) => s.analystFacts), misses).toBeGreaterThanOrEqual(0.9);
		expect(
			sum((s) => s.precision * s.draftedFacts) / sum((s) => s.draftedFacts),
			misses
		).toBeGreaterThanOrEqual(0.7);
	});

	test('gets their status, qualifier and period right', () => {
		expect(sum((s) => s.statusRight * s.matched) / matched, misses).toBeGreaterThanOrEqual(0.8);
		expect(sum((s) => s.qualifierRight * s.matched) / matched, misses).toBeGreaterThanOrEqual(0.9);
		expect(sum((s) => s.periodRight * s.matched) / matched, misses).toBeGreaterThanOrEqual(0.7);
	});
});

describe('a draft', () => {
	const all = articles.map(drafted);

	test('accounts for every number exactly once, each reference naming its own', () => {
		for (const { seed, mentions, draft } of all) {
			const named = [...draft.facts, ...draft.dismissed].map(({ entry }) => {
				const located = locateFigure(seed.text, mentions, entry);
				if ('problem' in located) throw new Error(located.problem);
				return located.mention;
			});
			expect(new Set(named).size).toBe(mentions.length);
		}
	});

	test('dismisses with a reason naming its category', () => {
		const reasons = all.flatMap(({ draft }) => draft.dismissed.map(({ entry }) => entry.reason));
		for (const reason of reasons) {
			expect(reason).toMatch(/^(page furniture|headline|date|duration|name|not an indicator): /);
		}
		// The exchange-rate line above the garment article and its headline's repeat of a body figure.
		expect(reasons).toContain('page furniture: «87.45 KGS» is not part of the article');
		expect(reasons.some((r) => r.startsWith('headline: repeats «212 млн долларов»'))).toBe(true);
	});

	test('leaves a relative period of an undated article empty, and says why', () => {
		const { draft } = all[2] as { draft: Draft };
		const lastYear = draft.facts.find(({ entry }) => entry.quote.includes('В прошлом году'));
		expect(lastYear?.entry.period).toBe('');
		expect(lastYear?.comment).toMatch(
			/relative period «В прошлом году» in an article without a publication date/
		);
	});

	test('drafts ids unique, notes in English and Russian, and nothing as a headline', () => {
		const facts = all.flatMap(({ draft }) => draft.facts.map(({ entry }) => entry));
		expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
		for (const fact of facts) {
			expect(fact.note).toMatch(/^[A-Z][^а-яё]*\.$/i);
			expect(fact.note_ru).toMatch(/[а-яё]/i);
			expect(fact.headline).toBe(false);
		}
	});
});

describe('a draft of an article measured in tonnes, with a rate line at its foot', () => {
	const text = [
		' date 2026-11-20 Кантский цементный завод нарастил выпуск',
		'Кантский цементный завод за январь–сентябрь 2026 года выпустил 1,2 млн тонн цемента, что на 15% больше, чем годом ранее.',
		'По словам директора предприятия, в следующем году завод рассчитывает выйти на 1,8 млн тонн.',
		'Курс доллара на 20 ноября: 87,45 сома.',
		''
	].join('\n');
	const { seed } = ingestSeed('seeds/kant_cement.txt', Buffer.from(text));
	if (!seed) throw new Error('the article does not ingest');
	const draft = draftArticle(seed, extractMentions(seed.text), {
		indicators: new Map(),
		statusesOf: new Map(),
		factIds: new Set()
	});
	const factOf = (figure: string) =>
		draft.facts.find(({ entry }) => entry.figure === figure || entry.quote.includes(figure))?.entry;

	test('dismisses the exchange-rate line as page furniture', () => {
		const rate = draft.dismissed.find(({ entry }) => entry.figure.includes('87,45'));
		expect(rate?.entry.reason).toMatch(/^page furniture: «Курс доллара на 20 ноября/);
	});

	test('measures in tonnes what follows the word of measure, and keeps one indicator for it', () => {
		const produced = factOf('1,2 млн');
		const target = factOf('1,8 млн');
		const proposed = draft.indicators.find(({ entry }) => entry.id === produced?.indicator);
		expect(proposed?.entry.unit).toBe('tonnes');
		expect(proposed?.entry.label_en).toMatch(/^Cement/);
		expect(target?.indicator).toBe(produced?.indicator);
		expect(target?.status).toBe('target');
	});
});
