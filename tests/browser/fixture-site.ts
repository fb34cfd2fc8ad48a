/**
 * A second site built from the project plus fixture articles (folders of tests/fixtures/, each
 * holding seeds/*.txt, curation/*.yaml and optionally indicators.yaml): a copy of the project in a
 * temporary folder, the fixtures' files added, then the real curate and `vite build` run there.
 * seeds/, data/ and static/data/ of the project are only read. global-setup.ts builds one such site
 * for the whole run, with every fixture its tests need, since a build costs a quarter of a minute.
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { cli, runner } from '../../scripts/curate/fixture-project';
import { projectRoot } from './harness/site';
import { dataFolder } from '../../src/lib/domain/data-files';

/** A folder of fixture articles: `tests/fixtures/<name>`. */
export const fixtureDir = (name: string) => join(projectRoot, 'tests/fixtures', name);

/** What the site is built from; everything else (build/, .svelte-kit/, test-results/) is left out. */
const projectInputs = [
	'src',
	'static',
	'seeds',
	'data',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'paraglide.config.js',
	'project.inlang',
	'messages'
];

/** Runs a command to its end; rejects with its output when it fails. */
function run(cwd: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd,
			// A fixture site is read by tests, never served compressed: its build skips brotli.
			env: { ...process.env, NODE_OPTIONS: '', SKIP_PRECOMPRESS: '1' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}:\n${output}`))
		);
	});
}

/** The fixture's indicators appended to the copy's dictionary. */
function addIndicators(root: string, fixture: string) {
	const extraFile = join(fixture, 'indicators.yaml');
	if (!existsSync(extraFile)) return;
	const file = join(root, 'data/indicators.yaml');
	const dictionary = parse(readFileSync(file, 'utf8'));
	dictionary.indicators.push(...parse(readFileSync(extraFile, 'utf8')).indicators);
	writeFileSync(file, stringify(dictionary));
}

/** Every file of one folder of the fixture copied into the same folder of the project copy. */
function addFiles(fixture: string, from: string, root: string, to: string) {
	for (const name of readdirSync(join(fixture, from))) {
		cpSync(join(fixture, from, name), join(root, to, name));
	}
}

export interface FixtureSite {
	/** The built static site, for `startSite({ dir })`. */
	dir: string;
	/** The copy's generated tables, for `nodeDb(dataDir)`: what the site was built from. */
	dataDir: string;
	/** Deletes the temporary project. */
	remove(): void;
}

/** Curates and builds a site with the articles of `fixtures` added (about 20 s). */
export async function buildFixtureSite(fixtures: readonly string[]): Promise<FixtureSite> {
	const root = mkdtempSync(join(tmpdir(), 'kg-fixture-site-'));
	const remove = () => rmSync(root, { recursive: true, force: true });
	try {
		for (const input of projectInputs) {
			cpSync(join(projectRoot, input), join(root, input), { recursive: true });
		}
		symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
		for (const fixture of fixtures) {
			addFiles(fixture, 'seeds', root, 'seeds');
			addFiles(fixture, 'curation', root, 'data/curation');
			addIndicators(root, fixture);
		}
		await run(root, [runner, cli]);
		await run(root, [
			join(projectRoot, 'node_modules/vite/bin/vite.js'),
			'build',
			'--logLevel',
			'warn'
		]);
		return { dir: join(root, 'build'), dataDir: join(root, dataFolder), remove };
	} catch (error) {
		remove();
		throw error;
	}
}
