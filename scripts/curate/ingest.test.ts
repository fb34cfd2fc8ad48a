import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureRoot } from './fixture-project';
import { ingestSeed, maxSeedBytes } from './ingest';

const bytes = (s: string) => new TextEncoder().encode(s);
const ingest = (s: string | Uint8Array) =>
	ingestSeed('seeds/x_1.txt', typeof s === 'string' ? bytes(s) : s);

describe('ingestSeed', () => {
	test('reads a date line that runs into the first sentence, as the real seeds have it', () => {
		const raw = readFileSync(join(fixtureRoot, 'seeds/bus_plant.txt'));
		const { seed } = ingestSeed('seeds/bus_plant.txt', raw);
		expect(seed?.article_id).toBe('bus_plant');
		expect(seed?.published).toBe('2026-02-14');
		expect(seed?.text.startsWith('В Бишкеке директор автобусного завода')).toBe(true);
		expect(seed?.lineOffset).toBe(0);
		expect(seed?.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
	});

	test('reads a date line of its own and counts it for line numbers', () => {
		const { seed } = ingest(' date 2025-09-29\nТекст статьи.');
		expect(seed).toMatchObject({ published: '2025-09-29', text: 'Текст статьи.', lineOffset: 1 });
	});

	test('a seed without a date line gets no date', () => {
		const { seed } = ingest('Кыргызстан и Китай укрепляют связи.\nВторая строка.');
		expect(seed?.published).toBe('');
		expect(seed?.text).toBe('Кыргызстан и Китай укрепляют связи.\nВторая строка.');
	});

	test('strips a BOM and normalises CRLF and CR line endings, keeping NBSP', () => {
		const { seed } = ingest('\uFEFF date 2026-01-18 Первая\r\nвторая\rтретья 150\u00A0000');
		expect(seed?.published).toBe('2026-01-18');
		expect(seed?.text).toBe('Первая\nвторая\nтретья 150\u00A0000');
	});

	test('the hash is of the raw bytes, before normalisation', () => {
		const raw = bytes('\uFEFFТекст\r\n');
		expect(ingest(raw).seed?.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
	});

	test.each([
		['an empty seed', '', 1, /empty article/],
		['a seed of only a date line', ' date 2026-01-01 \n  \n', 1, /empty article/],
		['a date that does not exist', ' date 2026-02-30 Текст', 1, /bad date "2026-02-30"/],
		['a date in another format', ' date 31.01.2026 Текст', 1, /bad date "31.01.2026"/],
		['a NUL byte', 'Текст\nещё\u0000', 2, /binary data/]
	])('rejects %s, naming the line', (_, input, line, message) => {
		const { seed, problems } = ingest(input);
		expect(seed).toBeUndefined();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'seeds/x_1.txt', line });
		expect(problems[0]?.message).toMatch(message);
	});

	test('rejects text that is not UTF-8, naming the first bad line', () => {
		const latin1 = Uint8Array.from([...bytes('ok\nstill ok\n'), 0xe9, 0x74, 0xe9]);
		expect(ingest(latin1).problems).toEqual([
			{ file: 'seeds/x_1.txt', line: 3, message: 'not valid UTF-8 text' }
		]);
	});

	test('says that a file of binary data (a PNG image here) is not text', () => {
		const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
		expect(ingest(png).problems).toEqual([
			{
				file: 'seeds/x_1.txt',
				line: 1,
				message: 'not valid UTF-8 text (binary data: an image, an archive?)'
			}
		]);
	});

	test('rejects a file name that cannot be an id', () => {
		const { problems } = ingestSeed('seeds/Bad Name.txt', bytes('Текст'));
		expect(problems[0]?.message).toMatch(/lowercase id/);
	});

	test('rejects a seed over the size limit, naming the line where it crosses it', () => {
		const line = 'Строка статьи без единого числа.\n';
		const bytesPerLine = bytes(line).length;
		const lines = Math.ceil((maxSeedBytes * 1.5) / bytesPerLine);
		const { seed, problems } = ingest(line.repeat(lines));
		expect(seed).toBeUndefined();
		expect(problems).toEqual([
			{
				file: 'seeds/x_1.txt',
				line: Math.floor(maxSeedBytes / bytesPerLine) + 1,
				message: `3.0 MB is over the 2.0 MB limit of a seed (crossed on this line): is it one news article?`
			}
		]);
		expect(ingest(line.repeat(Math.floor(maxSeedBytes / bytesPerLine))).seed).toBeDefined();
	});
});
