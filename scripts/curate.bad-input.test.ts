// The CLI on bad input, in a throwaway copy of the fixture project: each case gets
// `file:line: message` on stderr, exit 1, nothing on stdout, and static/data/ unchanged.
import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
	copyProject,
	fixtureRoot,
	lineIn,
	outputSnapshot,
	replaceIn,
	runCurate
} from './curate/fixture-project';
import { maxSeedBytes } from './curate/ingest';

// Article A of the fixture project (tests/fixtures/project/): a date line running into its first
// sentence, a purchase of «400» buses, a promise of «двенадцать», two «около двух лет назад».
const A = 'bus_plant';
const seedA = `seeds/${A}.txt`;
const curationA = `data/curation/${A}.yaml`;
const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The line of `part` in the fixture's own file, before any spoiling. */
const fixtureLine = (path: string, part: string) => lineIn(fixtureRoot, path, part);
/** The body of seed A without its date line, as real article sentences. */
const sentencesOfA = (root: string) =>
	readFileSync(join(root, seedA), 'utf8').replace(/^ date \S+ /, '');
const png = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
	'hex'
);

/** A bad input: how to spoil the copy, and the first line it must print (given the spoilt copy). */
type Case = [name: string, spoil: (root: string) => void, expected: (root: string) => string];
const cases: Case[] = [
	['an empty seed', (r) => writeFileSync(join(r, seedA), ''), () => `${seedA}:1: empty article`],
	[
		'a seed that is not UTF-8',
		(r) => writeFileSync(join(r, seedA), Buffer.from([0x41, 0x0a, 0xff, 0xfe, 0x0a])),
		() => `${seedA}:2: not valid UTF-8 text`
	],
	[
		'a binary file in seeds/ (a PNG image named .txt)',
		(r) => writeFileSync(join(r, 'seeds/logo.txt'), png),
		() => 'seeds/logo.txt:1: not valid UTF-8 text (binary data: an image, an archive?)'
	],
	[
		'NUL bytes in a seed that is otherwise UTF-8',
		(r) => appendFileSync(join(r, seedA), '\nконец\0\0\0'),
		(r) => `${seedA}:${lineIn(r, seedA, 'конец')}: binary data (a NUL byte) in a text seed`
	],
	[
		'a seed of several megabytes (real sentences, repeated)',
		(r) => {
			const body = sentencesOfA(r) + '\n';
			writeFileSync(
				join(r, 'seeds/huge.txt'),
				body.repeat(Math.ceil((5 << 20) / Buffer.byteLength(body)))
			);
		},
		(r) => {
			const bytes = readFileSync(join(r, 'seeds/huge.txt'));
			const line = bytes.subarray(0, maxSeedBytes).toString('latin1').split('\n').length;
			return `seeds/huge.txt:${line}: 5.0 MB is over the 2.0 MB limit of a seed (crossed on this line)`;
		}
	],
	[
		'a line of 1 MB (valid, but its number is unaccounted)',
		(r) => {
			const line = 'Строка без единого числа, '.repeat(Math.ceil(1e6 / 47)) + 'и 42 станка.';
			writeFileSync(join(r, 'seeds/long_line.txt'), `Заголовок\n${line}\n`);
		},
		() =>
			'seeds/long_line.txt:2: unaccounted number «42» (…, Строка без единого числа, и 42 станка. …)'
	],
	[
		'an article with <script> and <img onerror> (text, whose numbers are unaccounted)',
		(r) =>
			writeFileSync(
				join(r, 'seeds/html_in_text.txt'),
				'Заголовок <script>alert(1)</script>\nТекст <img src=x onerror=alert(1)> и 15 заводов.'
			),
		() => 'seeds/html_in_text.txt:1: unaccounted number «1» (…Заголовок <script>alert(1)</script>'
	],
	[
		'a seed named with what cannot be an id',
		(r) => copyFileSync(join(r, seedA), join(r, 'seeds/Новая статья.txt')),
		() => 'seeds/Новая статья.txt:1: file name must be a lowercase id'
	],
	[
		'a bad date',
		(r) => replaceIn(r, seedA, '2026-02-14', '2026-13-14'),
		() => `${seedA}:1: bad date "2026-13-14"`
	],
	[
		'a number beyond Number.MAX_SAFE_INTEGER in a seed',
		(r) => replaceIn(r, seedA, '400 автобусов', '400 автобусов за 99999999999999999999 сомов'),
		(r) =>
			`${seedA}:${lineIn(r, seedA, '99999999999999999999')}: «99999999999999999999 сомов» is too large to be stored exactly (over Number.MAX_SAFE_INTEGER, 9007199254740991)`
	],
	[
		'an unaccounted mention',
		(r) =>
			replaceIn(r, seedA, 'закупить 400 автобусов', 'закупить 400 автобусов и 40 троллейбусов'),
		(r) => `${seedA}:${lineIn(r, seedA, 'троллейбусов')}: unaccounted number «40»`
	],
	[
		'a YAML syntax error',
		(r) => appendFileSync(join(r, curationA), '  - figure: [\n'),
		(r) =>
			`${curationA}:${readFileSync(join(r, curationA), 'utf8').split('\n').length}: YAML syntax`
	],
	[
		'a curation file that is not UTF-8',
		(r) => appendFileSync(join(r, curationA), Buffer.from('# \xe9t\xe9\n', 'latin1')),
		(r) =>
			`${curationA}:${readFileSync(join(r, curationA), 'utf8').split('\n').length - 1}: not valid UTF-8 text`
	],
	[
		'a binary file named .yaml in data/curation/',
		(r) => writeFileSync(join(r, 'data/curation/tokmok_plant.yaml'), png),
		() => 'data/curation/tokmok_plant.yaml:1: not valid UTF-8 text'
	],
	[
		'a fact missing its indicator',
		(r) => replaceIn(r, curationA, '    indicator: bus_procurement\n', ''),
		() =>
			`${curationA}:${fixtureLine(curationA, 'id: bishkek-bus-procurement-2026')}: facts.1.indicator: missing: this field is required (string)`
	],
	[
		'a Russian note written in English',
		(r) =>
			replaceIn(
				r,
				curationA,
				"    note: Bishkek's mayor's office plans to buy 400 buses this year.\n",
				"    note: Bishkek's mayor's office plans to buy 400 buses this year.\n    note_ru: Bishkek plans 400 buses.\n"
			),
		(r) =>
			`${curationA}:${lineIn(r, curationA, 'note_ru: Bishkek')}: facts.1.note_ru: write it in Russian (in Cyrillic letters)`
	],
	[
		'a misspelt key',
		(r) => replaceIn(r, curationA, 'headline: true', 'headlin: true'),
		() =>
			`${curationA}:${fixtureLine(curationA, 'id: akzhol-bus-price-premium')}: facts.0: Unrecognized key: "headlin"`
	],
	[
		'an unknown indicator',
		(r) => replaceIn(r, curationA, 'indicator: bus_procurement', 'indicator: buses'),
		(r) => `${curationA}:${lineIn(r, curationA, 'indicator: buses')}: unknown indicator "buses"`
	],
	[
		'an indicator whose unit disagrees with the figure',
		(r) => replaceIn(r, curationA, 'indicator: bus_procurement', 'indicator: bus_price_premium'),
		() =>
			`${curationA}:${fixtureLine(curationA, 'indicator: bus_procurement')}: indicator "bus_price_premium" is in percent, but «400» is a plain number`
	],
	[
		'a quote not in the text',
		(r) => replaceIn(r, curationA, 'закупить 400 автобусов', 'купить 400 автобусов'),
		() =>
			`${curationA}:${fixtureLine(curationA, 'закупить 400 автобусов')}: quote «мэрия Бишкека планирует в этом году купить 400 автобусов» is not in the article text`
	],
	[
		'a quote of 1 MB (quoted shortened)',
		(r) => replaceIn(r, curationA, 'закупить 400 автобусов', 'закупить '.repeat(120_000)),
		() =>
			`${curationA}:${fixtureLine(curationA, 'закупить 400 автобусов')}: quote «мэрия Бишкека планирует в этом году закупи…закупить закупить» is not in the article text`
	],
	[
		'a wrong occurrence number',
		(r) =>
			replaceIn(
				r,
				curationA,
				'    figure: двенадцать\n',
				'    figure: двенадцать\n    occurrence: 3\n'
			),
		(r) =>
			`${curationA}:${lineIn(r, curationA, 'occurrence: 3')}: occurrence 3 of quote «Министерство транспорта около двух лет наз…ов местной сборки» does not exist: it occurs 1 time(s)`
	],
	[
		'a value that disagrees with the text',
		(r) => replaceIn(r, curationA, 'value: 400', 'value: 4000'),
		() =>
			`${curationA}:${fixtureLine(curationA, 'value: 400')}: value 4000 disagrees with the text: «400» reads 400`
	],
	[
		'a value beyond Number.MAX_SAFE_INTEGER in YAML',
		(r) => replaceIn(r, curationA, 'value: 400', 'value: 99999999999999999999'),
		() =>
			`${curationA}:${fixtureLine(curationA, 'value: 400')}: facts.1.value: too large to be stored exactly (over Number.MAX_SAFE_INTEGER, 9007199254740991)`
	],
	[
		'a duplicate fact id',
		(r) => replaceIn(r, curationA, 'id: akzhol-plant-opened', 'id: bishkek-bus-procurement-2026'),
		() =>
			`${curationA}:${fixtureLine(curationA, 'id: akzhol-plant-opened')}: duplicate fact id "bishkek-bus-procurement-2026" (also at ${curationA}:${fixtureLine(curationA, 'id: bishkek-bus-procurement-2026')})`
	],
	[
		'a curated date that contradicts the date line',
		(r) => replaceIn(r, curationA, 'facts:\n', 'published: 2026-03-01\nfacts:\n'),
		(r) =>
			`${curationA}:${lineIn(r, curationA, 'published:')}: the seed's date line says 2026-02-14; remove the curated date`
	],
	[
		'two curation files for one article',
		(r) => copyFileSync(join(r, curationA), join(r, `data/curation/${A}.yml`)),
		() =>
			`data/curation/${A}.yml:1: a second curation file for article "${A}" (also ${curationA}): keep one`
	],
	[
		'a curation file for an article that does not exist',
		(r) => writeFileSync(join(r, 'data/curation/005_missing.yaml'), 'facts: []\n'),
		() => 'data/curation/005_missing.yaml:1: no seed "seeds/005_missing.txt" for this curation file'
	],
	[
		'a duplicate indicator id',
		(r) => replaceIn(r, 'data/indicators.yaml', 'id: bus_procurement', 'id: bus_price_premium'),
		() =>
			`data/indicators.yaml:${fixtureLine('data/indicators.yaml', 'id: bus_procurement')}: duplicate indicator id "bus_price_premium"`
	]
];

describe('curate on bad input: file:line: message, exit 1, nothing written', () => {
	test('the battery is at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

	test.each(cases)('%s', (_, spoil, expected) => {
		const root = copyProject();
		roots.push(root);
		const before = outputSnapshot(root);
		spoil(root);
		const started = performance.now();
		const { status, stderr, stdout } = runCurate(root);
		const seconds = (performance.now() - started) / 1000;
		expect(stderr).toMatch(new RegExp(`^${esc(expected(root))}`, 'm'));
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/\ncurate: \d+ problem\(s\); nothing written \([^\n]*\)\n$/);
		// Every line names a file and, but for the summary of hidden problems, a line.
		for (const line of stderr.trimEnd().split('\n').slice(0, -1)) {
			expect(line).toMatch(/^(seeds|data)\/[^:]+(:\d+: | \d+ more problem)/);
		}
		// No flooding, however large the input, and no hang.
		expect(stderr.length).toBeLessThan(8_000);
		expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
		expect(seconds).toBeLessThan(15);
		expect(outputSnapshot(root)).toEqual(before);
	});
});
