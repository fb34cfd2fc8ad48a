// Test support: a throwaway copy of the project's inputs and outputs, and the real CLI run inside it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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

export function runCurate(root: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [runner, cli, ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, NODE_OPTIONS: '' }
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
