// The CLI end to end on good input, in a throwaway copy of the fixture project (bad input:
// curate.bad-input.test.ts; killed while writing: curate.kill.test.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseCsv } from '../src/lib/server/csv';
import { dataFolder, tableFile } from '../src/lib/domain/data-files';
import { tables as schemas } from '../src/lib/server/schema';
import { tableNames } from '../src/lib/domain/vocabulary';
import {
	cli,
	copyProject,
	fixtureRoot,
	outputSnapshot,
	runCurate,
	runner
} from './curate/fixture-project';

const roots: string[] = [];
function project() {
	const root = copyProject();
	roots.push(root);
	return root;
}
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** What the fixture's files hold: its articles, and the facts and dismissals of its curation. */
function fixtureCounts() {
	const articles = readdirSync(join(fixtureRoot, 'seeds')).filter((f) => f.endsWith('.txt'));
	const dir = join(fixtureRoot, 'data/curation');
	const curations = readdirSync(dir).map(
		(file) =>
			parse(readFileSync(join(dir, file), 'utf8')) as { facts?: unknown[]; dismissed?: unknown[] }
	);
	const facts = curations.reduce((n, c) => n + (c.facts?.length ?? 0), 0);
	const dismissed = curations.reduce((n, c) => n + (c.dismissed?.length ?? 0), 0);
	return { articles: articles.length, facts, dismissed };
}
const fixture = fixtureCounts();
/** The fixture project's article count plus `added` articles. */
const articlesPlus = (added: number) => fixture.articles + added;

