// Part 2 of the bench: the real commands, as a user runs them.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { median } from './median';

const projectRoot = resolve(import.meta.dirname, '../..');

/** Wall time of `npm run <script>`, in ms; fails loudly if the command fails. */
export function timeNpm(script: string): number {
	const started = performance.now();
	const run = spawnSync('npm', ['run', '--silent', script], {
		cwd: projectRoot,
		encoding: 'utf8',
		maxBuffer: 64 << 20
	});
	const ms = performance.now() - started;
	if (run.status !== 0) throw new Error(`npm run ${script} failed:\n${run.stderr}`);
	return ms;
}

export interface RealRunFigures {
	curateMs: number[];
	curateMedianMs: number;
	buildMs: number;
}

export function realRun(log: (line: string) => void = () => {}): RealRunFigures {
	log('npm run curate ×5…');
	// The first run may rebuild the cached bundle (scripts/run-bundled.mjs); it counts like the rest.
	const curateMs = Array.from({ length: 5 }, () => timeNpm('curate'));
	log('npm run build…');
	const buildMs = timeNpm('build');
	return { curateMs, curateMedianMs: median(curateMs), buildMs };
}
