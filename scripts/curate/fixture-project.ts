// Test support: a throwaway copy of the project's inputs and outputs, and the real CLI run inside it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');
// Run as `npm run curate` runs it, resolved from the project, not from the temporary folder.
export const runner = join(projectRoot, 'scripts/run-bundled.mjs');
export const cli = join(projectRoot, 'scripts/curate.ts');

/** A temporary folder holding copies of seeds/, data/ and static/data/. */
export function copyProject(): string {
	const root = mkdtempSync(join(tmpdir(), 'kg-curate-'));
	for (const dir of ['seeds', 'data', 'static/data']) {
		cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
	}
	return root;
}

/** Replaces the first `from` in a file of the project, failing when it is not there. */
export function replaceIn(root: string, path: string, from: string, to: string): void {
	const text = readFileSync(join(root, path), 'utf8');
	if (!text.includes(from)) throw new Error(`${from} not in ${path}`);
	writeFileSync(join(root, path), text.replace(from, to));
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
	const dir = join(root, 'static/data');
	return Object.fromEntries(
		readdirSync(dir)
			.sort()
			.map((name) => [name, readFileSync(join(dir, name), 'base64')])
	);
}