describe('curate on good input', () => {
	test('writes every table, byte-identical on a re-run, and prints one summary line', () => {
		const root = project();
		rmSync(join(root, dataFolder), { recursive: true });
		const first = runCurate(root);
		expect(first.status).toBe(0);
		// Every number of the fixture is a fact or a dismissal: the counts are its curation's entries.
		const { articles, facts, dismissed } = fixture;
		expect(first.stdout).toBe(
			`${articles} articles, ${facts + dismissed} mentions, ${facts} facts, ${dismissed} dismissed, 0 unaccounted\n`
		);
		const written = outputSnapshot(root);
		expect(Object.keys(written)).toEqual(tableNames.map(tableFile).sort());
		expect(runCurate(root).status).toBe(0);
		expect(outputSnapshot(root)).toEqual(written);
	});

	test('--check passes on fresh tables and names a stale one without writing', () => {
		const root = project();
		expect(runCurate(root, '--check').status).toBe(0);
		writeFileSync(join(root, dataFolder, tableFile('facts')), 'stale');
		const { status, stderr } = runCurate(root, '--check');
		expect(status).toBe(1);
		expect(stderr).toMatch(/stale: static\/data\/facts\.csv/);
		expect(readFileSync(join(root, dataFolder, tableFile('facts')), 'utf8')).toBe('stale');
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

	test('a new article: curate names it unaccounted, and its draft makes the run pass', () => {
		const root = project();
		const id = '005_new_article';
		writeFileSync(
			join(root, `seeds/${id}.txt`),
			' date 2026-03-02 В 2025 году в Кыргызстане закрылось более 200 швейных цехов.\nКурс: 3,5 сома.'
		);
		expect(runCurate(root).stderr).toMatch(
			new RegExp(`unaccounted number «более 200».*npm run curate -- draft ${id}`)
		);
		const drafted = runCurate(root, 'draft', id);
		expect(drafted.stderr).toBe('');
		const run = runCurate(root);
		expect(run.stderr).toBe('');
		expect(run.stdout).toMatch(
			new RegExp(`^${articlesPlus(1)} articles, .* 0 unaccounted, \\d+ unreviewed`)
		);
	});

	test('over 100 articles: progress on a terminal, none in a pipe', () => {
		const root = project();
		for (let i = 0; i < 101; i++) {
			const id = `9${String(i).padStart(3, '0')}_no_numbers`;
			writeFileSync(join(root, `seeds/${id}.txt`), 'Статья без чисел, для проверки хода работы.');
		}
		const piped = runCurate(root);
		expect(piped.status).toBe(0);
		const total = articlesPlus(101);
		expect(piped.stdout).toMatch(new RegExp(`^${total} articles, `));
		expect(piped.stderr).toBe('');
		// `script` gives the command a pseudo-terminal, as a shell in a terminal window would.
		const command = [process.execPath, runner, cli].map((part) => `'${part}'`).join(' ');
		const onTerminal = spawnSync('script', ['-qec', command, '/dev/null'], {
			cwd: root,
			encoding: 'utf8'
		});
		expect(onTerminal.status).toBe(0);
		expect(onTerminal.stdout).toContain(`\rcurating ${total}/${total} articles`);
		expect(onTerminal.stdout).toMatch(new RegExp(`${total} articles, \\d+ mentions`));
	});

	test('percentage points, ratios and fractions reach the tables in their own units', () => {
		const root = project();
		const id = '005_units';
		const sentence =
			'Доля швейного экспорта снизилась на 2,4 п.п., до 11,7%, а выпуск вырос в 1,7 раза';
		writeFileSync(
			join(root, `seeds/${id}.txt`),
			` date 2026-03-02 ${sentence}. Около трети цехов закрылись.`
		);
		const indicators = readFileSync(join(root, 'data/indicators.yaml'), 'utf8');
		const indicator = (id: string, unit: string) =>
			[
				`  - id: ${id}`,
				`    label_en: ${id}`,
				`    label_ru: Показатель ${id}`,
				'    sector: light_industry',
				`    unit: ${unit}`,
				'    description: A test indicator.',
				''
			].join('\n');
		writeFileSync(
			join(root, 'data/indicators.yaml'),
			indicators.replace(
				'indicators:\n',
				`indicators:\n${indicator('share_change', 'pp')}${indicator('output_multiple', 'ratio')}${indicator('workshops_share', 'fraction')}${indicator('export_share', 'percent')}`
			)
		);
		const fact = (factId: string, indicatorId: string, figure: string, value: number) =>
			[
				`  - id: ${factId}`,
				`    indicator: ${indicatorId}`,
				`    quote: '${sentence}'`,
				`    figure: '${figure}'`,
				`    value: ${value}`,
				'    status: actual',
				"    period: '2026'",
				'    note: A test fact.',
				''
			].join('\n');
		const curation = (shareChangeIndicator: string, closedShare = '0.33') =>
			[
				'facts:',
				fact('units-share-change', shareChangeIndicator, '2,4 п.п.', 2.4),
				fact('units-share', 'export_share', '11,7%', 11.7),
				fact('units-multiple', 'output_multiple', 'в 1,7 раза', 1.7),
				'  - id: units-closed-share',
				'    indicator: workshops_share',
				"    quote: 'Около трети цехов закрылись'",
				// A share that has no short decimal form may be written rounded, to two decimals at least.
				`    value: ${closedShare}`,
				'    status: actual',
				"    period: '2026'",
				'    note: A test fact.',
				''
			].join('\n');
		// Points are not percent: a share's change read as a percent fails, naming both units.
		writeFileSync(join(root, `data/curation/${id}.yaml`), curation('export_share'));
		const wrong = runCurate(root);
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toMatch(/is in percent, but «2,4 п\.п\.» is percentage points/);
		writeFileSync(join(root, `data/curation/${id}.yaml`), curation('share_change', '0.3'));
		expect(runCurate(root).stderr).toMatch(
			/value 0\.3 disagrees with the text: «Около трети» reads 0\.3333333333333333/
		);
		writeFileSync(join(root, `data/curation/${id}.yaml`), curation('share_change'));
		const run = runCurate(root);
		expect(run.stderr).toBe('');
		const mentions = parseCsv(
			schemas.mentions,
			readFileSync(join(root, dataFolder, tableFile('mentions')), 'utf8')
		).filter((m) => m.article_id === id);
		expect(mentions.map((m) => [m.surface, m.unit, m.qualifier, m.fact_id])).toEqual([
			['2,4 п.п.', 'pp', 'exact', 'units-share-change'],
			['11,7%', 'percent', 'exact', 'units-share'],
			['в 1,7 раза', 'ratio', 'exact', 'units-multiple'],
			['Около трети', 'fraction', 'approx', 'units-closed-share']
		]);
		const facts = parseCsv(
			schemas.facts,
			readFileSync(join(root, dataFolder, tableFile('facts')), 'utf8')
		).filter((f) => f.article_id === id);
		expect(facts.map((f) => [f.fact_id, f.unit, f.value, f.qualifier])).toEqual([
			['units-share-change', 'pp', 2.4, 'exact'],
			['units-share', 'percent', 11.7, 'exact'],
			['units-multiple', 'ratio', 1.7, 'exact'],
			['units-closed-share', 'fraction', 1 / 3, 'approx']
		]);
	});

	test('an article holding <script> and <img onerror> is text: verbatim in the CSV, quoted', () => {
		const root = project();
		const id = '005_markup_in_text';
		const title = 'Заголовок <script>alert(1)</script>';
		const sentence = 'Текст <img src=x onerror=alert(1)> и 15 заводов, "в кавычках"';
		writeFileSync(join(root, `seeds/${id}.txt`), ` date 2026-03-02\n${title}\n${sentence}.`);
		writeFileSync(
			join(root, `data/curation/${id}.yaml`),
			[
				'facts:',
				'  - id: markup-article-plants',
				'    indicator: garment_workshops_opened',
				`    quote: '${sentence}'`,
				"    figure: '15'",
				'    value: 15',
				'    status: actual',
				"    period: '2026'",
				'    note: A test article whose text holds markup.',
				'dismissed:',
				"  - figure: '1'",
				"    quote: '<script>alert(1)</script>'",
				'    reason: markup quoted in the text, not a figure',
				"  - figure: '1'",
				"    quote: 'onerror=alert(1)'",
				'    reason: markup quoted in the text, not a figure',
				''
			].join('\n')
		);
		const run = runCurate(root);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const csv = (name: 'articles' | 'facts') =>
			readFileSync(join(root, dataFolder, tableFile(name)), 'utf8');
		const article = parseCsv(schemas.articles, csv('articles')).find((a) => a.article_id === id);
		expect(article).toMatchObject({ title, text: `${title}\n${sentence}.` });
		const fact = parseCsv(schemas.facts, csv('facts')).find((f) => f.article_id === id);
		expect(fact).toMatchObject({ quote: sentence, value: 15 });
		// The markup is in the file as it is (no entity escaping), inside a properly quoted cell.
		expect(csv('facts')).toContain(
			`,"Текст <img src=x onerror=alert(1)> и 15 заводов, ""в кавычках""",`
		);
		expect(csv('articles')).toContain(`,${title},`);
	});
});
