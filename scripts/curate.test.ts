// The CLI end to end, in a throwaway copy of the project: bad input changes no output file.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cli, copyProject, outputSnapshot, runCurate, runner } from './curate/fixture-project';

const A = '000_391bf6d7a003b31a';
const roots: string[] = [];
function project() {
	const root = copyProject();
	roots.push(root);
	return root;
}
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const replaceIn = (root: string, path: string, from: string, to: string) => {
	const text = readFileSync(join(root, path), 'utf8');
	if (!text.includes(from)) throw new Error(`${from} not in ${path}`);
	writeFileSync(join(root, path), text.replace(from, to));
};
const seedA = `seeds/${A}.txt`;
const curationA = `data/curation/${A}.yaml`;

describe('curate on bad input: message with file and line, exit 1, nothing written', () => {
	test.each<[string, (root: string) => void, RegExp]>([
		[
			'an empty seed',
			(r) => writeFileSync(join(r, seedA), ''),
			/^seeds\/000_\w+\.txt:1: empty article/m
		],
		[
			'a seed that is not UTF-8',
			(r) => writeFileSync(join(r, seedA), Buffer.from([0x41, 0x0a, 0xff, 0xfe, 0x0a])),
			/^seeds\/000_\w+\.txt:2: not valid UTF-8 text/m
		],
		[
			'a bad date',
			(r) => replaceIn(r, seedA, '2026-01-31', '2026-13-31'),
			/\.txt:1: bad date "2026-13-31"/
		],
		[
			'a YAML syntax error',
			(r) => appendFileSync(join(r, curationA), '  - figure: [\n'),
			/\.yaml:\d+: YAML syntax/
		],
		[
			'an unknown indicator',
			(r) => replaceIn(r, curationA, 'indicator: bus_purchase_plan', 'indicator: buses'),
			/\.yaml:16: unknown indicator "buses"/
		],
		[
			'a quote not in the text',
			(r) => replaceIn(r, curationA, 'закупить 600 автобусов', 'купить 600 автобусов'),
			/\.yaml:17: quote «.*купить 600 автобусов» is not in the article text/
		],
		[
			'a value that disagrees with the text',
			(r) => replaceIn(r, curationA, 'value: 600', 'value: 6000'),
			/\.yaml:18: value 6000 disagrees with the text: «600» reads 600/
		],
		[
			'a duplicate fact id',
			(r) => replaceIn(r, curationA, 'id: beles-plant-launch', 'id: bishkek-bus-purchase-2026'),
			/\.yaml: duplicate fact id "bishkek-bus-purchase-2026"/
		],
		[
			'an unaccounted mention',
			(r) =>
				replaceIn(r, seedA, 'закупить 600 автобусов', 'закупить 600 автобусов и 40 троллейбусов'),
			/^seeds\/000_\w+\.txt:5: unaccounted number «40»/m
		]
	])('%s', (_, spoil, message) => {
		const root = project();
		const before = outputSnapshot(root);
		spoil(root);
		const { status, stderr, stdout } = runCurate(root);
		expect(status).toBe(1);
		expect(stderr).toMatch(message);
		expect(stderr).toMatch(/nothing written/);
		expect(stdout).toBe('');
		expect(outputSnapshot(root)).toEqual(before);
	});
});

