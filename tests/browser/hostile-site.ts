/**
 * A second site built from the project plus the hostile fixture article (tests/fixtures/hostile/):
 * a copy of the project in a temporary folder, the fixture's seed, curation and indicator added,
 * then the real curate and `vite build` run there. seeds/, data/ and static/data/ of the project are
 * only read.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { cli, runner } from '../../scripts/curate/fixture-project';
import { projectRoot } from './harness/site';

export const hostileFixture = join(projectRoot, 'tests/fixtures/hostile');
export const hostileArticleId = 'hostile_markup';

/** What the site is built from; everything else (build/, .svelte-kit/, test-results/) is left out. */
const projectInputs = [
	'src',
	'static',
	'seeds',
	'data',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json'
];

/** Runs a command to its end; rejects with its output when it fails. */
function run(cwd: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd,
			env: { ...process.env, NODE_OPTIONS: '' },
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
function addIndicators(root: string) {
	const file = join(root, 'data/indicators.yaml');
	const dictionary = parse(readFileSync(file, 'utf8'));
	const extra = parse(readFileSync(join(hostileFixture, 'indicators.yaml'), 'utf8'));
	dictionary.indicators.push(...extra.indicators);
	writeFileSync(file, stringify(dictionary));
}

export interface HostileSite {
	/** The built static site, for `startSite({ dir })`. */
	dir: string;
	/** Deletes the temporary project. */
	remove(): void;
}

/** Curates and builds the hostile site (about 15 s); the caller serves `dir` and calls `remove`. */
export async function buildHostileSite(): Promise<HostileSite> {
	const root = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
	const remove = () => rmSync(root, { recursive: true, force: true });
	try {
		for (const input of projectInputs) {
			cpSync(join(projectRoot, input), join(root, input), { recursive: true });
		}
		symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
		const seed = `${hostileArticleId}.txt`;
		cpSync(join(hostileFixture, 'seeds', seed), join(root, 'seeds', seed));
		const curation = `${hostileArticleId}.yaml`;
		cpSync(join(hostileFixture, 'curation', curation), join(root, 'data/curation', curation));
		addIndicators(root);
		await run(root, [runner, cli]);
		await run(root, [
			join(projectRoot, 'node_modules/vite/bin/vite.js'),
			'build',
			'--logLevel',
			'warn'
		]);
		return { dir: join(root, 'build'), remove };
	} catch (error) {
		remove();
		throw error;
	}
}
