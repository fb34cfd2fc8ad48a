import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { pendingWrites, recoverWrites, stagingRoot, writeOutputs } from './write-outputs';

const roots: string[] = [];
function root() {
	const dir = mkdtempSync(join(tmpdir(), 'kg-write-'));
	roots.push(dir);
	mkdirSync(join(dir, 'static/data'), { recursive: true });
	writeFileSync(join(dir, 'static/data/a.csv'), 'old a');
	writeFileSync(join(dir, 'static/data/b.csv'), 'old b');
	return dir;
}
afterEach(() => {
	for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const read = (dir: string, name: string) => readFileSync(join(dir, 'static/data', name), 'utf8');
/** The id of a process that has ended, for the folder of a "killed" run. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid as number;
const outputs = new Map([
	['static/data/a.csv', 'new a'],
	['static/data/b.csv', 'new b']
]);

describe('writeOutputs', () => {
	test('replaces every output and leaves no staging folder', () => {
		const dir = root();
		writeOutputs(dir, outputs);
		expect([read(dir, 'a.csv'), read(dir, 'b.csv')]).toEqual(['new a', 'new b']);
		expect(readdirSync(join(dir, 'static/data'))).toEqual(['a.csv', 'b.csv']);
		expect(existsSync(join(dir, stagingRoot))).toBe(false);
	});

	test('deletes what a dead run staged without committing, and never uses it', () => {
		const dir = root();
		const staged = join(dir, stagingRoot, String(deadPid()));
		mkdirSync(staged, { recursive: true });
		writeFileSync(join(staged, '0-static_data_a.csv'), 'half');
		writeFileSync(
			join(staged, 'journal.json.tmp'),
			'[["0-static_data_a.csv","static/data/a.csv"]]'
		);
		expect(pendingWrites(dir)).toEqual([]);
		expect(recoverWrites(dir)).toEqual([]);
		expect(read(dir, 'a.csv')).toBe('old a');
		expect(existsSync(join(dir, stagingRoot))).toBe(false);
	});

	test('finishes the renames of a dead run that committed, skipping those it did', () => {
		const dir = root();
		const pid = deadPid();
		const staged = join(dir, stagingRoot, String(pid));
		mkdirSync(staged, { recursive: true });
		// The run died after replacing a.csv: only b.csv is still staged.
		writeFileSync(join(dir, 'static/data/a.csv'), 'new a');
		writeFileSync(join(staged, '1-static_data_b.csv'), 'new b');
		writeFileSync(
			join(staged, 'journal.json'),
			JSON.stringify([
				['0-static_data_a.csv', 'static/data/a.csv'],
				['1-static_data_b.csv', 'static/data/b.csv']
			])
		);
		expect(pendingWrites(dir)).toEqual([`${stagingRoot}/${pid}/journal.json`]);
		expect(recoverWrites(dir)).toEqual([`${stagingRoot}/${pid}/journal.json`]);
		expect([read(dir, 'a.csv'), read(dir, 'b.csv')]).toEqual(['new a', 'new b']);
		expect(existsSync(join(dir, stagingRoot))).toBe(false);
	});

	test('leaves alone the folder of a run that is still running', () => {
		const dir = root();
		const live = join(dir, stagingRoot, String(process.ppid));
		mkdirSync(live, { recursive: true });
		writeFileSync(join(live, 'journal.json'), '[]');
		expect(pendingWrites(dir)).toEqual([]);
		writeOutputs(dir, outputs);
		expect(existsSync(join(live, 'journal.json'))).toBe(true);
	});

	test('a failure while staging removes what was staged and keeps the old outputs', () => {
		const dir = root();
		// The last output's folder is a file: staging it fails after the others were staged.
		const bad = new Map([...outputs, ['static/data/c.csv/x', 'y']]);
		writeFileSync(join(dir, 'static/data/c.csv'), 'a file, not a folder');
		expect(() => writeOutputs(dir, bad)).toThrow();
		expect([read(dir, 'a.csv'), read(dir, 'b.csv')]).toEqual(['old a', 'old b']);
		expect(existsSync(join(dir, stagingRoot))).toBe(false);
	});
});