describe('curate on good input', () => {
	test('writes the four tables, byte-identical on a re-run, and prints one summary line', () => {
		const root = project();
		rmSync(join(root, 'static/data'), { recursive: true });
		const first = runCurate(root);
		expect(first.status).toBe(0);
		expect(first.stdout).toMatch(
			/^5 articles, \d+ mentions, \d+ facts, \d+ dismissed, 0 unaccounted\n$/
		);
		const written = outputSnapshot(root);
		expect(Object.keys(written)).toEqual([
			'articles.csv',
			'facts.csv',
			'indicators.csv',
			'mentions.csv'
		]);
		expect(runCurate(root).status).toBe(0);
		expect(outputSnapshot(root)).toEqual(written);
	});

	test('--check passes on fresh tables and names a stale one without writing', () => {
		const root = project();
		expect(runCurate(root, '--check').status).toBe(0);
		writeFileSync(join(root, 'static/data/facts.csv'), 'stale');
		const { status, stderr } = runCurate(root, '--check');
		expect(status).toBe(1);
		expect(stderr).toMatch(/stale: static\/data\/facts\.csv/);
		expect(readFileSync(join(root, 'static/data/facts.csv'), 'utf8')).toBe('stale');
	});

	test('mentions FILE prints JSON Lines whose offsets index the file as Node reads it', () => {
		const root = project();
		const file = join(root, 'note.txt');
		writeFileSync(file, '\uFEFFБолее 3 тысяч цехов и 20–25%.\r\nДо 2028 года.');
		const { status, stdout } = runCurate(root, 'mentions', file);
		expect(status).toBe(0);
		const rows = stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		const text = readFileSync(file, 'utf8');
		expect(rows.map((r) => [r.surface, r.value, r.value_max, r.unit, r.qualifier])).toEqual([
			['Более 3 тысяч', 3000, null, null, 'more_than'],
			['20–25%', 20, 25, 'percent', 'range'],
			['До 2028 года', 2028, null, 'year', 'up_to']
		]);
		for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.surface);
	});

	test('mentions of a file that is not UTF-8 fails clearly', () => {
		const root = project();
		writeFileSync(join(root, 'bad.txt'), Buffer.from([0xff, 0x41]));
		const { status, stderr } = runCurate(root, 'mentions', join(root, 'bad.txt'));
		expect(status).toBe(1);
		expect(stderr).toMatch(/bad\.txt: not valid UTF-8 text/);
	});

	test('a sixth article: suggest gives stubs that, filled in, make the run pass', () => {
		const root = project();
		const id = '005_new_article';
		writeFileSync(
			join(root, `seeds/${id}.txt`),
			' date 2026-03-02 В 2025 году в Кыргызстане закрылось более 200 швейных цехов.\nКурс: 3,5 сома.'
		);
		expect(runCurate(root).stderr).toMatch(/unaccounted number «более 200»/);
		const stubs = runCurate(root, 'suggest', id);
		expect(stubs.status).toBe(0);
		expect(stubs.stdout).toMatch(/indicator: sewing_workshops_closed # guessed/);
		expect(stubs.stdout).toMatch(
			/quote: "В 2025 году в Кыргызстане закрылось более 200 швейных цехов\."/
		);
		// Keep every number as a dismissal, as a hurried curator might.
		const dismissals = stubs.stdout
			.slice(stubs.stdout.indexOf('dismissed:'))
			.replaceAll('TODO', 'test');
		writeFileSync(join(root, `data/curation/${id}.yaml`), dismissals);
		const run = runCurate(root);
		expect(run.stderr).toBe('');
		expect(run.stdout).toMatch(/^6 articles, .* 0 unaccounted/);
	});

	test('over 100 articles: progress on a terminal, none in a pipe', () => {
		const root = project();
		for (let i = 0; i < 101; i++) {
			const id = `9${String(i).padStart(3, '0')}_no_numbers`;
			writeFileSync(join(root, `seeds/${id}.txt`), 'Статья без чисел, для проверки хода работы.');
		}
		const piped = runCurate(root);
		expect(piped.status).toBe(0);
		expect(piped.stdout).toMatch(/^106 articles, /);
		expect(piped.stderr).toBe('');
		// `script` gives the command a pseudo-terminal, as a shell in a terminal window would.
		const command = [process.execPath, runner, cli].map((part) => `'${part}'`).join(' ');
		const onTerminal = spawnSync('script', ['-qec', command, '/dev/null'], {
			cwd: root,
			encoding: 'utf8'
		});
		expect(onTerminal.status).toBe(0);
		expect(onTerminal.stdout).toContain('\rcurating 106/106 articles');
		expect(onTerminal.stdout).toMatch(/106 articles, \d+ mentions/);
	});
});
