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
	// The table on disk, to check that the offsets the page gets are the curated ones.
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
	/** A fact whose quote and figure stand at the first occurrence of each in `text`. */
	const fact = (text: string, fact_id: string, quote: string, figure: string) => {
		const quote_start = text.indexOf(quote);
		const value_start = text.indexOf(figure, quote_start);
		return {
			fact_id,
			indicator_id: 'ind',
			quote_start,
			quote_end: quote_start + quote.length,
			value_start,
			value_end: value_start + figure.length
		};
	};
	const dismissedAt = (start: number, end: number, reason = 'r') => ({
		start,
		end,
		disposition: 'dismissed' as const,
		reason
	});

	test('two facts quoting the same sentence share its tint; each has its own figure', () => {
		const text = 'Итог.\nДоля вырастет с 16% до 25% к 2030 году.';
		const quote = 'Доля вырастет с 16% до 25%';
		const year = text.indexOf('2030');
		const lines = highlightArticle(
			text,
			[fact(text, 'a', quote, '16%'), fact(text, 'b', quote, '25%')],
			[dismissedAt(year, year + 4, 'context')]
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
		expect(lines[1]![5]).toMatchObject({ reason: 'context', inQuote: false, start: year });
	});

	test('the curated offsets are what is marked, not the first occurrence of the quote', () => {
		const text = 'Пять лет. Пять лет.';
		const second = { ...fact(text, 'x', 'Пять лет.', 'Пять'), quote_start: 10, quote_end: 19 };
		const lines = highlightArticle(text, [{ ...second, value_start: 10, value_end: 14 }], []);
		expect(lines[0]!.map((s) => s.kind)).toEqual(['plain', 'figure', 'quote']);
	});

	test('overlapping figures, or a figure outside the text, fail loudly', () => {
		expect(() => highlightArticle('abcdef', [], [dismissedAt(0, 3), dismissedAt(2, 4)])).toThrow(
			/overlaps/
		);
		expect(() =>
			highlightArticle('abc', [{ ...fact('abc', 'x', 'abc', 'c'), value_end: 9 }], [])
		).toThrow(/leaves the text/);
	});
});
