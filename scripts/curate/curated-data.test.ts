// What holds for any archive, however many articles it has: the real one (seeds/, data/, the
// committed static/data/) and the fixture project. No count, id or value of an article is named
// here: the facts of particular articles are tested on the fixture (build-tables.test.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/server/csv';
import { tables as schemas } from '../../src/lib/server/schema';
import { tableFile } from '../../src/lib/domain/data-files';
import { tableNames } from '../../src/lib/domain/vocabulary';
import { buildTables, type CurationInputs } from './build-tables';
import { layout, readInputs, renderTables } from './files';
import { fixtureRoot, realRoot } from './fixture-project';
import { formatProblem } from './problems';
import { expectedMentionUnit } from './units';

const archives = [
	['the real archive', realRoot],
	['the fixture project', fixtureRoot]
] as const;

/** Values that occur more than once. */
const repeated = (values: readonly string[]) =>
	values.filter((value, i) => values.indexOf(value) !== i);

describe.each(archives)('%s', (_, root) => {
	const inputs = readInputs(root);
	const { tables, problems, summary } = buildTables(inputs);

	test('curates without a problem: every number of every article is accounted for', () => {
		expect(problems.map(formatProblem)).toEqual([]);
		expect(summary.unaccounted).toBe(0);
		expect(tables?.articles.length).toBe(inputs.seeds.length);
	});
	if (!tables) return;
	const articles = new Map(tables.articles.map((a) => [a.article_id, a]));
	const indicators = new Map(tables.indicators.map((i) => [i.indicator_id, i]));
	const mentionAt = new Map(tables.mentions.map((m) => [`${m.article_id}@${m.start}`, m]));

	test('ids are unique in every table', () => {
		expect(repeated(tables.articles.map((a) => a.article_id))).toEqual([]);
		expect(repeated(tables.indicators.map((i) => i.indicator_id))).toEqual([]);
		expect(repeated(tables.facts.map((f) => f.fact_id))).toEqual([]);
		expect(repeated(tables.mentions.map((m) => m.mention_id))).toEqual([]);
	});

	test('every article is its seed: the hash of the raw file, its text, its date', () => {
		for (const seed of inputs.seeds) {
			const id = seed.file.replace(/^seeds\/(.*)\.txt$/, '$1');
			const article = articles.get(id);
			expect(article, seed.file).toBeDefined();
			if (!article) continue;
			expect(article.file).toBe(seed.file);
			expect(article.sha256).toBe(createHash('sha256').update(seed.bytes).digest('hex'));
			expect(article.chars).toBe(article.text.length);
			// The normalised text is the raw one without BOM, date line and CR.
			const raw = new TextDecoder().decode(seed.bytes).replace(/\r\n?/g, '\n');
			expect(raw).toContain(article.text.trimEnd());
			const dateLine = /^ date (\d{4}-\d{2}-\d{2})/.exec(raw)?.[1];
			if (dateLine) expect(article).toMatchObject({ published: dateLine, date_basis: 'header' });
			else expect(article.date_basis).not.toBe('header');
			expect(article.published === '').toBe(article.date_basis === 'unknown');
		}
	});

	test('every mention is the text at its offsets, and a fact or dismissed with a reason', () => {
		for (const m of tables.mentions) {
			const text = articles.get(m.article_id)?.text;
			expect(text, m.mention_id).toBeDefined();
			expect(text?.slice(m.start, m.end)).toBe(m.surface);
			if (m.disposition === 'fact') expect([m.fact_id, m.reason]).toEqual([m.fact_id, '']);
			else expect([m.fact_id, m.reason.trim().length > 2]).toEqual(['', true]);
			expect(m.disposition === 'fact' ? m.fact_id : m.reason, m.mention_id).not.toBe('');
		}
	});

	test('every fact quote is the article text at its offsets, and its figure lies inside it', () => {
		for (const f of tables.facts) {
			const text = articles.get(f.article_id)?.text ?? '';
			expect(text.slice(f.quote_start, f.quote_end), f.fact_id).toBe(f.quote);
			expect(f.value_start).toBeGreaterThanOrEqual(f.quote_start);
			expect(f.value_end).toBeLessThanOrEqual(f.quote_end);
			expect(f.value_end).toBeGreaterThan(f.value_start);
		}
	});

	test('every fact is exactly one mention, whose value it keeps', () => {
		const fromMentions = tables.mentions
			.filter((m) => m.disposition === 'fact')
			.map((m) => m.fact_id);
		expect(fromMentions.sort()).toEqual(tables.facts.map((f) => f.fact_id).sort());
		for (const f of tables.facts) {
			const m = mentionAt.get(`${f.article_id}@${f.value_start}`);
			expect(m, f.fact_id).toMatchObject({ end: f.value_end, fact_id: f.fact_id });
			if (!m) continue;
			if (m.unit === expectedMentionUnit(f.unit)) {
				// The figure as the text reads it: «20–25%» is 20 and 25, «более 50» is 50.
				expect([f.value, f.value_max], f.fact_id).toEqual([m.value, m.value_max]);
			} else {
				// Derived: «около трех лет назад» is the publication year less three.
				const year = Number(articles.get(f.article_id)?.published.slice(0, 4));
				expect([f.unit, m.unit, f.value_max], f.fact_id).toEqual(['year', null, null]);
				expect(f.value, f.fact_id).toBe(year - m.value);
			}
		}
	});

	test('every fact names an indicator and an article that exist, in its indicator’s unit', () => {
		for (const f of tables.facts) {
			expect(articles.has(f.article_id), f.fact_id).toBe(true);
			expect(indicators.get(f.indicator_id)?.unit, f.fact_id).toBe(f.unit);
		}
		for (const m of tables.mentions) expect(articles.has(m.article_id), m.mention_id).toBe(true);
	});

	test('a statement ties two or more facts of one indicator and one article, each its own row', () => {
		const statements = new Map<string, typeof tables.facts>();
		for (const f of tables.facts.filter((f) => f.statement_id)) {
			statements.set(f.statement_id, [...(statements.get(f.statement_id) ?? []), f]);
		}
		for (const [id, facts] of statements) {
			expect(facts.length, id).toBeGreaterThanOrEqual(2);
			expect(new Set(facts.map((f) => f.indicator_id)).size, id).toBe(1);
			expect(new Set(facts.map((f) => f.article_id)).size, id).toBe(1);
			// A baseline and its target are two figures of the text, never one summed or merged value.
			expect(new Set(facts.map((f) => f.value_start)).size, id).toBe(facts.length);
		}
	});

	test('the tables parse back, by their schemas, to the same rows', () => {
		const outputs = renderTables(tables);
		for (const name of tableNames) {
			const path = `${layout.output}/${tableFile(name)}`;
			expect(parseCsv(schemas[name], outputs.get(path) ?? '', path)).toEqual(tables[name]);
		}
	});

	test('the same inputs give byte-identical tables, in whatever order the files are read', () => {
		const reversed: CurationInputs = {
			...inputs,
			seeds: [...inputs.seeds].reverse(),
			curations: [...inputs.curations].reverse()
		};
		for (const again of [readInputs(root), reversed]) {
			const built = buildTables(again).tables;
			if (!built) throw new Error('second run failed');
			expect(renderTables(built)).toEqual(renderTables(tables));
		}
	});
});

test('the real archive’s committed CSVs are what its inputs give', () => {
	const { tables } = buildTables(readInputs(realRoot));
	if (!tables) throw new Error('the real archive does not curate: see the test above');
	for (const [path, text] of renderTables(tables)) {
		expect(readFileSync(join(realRoot, path), 'utf8'), `${path}: run npm run curate`).toBe(text);
	}
});
