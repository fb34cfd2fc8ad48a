import { describe, expect, test } from 'vitest';
import { nodeDb } from '$lib/server/db/node';
import { articleReference, citationText, datasetCitation } from '$lib/dataset/citation';
import { factsPerArticle } from '$lib/sql/coverage';
import { chartSources } from './chart-parts';
import { citationLine, imageFileName, namedSources, sourceLines, wrapText } from './image-text';

const source = (n: number, published = `2025-01-${String(n).padStart(2, '0')}`) => ({
	article_id: `a-${n}`,
	title: `Статья ${n}`,
	publisher: n % 2 ? '' : 'Example.kg',
	published
});

describe('the source line of a chart image', () => {
	test('names each article of the archive in the page language, under its heading', async () => {
		const sources = chartSources(await factsPerArticle(await nodeDb()));
		expect(sources.length).toBeGreaterThan(0);
		for (const locale of ['en', 'ru'] as const) {
			const lines = sourceLines(sources, locale);
			expect(lines[0]).toBe(locale === 'en' ? 'Sources:' : 'Источники:');
			const named = lines.slice(1).filter((line) => line.startsWith('• '));
			expect(named).toEqual(
				sources.slice(0, named.length).map((s) => `• ${articleReference(s, locale)}`)
			);
			expect(named.length).toBe(sources.length > namedSources + 1 ? namedSources : sources.length);
		}
	});

	test('many articles: the first are named, the others counted in the right plural', () => {
		const many = Array.from({ length: namedSources + 5 }, (_, i) => source(i + 1));
		const en = sourceLines(many, 'en');
		expect(en).toHaveLength(1 + namedSources + 1);
		expect(en.at(-1)).toBe('…and 5 more articles');
		expect(sourceLines(many.slice(0, namedSources + 2), 'en').at(-1)).toBe('…and 2 more articles');
		expect(sourceLines(many, 'ru').at(-1)).toBe('…и ещё 5 статей');
		expect(sourceLines(many.slice(0, namedSources + 3), 'ru').at(-1)).toBe('…и ещё 3 статьи');
		// One article over is named rather than counted: «…and 1 more» would take the same line.
		const oneOver = sourceLines(many.slice(0, namedSources + 1), 'en');
		expect(oneOver.filter((line) => line.startsWith('• '))).toHaveLength(namedSources + 1);
	});

	test('a publisher is named before the date; an unknown date is said so', () => {
		const [line] = sourceLines([source(2)], 'en').slice(1);
		expect(line).toMatch(/^• Статья 2\. Example\.kg, \d+ \w+ 2025\.$/);
		expect(sourceLines([source(3, '')], 'ru')[1]).toBe(
			`• ${articleReference(source(3, ''), 'ru')}`
		);
		expect(sourceLines([source(3, '')], 'ru')[1]).toContain('дата неизвестна');
	});

	test('no articles: no source line', () => {
		expect(sourceLines([], 'en')).toEqual([]);
	});

	test('the citation line is the dataset citation of the /data page, after its label', () => {
		const address = 'https://example.org/ru/data/';
		expect(citationLine('2026-01-31', 'ru', address)).toBe(
			`Набор данных: ${citationText(datasetCitation('2026-01-31', 'ru', address))}`
		);
		expect(citationLine('2026-01-31', 'en', '')).toBe(
			`Dataset: ${citationText(datasetCitation('2026-01-31', 'en'))}`
		);
	});
});

describe('wrapText', () => {
	// One unit a character: a monospaced measure, so each result can be checked by eye.
	const width = (s: string) => s.length;

	test('fills each line up to the width, breaking at spaces', () => {
		expect(wrapText('one two three four five', 9, width)).toEqual([
			'one two',
			'three',
			'four five'
		]);
		expect(wrapText('  spaced   out  ', 20, width)).toEqual(['spaced out']);
		expect(wrapText('', 10, width)).toEqual([]);
	});

	test('breaks a word only when it alone is wider than a line (an address)', () => {
		expect(wrapText('see https://example.org/ru/data/ now', 10, width)).toEqual([
			'see',
			'https://ex',
			'ample.org/',
			'ru/data/',
			'now'
		]);
	});

	test('no line is wider than the width, and no character is lost', () => {
		const text =
			'Доля швейной отрасли в промышленности: 9 % (исходный уровень, 2025); 14 % (цель, до 2030 г.).';
		for (const w of [5, 12, 30, 200]) {
			const lines = wrapText(text, w, width);
			expect(lines.every((line) => line.length <= w)).toBe(true);
			expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
		}
	});
});

describe('imageFileName', () => {
	test('an indicator id or a dataset name stays as it is', () => {
		expect(imageFileName('garment_share_of_industry')).toBe('garment_share_of_industry.png');
		expect(imageFileName('facts-per-article')).toBe('facts-per-article.png');
		expect(imageFileName('timeline')).toBe('timeline.png');
	});

	test('anything else is made safe: no path, no hidden file, nothing empty', () => {
		expect(imageFileName('../../etc/passwd')).toBe('etc-passwd.png');
		expect(imageFileName('.hidden')).toBe('hidden.png');
		expect(imageFileName('доля швейной')).toBe('chart.png');
		expect(imageFileName('a b/c')).toBe('a-b-c.png');
		expect(imageFileName('')).toBe('chart.png');
		expect(imageFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.png`);
	});
});
