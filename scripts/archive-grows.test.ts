// Adding an article with a valid curation file must never fail `npm test`. This test does exactly
// that: in a copy of the whole repository it adds a new article whose curation uses an indicator of
// the dictionary and one it adds, curates, then runs the unit tests that read the archive and builds the site there (the
// prerender renders every page from the data, so a page welded to today's articles fails it).
import { spawnSync } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseCsv } from '../src/lib/server/csv';
import { tables as schemas } from '../src/lib/server/schema';
import { expectedMentionUnit } from './curate/units';
import { dataFolder, tableFile } from '../src/lib/domain/data-files';

const projectRoot = resolve(import.meta.dirname, '..');
/** Not copied: generated, installed (node_modules is linked instead) or version control. */
const notCopied = new Set([
	'.git',
	'node_modules',
	'build',
	'.svelte-kit',
	'.curate.tmp',
	'test-results',
	'bench-results'
]);

/**
 * Never run in the copy: the two slowest files of the suite, which spawn the CLI dozens of times on
 * copies of the fixture project and never read the real one (checked below), so that no article can
 * change what they find.
 */
const fixtureOnly = ['scripts/curate.kill.test.ts', 'scripts/curate.bad-input.test.ts'];

/** How a test file reads the archive: the generated tables, or the real project of the fixtures. */
const readsArchive = /static\/data|test-tables|realRoot|'real'/;

/**
 * The unit tests run in the copy: every test file that reads the archive, whatever it is named.
 * The rest of the suite runs on fixtures, which an added article cannot change, so running it
 * again in the copy would only cost a minute.
 */
function archiveTests(): string[] {
	return ['scripts', 'src']
		.flatMap((dir) =>
			(readdirSync(join(projectRoot, dir), { recursive: true }) as string[]).map((file) =>
				join(dir, file)
			)
		)
		.filter((file) => file.endsWith('.test.ts') && file !== 'scripts/archive-grows.test.ts')
		.filter((file) => !fixtureOnly.includes(file))
		.filter((file) => readsArchive.test(readFileSync(join(projectRoot, file), 'utf8')))
		.sort();
}

const id = 'archive_grows_bishkek_buses';
const seed = [
	' date 2026-03-12 Мэрия Бишкека отчиталась о поставках новых автобусов',
	'В феврале в столицу поступили 120 новых автобусов, сообщили в пресс-службе мэрии. Сорок из них работают на газе и уже вышли на маршруты.',
	'Всего в этом году город намерен закупить 600 автобусов, а полностью обновить автопарк планируется до 2028 года.',
	''
].join('\n');

/** The curation of the new article: one fact on `existing`, one on `added`, two dismissals. */
function curation(existing: string, added: string): string {
	return `# A new article, added by archive-grows.test.ts.
title: Мэрия Бишкека отчиталась о поставках новых автобусов
publisher: example.kg
facts:
  - id: ${id}-delivered
    indicator: ${added}
    quote: В феврале в столицу поступили 120 новых автобусов
    value: 120
    status: actual
    period: 2026-02
    period_basis: relative
    ref_area: KG-GB
    actor: Bishkek mayor's office
    note: 120 new buses reached Bishkek in February 2026.
    headline: true
  - id: ${id}-planned
    indicator: ${existing}
    quote: Всего в этом году город намерен закупить 600 автобусов
    value: 600
    status: plan
    period: '2026'
    period_basis: relative
    ref_area: KG-GB
    actor: Bishkek mayor's office
    note: Bishkek plans to buy 600 buses in 2026.
    headline: true
dismissed:
  - figure: Сорок
    reason: 'not tracked: the gas-powered buses among those delivered'
  - figure: до 2028 года
    reason: 'context: when the whole fleet is to be renewed; no quantity'
`;
}

const newIndicator = (indicatorId: string) => `
  - id: ${indicatorId}
    label_en: Buses delivered
    label_ru: Поставленные автобусы
    sector: automotive
    unit: buses
    description: New buses delivered to a city's public transport in the period.
    keywords: [поступили, поставк]
`;

let root = '';
afterAll(() => {
	if (root) rmSync(root, { recursive: true, force: true });
});

