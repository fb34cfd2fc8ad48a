// The CLI killed with SIGKILL at every step of writing its outputs (kill-at-write.mjs), in a copy
// of the fixture project: before its commit point the old tables stay byte-identical; after it the
// next run finishes the write; no leftover is ever taken for an output, and --check never passes on
// a half-written folder.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { tableNames } from '../src/lib/domain/vocabulary';
import {
	copyProject,
	outputSnapshot,
	replaceIn,
	runCurate,
	runCurateKilledAt
} from './curate/fixture-project';

const curationA = 'data/curation/bus_plant.yaml';
const folders: string[] = [];
const made = (folder: string) => (folders.push(folder), folder);
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** What the fatal call of a run did, without the run's process id. */
const step = (call: string) =>
	call
		.replace(/^write \.curate\.tmp\/\d+\/\d-static_data_(\w+)\.csv$/, 'stage $1')
		.replace(/^write \.curate\.tmp\/\d+\/journal\.json\.tmp$/, 'stage journal')
		.replace(/^rename \.curate\.tmp\/\d+\/journal\.json\.tmp \S+journal\.json$/, 'commit')
		.replace(/^rename \.curate\.tmp\/\d+\/\d-\S+ static\/data\/(\w+)\.csv$/, 'replace $1');

test('a run killed at any write leaves the old tables or a write the next run finishes', () => {
	const root = made(copyProject());
	const before = outputSnapshot(root);
	// A valid edit, so that the new tables differ from the old ones.
	replaceIn(root, curationA, 'buy 400 buses this year.', 'buy 400 buses.');
	const clean = made(mkdtempSync(join(tmpdir(), 'kg-clean-')));
	cpSync(root, clean, { recursive: true });
	expect(runCurate(clean).status).toBe(0);
	const after = outputSnapshot(clean);
	expect(after['facts.csv']).not.toBe(before['facts.csv']);

	const logs = made(mkdtempSync(join(tmpdir(), 'kg-kill-logs-')));
	const steps: string[] = [];
	for (let n = 1; n < 50; n++) {
		const trial = made(mkdtempSync(join(tmpdir(), 'kg-kill-')));
		cpSync(root, trial, { recursive: true });
		const log = join(logs, `${n}.log`);
		const killed = runCurateKilledAt(trial, n, log);
		if (killed.signal === null) {
			expect(killed.status).toBe(0); // n is past the last write: a whole run
			break;
		}
		expect(killed.signal).toBe('SIGKILL');
		expect(killed.stdout).toBe('');
		const calls = readFileSync(log, 'utf8').trim().split('\n');
		expect(calls).toHaveLength(n);
		steps.push(step(calls[n - 1] ?? ''));
		const committed = calls.slice(0, -1).some((call) => step(call) === 'commit');
		const onDisk = outputSnapshot(trial);
		// Never a partial file, never a leftover among the outputs: each table is the old or the new one.
		expect(Object.keys(onDisk)).toEqual(Object.keys(before));
		for (const [name, bytes] of Object.entries(onDisk)) {
			expect([before[name], after[name]]).toContain(bytes);
		}
		const check = runCurate(trial, '--check');
		expect(check.status).toBe(1);
		if (committed) {
			expect(check.stderr).toMatch(
				/^curate: \.curate\.tmp\/\d+\/journal\.json: a killed run left its write unfinished: run npm run curate\n$/
			);
		} else {
			expect(onDisk).toEqual(before);
			// --check is not confused by the leftovers: it finds the tables stale, as they are.
			expect(check.stderr).toMatch(/^curate: stale: static\/data\/facts\.csv: run npm run curate/);
		}
		const next = runCurate(trial);
		expect(next.status).toBe(0);
		if (committed) expect(next.stderr).toMatch(/^curate: finished the write of a killed run/);
		else expect(next.stderr).toBe('');
		expect(outputSnapshot(trial)).toEqual(after);
		expect(existsSync(join(trial, '.curate.tmp'))).toBe(false);
		expect(runCurate(trial, '--check').status).toBe(0);
	}
	// Every step was hit: each staged table, the journal, the commit, each replacement.
	expect(steps).toEqual([
		...tableNames.map((name) => `stage ${name}`),
		'stage journal',
		'commit',
		...tableNames.map((name) => `replace ${name}`)
	]);
}, 120_000);
