// Test support: throwaway copies of a project (by default the fixture project of
// tests/fixtures/project/, whose articles the tests own; the real archive on request), and the real
// CLI run inside them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildTables } from './build-tables';
import { layout, readInputs, renderTables } from './files';
import { formatProblem } from './problems';

const projectRoot = resolve(import.meta.dirname, '../..');
/** The real project: the archive that tests of invariants read, and only those. */
export const realRoot = projectRoot;
/**
 * The fixture project the tests of behaviour run on: seeds/ and data/ only. Its static/data/ is not
 * committed: `fixtureOutputs()` builds it from the inputs with the code under test.
 */
export const fixtureRoot = join(projectRoot, 'tests/fixtures/project');
// Run as `npm run curate` runs it, resolved from the project, not from the temporary folder.
export const runner = join(projectRoot, 'scripts/run-bundled.mjs');
export const cli = join(projectRoot, 'scripts/curate.ts');

let built: Map<string, string> | undefined;
/** The fixture project's output files (`static/data/…` → content), built once per process. */
export function fixtureOutputs(): Map<string, string> {
	if (built) return built;
	const { tables, problems } = buildTables(readInputs(fixtureRoot));
	if (!tables) {
		const lines = problems.map(formatProblem).join('\n');
		throw new Error(`the fixture project ${fixtureRoot} does not curate:\n${lines}`);
	}
	return (built = renderTables(tables));
}

function writeOutputs(root: string, outputs: Map<string, string>) {
	for (const [path, text] of outputs) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}

let fixtureData: string | undefined;
/**
 * A folder holding the fixture project's CSV tables, for the site's DuckDB (`nodeDb(dir)`). Named
 * by the hash of its content, so that every test process of a run shares one and none is left over.
 */
export function fixtureDataDir(): string {
	if (fixtureData) return fixtureData;
	const outputs = [...fixtureOutputs()].sort(([a], [b]) => (a < b ? -1 : 1));
	const hash = createHash('sha256').update(JSON.stringify(outputs)).digest('hex').slice(0, 16);
	const root = join(tmpdir(), `kg-fixture-data-${hash}`);
	const complete = () =>
		outputs.every(([path, text]) => {
			const file = join(root, path);
			return existsSync(file) && readFileSync(file, 'utf8') === text;
		});
	if (!complete()) {
		// Written aside, then renamed into place: a process running alongside never sees half of it.
		const staged = mkdtempSync(`${root}.tmp-`);
		writeOutputs(staged, new Map(outputs));
		try {
			renameSync(staged, root);
		} catch {
			rmSync(staged, { recursive: true, force: true }); // another process placed it first
		}
		if (!complete()) throw new Error(`${root} is not the fixture's tables: remove it`);
	}
	return (fixtureData = join(root, layout.output));
}

/**
 * A temporary folder holding copies of seeds/, data/ and static/data/: of the fixture project (its
 * tables freshly built), or with `'real'` of the real archive, as committed.
 */
export function copyProject(from: 'fixture' | 'real' = 'fixture'): string {
	const root = mkdtempSync(join(tmpdir(), 'kg-curate-'));
	const source = from === 'real' ? realRoot : fixtureRoot;
	for (const dir of [layout.seeds, 'data']) {
		cpSync(join(source, dir), join(root, dir), { recursive: true });
	}
	if (from === 'real') {
		cpSync(join(realRoot, layout.output), join(root, layout.output), { recursive: true });
	} else writeOutputs(root, fixtureOutputs());
	return root;
}

/** The seeds of a project folder, by article id, as the files hold them. */
export function seedsOf(root: string): Map<string, string> {
	const dir = join(root, layout.seeds);
	return new Map(
		readdirSync(dir)
			.filter((name) => name.endsWith('.txt'))
			.sort()
			.map((name) => [name.replace(/\.txt$/, ''), readFileSync(join(dir, name), 'utf8')])
	);
}

/** Replaces the first `from` in a file of the project, failing when it is not there. */
export function replaceIn(root: string, path: string, from: string, to: string): void {
	const text = readFileSync(join(root, path), 'utf8');
	if (!text.includes(from)) throw new Error(`${from} not in ${path}`);
	writeFileSync(join(root, path), text.replace(from, to));
}

/** The 1-based line of a project file on which `part` starts, failing when it is not there. */
export function lineIn(root: string, path: string, part: string): number {
	const text = readFileSync(join(root, path), 'utf8');
	if (!text.includes(part)) throw new Error(`${part} not in ${path}`);
	return text.slice(0, text.indexOf(part)).split('\n').length;
}

export function runCurate(root: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [runner, cli, ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, NODE_OPTIONS: '' }
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const killAtWrite = join(projectRoot, 'scripts/curate/kill-at-write.mjs');

/**
 * `npm run curate` that kills itself with SIGKILL just before its `n`th write or rename of a file in
 * the project (see kill-at-write.mjs); `log` receives those calls, one a line, the fatal one last.
 */
export function runCurateKilledAt(root: string, n: number, log: string) {
	const result = spawnSync(process.execPath, ['--import', killAtWrite, runner, cli], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, NODE_OPTIONS: '', KILL_AT_WRITE: String(n), KILL_AT_WRITE_LOG: log }
	});
	return { status: result.status, signal: result.signal, stdout: result.stdout };
}

/** Every file under static/data/ with its bytes, to prove a failed run changed nothing. */
export function outputSnapshot(root: string): Record<string, string> {
	const dir = join(root, layout.output);
	return Object.fromEntries(
		readdirSync(dir)
			.sort()
			.map((name) => [name, readFileSync(join(dir, name), 'base64')])
	);
}