/** The environment of a command run as from a shell: nothing of this vitest run leaks into it. */
function shellEnv(): NodeJS.ProcessEnv {
	// The grown archive's site is read, never served compressed: its build skips brotli.
	const env: NodeJS.ProcessEnv = {
		...process.env,
		NODE_OPTIONS: '',
		FORCE_COLOR: '0',
		SKIP_PRECOMPRESS: '1'
	};
	for (const key of Object.keys(env)) {
		if (/^(VITEST|VITE_|TEST$|NODE_ENV$)/.test(key)) delete env[key];
	}
	return env;
}

/** Runs a command in the copy; on failure the assertion message is the end of its output. */
function run(command: string, ...args: string[]) {
	const started = performance.now();
	const result = spawnSync(command, args, {
		cwd: root,
		encoding: 'utf8',
		env: shellEnv(),
		maxBuffer: 64 << 20
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ?? ''}`;
	console.log(`archive-grows: ${command} ${args.join(' ')}: exit ${result.status}, ${seconds} s`);
	expect(result.status, `${command} ${args.join(' ')} failed:\n${output.slice(-12_000)}`).toBe(0);
	return result.stdout;
}

test('a new article with a valid curation file passes curate, the unit tests and the build', () => {
	root = mkdtempSync(join(tmpdir(), 'kg-archive-grows-'));
	for (const entry of readdirSync(projectRoot)) {
		if (!notCopied.has(entry))
			cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
	}
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');

	// One indicator of the dictionary as it is, whatever it holds: one of counted buses if any.
	const dictionary = readFileSync(join(root, 'data/indicators.yaml'), 'utf8');
	const indicators = (parse(dictionary) as { indicators: { id: string; unit: string }[] })
		.indicators;
	const counted = indicators.filter((i) => expectedMentionUnit(i.unit) === null);
	const existing = (counted.find((i) => i.unit === 'buses') ?? counted[0])?.id;
	if (!existing) throw new Error('data/indicators.yaml has no indicator of a counted thing');
	let added = 'buses_delivered';
	while (indicators.some((i) => i.id === added)) added += '_new';

	writeFileSync(join(root, `seeds/${id}.txt`), seed);
	writeFileSync(join(root, `data/curation/${id}.yaml`), curation(existing, added));
	appendFileSync(join(root, 'data/indicators.yaml'), newIndicator(added));

	expect(run('npm', 'run', '--silent', 'curate')).toMatch(/, 0 unaccounted\n$/);
	run('npm', 'run', '--silent', 'curate', '--', '--check');
	// The new article is in the tables, with both its facts.
	const facts = parseCsv(
		schemas.facts,
		readFileSync(join(root, dataFolder, tableFile('facts')), 'utf8')
	);
	expect(
		facts.filter((f) => f.article_id === id).map((f) => [f.indicator_id, f.value, f.status])
	).toEqual([
		[added, 120, 'actual'],
		[existing, 600, 'plan']
	]);

	for (const file of fixtureOnly) {
		expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/realRoot|'real'/);
	}
	const archiveReaders = archiveTests();
	expect(archiveReaders).not.toEqual([]);
	run('npx', 'vitest', 'run', ...archiveReaders);

	run('npx', 'svelte-kit', 'sync');
	run('npx', 'vite', 'build');
	// The prerender wrote the new article's pages and the new indicator's (in every language tree).
	const pages = (readdirSync(join(root, 'build'), { recursive: true }) as string[]).filter((p) =>
		p.endsWith('.html')
	);
	const pagesOf = (path: string) => {
		const found = pages.filter((p) => new RegExp(`(^|/)${path}(/index)?\\.html$`).test(p));
		expect(found, `no page ${path} in build/`).not.toEqual([]);
		return found.map((p) => readFileSync(join(root, 'build', p), 'utf8'));
	};
	for (const html of pagesOf(`articles/${id}`)) expect(html).toContain('120');
	for (const html of pagesOf(`indicators/${added}`)) {
		expect(html).toMatch(/Buses delivered|Поставленные автобусы/);
	}
}, 600_000);
