import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nodeDb } from '../server/db/node';
import { article, articleList, mentionsOfArticle } from '../sql/catalogue';
import { facts } from '../sql/facts';
import { highlightArticle, segmentText, type Line, type Segment } from './highlight';
import { dataFolder, tableFile } from './data-files';

const joined = (lines: Line[]) => lines.map((l) => l.map((s) => s.text).join('')).join('\n');
const figures = (lines: Line[]) =>
	lines.flat().filter((s): s is Extract<Segment, { kind: 'figure' }> => s.kind === 'figure');
const dismissed = (lines: Line[]) =>
	lines.flat().filter((s): s is Extract<Segment, { kind: 'dismissed' }> => s.kind === 'dismissed');

describe('highlightArticle on every curated article', async () => {
	const db = await nodeDb();
	const ids = (await articleList(db)).map((a) => a.article_id);
	// The page gets facts without their offsets; the table on disk has them, to check against.
	const onDisk = parse(readFileSync(join(dataFolder, tableFile('facts')), 'utf8'), {
		columns: true
	}) as Record<string, string>[];

	test('there are articles to check', () => expect(ids.length).toBeGreaterThan(0));

	test.each(ids)('%s', async (id) => {
		const { text } = (await article(db, id))!;
		const mentions = await mentionsOfArticle(db, id);
		const rows = await facts(db, { articleId: id });
		const lines = highlightArticle(text, rows, mentions);

		expect(joined(lines)).toBe(text);
		expect(lines).toHaveLength(text.split('\n').length);
		expect(
			figures(lines)
				.map((s) => s.factId)
				.sort()
		).toEqual(rows.map((f) => f.fact_id).sort());
		for (const figure of figures(lines)) {
			const row = onDisk.find((f) => f.fact_id === figure.factId)!;
			expect(figure.text).toBe(text.slice(Number(row.value_start), Number(row.value_end)));
			expect(figure.inQuote).toBe(true);
		}
		const gone = mentions.filter((m) => m.disposition === 'dismissed');
		expect(dismissed(lines).map((s) => [s.start, s.text, s.reason])).toEqual(
			gone.map((m) => [m.start, m.surface, m.reason])
		);

		// The quote found from the figure is the one curated: it covers exactly its offsets.
		const flat = segmentText(text, rows, mentions);
		for (const row of onDisk.filter((f) => f.article_id === id)) {
			const [start, end] = [Number(row.quote_start), Number(row.quote_end)];
			const pieces: [number, number][] = [];
			let at = 0;
			for (const s of flat) {
				const mine =
					s.kind === 'quote'
						? s.factIds.includes(row.fact_id!)
						: s.kind !== 'plain' && s.inQuote && at >= start && at < end;
				if (mine) pieces.push([at, at + s.text.length]);
				at += s.text.length;
			}
			expect(pieces[0]?.[0]).toBe(start);
			expect(pieces.at(-1)?.[1]).toBe(end);
			pieces.slice(1).forEach(([from], i) => expect(from).toBe(pieces[i]![1]));
		}
	});
});

describe('highlightArticle on small texts', () => {
	const fact = (fact_id: string, quote: string, extra = {}) => ({
		fact_id,
		indicator_id: 'ind',
		quote,
		...extra
	});
	const mention = (start: number, end: number, fact_id = '', reason = '') => ({
		start,
		end,
		disposition: (fact_id ? 'fact' : 'dismissed') as 'fact' | 'dismissed',
		fact_id,
		reason
	});

	const at = (text: string, figure: string, fact_id = '', reason = '') =>
		mention(text.indexOf(figure), text.indexOf(figure) + figure.length, fact_id, reason);

	test('two facts quoting the same sentence share its tint; each has its own figure', () => {
		const text = 'Итог.\nДоля вырастет с 16% до 25% к 2030 году.';
		const quote = 'Доля вырастет с 16% до 25%';
		const lines = highlightArticle(
			text,
			[fact('a', quote), fact('b', quote)],
			[at(text, '16%', 'a'), at(text, '25%', 'b'), at(text, '2030', '', 'context')]
		);
		expect(joined(lines)).toBe(text);
		expect(lines[0]).toEqual([{ kind: 'plain', text: 'Итог.' }]);
		expect(lines[1]!.map((s) => [s.kind, s.text])).toEqual([
			['quote', 'Доля вырастет с '],
			['figure', '16%'],
			['quote', ' до '],
			['figure', '25%'],
			['plain', ' к '],
			['dismissed', '2030'],
			['plain', ' году.']
		]);
		expect(lines[1]![0]).toMatchObject({ factIds: ['a', 'b'] });
		expect(lines[1]![5]).toMatchObject({
			reason: 'context',
			inQuote: false,
			start: text.indexOf('2030')
		});
	});

	test('the occurrence of a repeated quote that holds the figure is the one marked', () => {
		const text = 'Пять лет. Пять лет.';
		const lines = highlightArticle(text, [fact('x', 'Пять лет.')], [mention(10, 14, 'x')]);
		expect(lines[0]!.map((s) => s.kind)).toEqual(['plain', 'figure', 'quote']);
	});

	test('explicit offsets win over the search', () => {
		const text = 'один два';
		const lines = highlightArticle(
			text,
			[fact('x', 'один', { quote_start: 0, quote_end: 4, value_start: 0, value_end: 4 })],
			[]
		);
		expect(lines[0]!.map((s) => s.kind)).toEqual(['figure', 'plain']);
	});

	test('a fact without its figure, or overlapping figures, fail loudly', () => {
		expect(() => highlightArticle('abc', [fact('x', 'abc')], [])).toThrow(/fact x/);
		expect(() =>
			highlightArticle('abcdef', [], [mention(0, 3, '', 'r'), mention(2, 4, '', 'r')])
		).toThrow(/overlaps/);
	});
});
