// Writing the output tables all or none, even when the process is killed in the middle.
//
// A run stages every table in its own folder, .curate.tmp/<pid>/ (git ignores *.tmp; it is outside
// static/, so nothing staged is ever served or read as an output), then commits by renaming one
// small journal into place, then renames the staged tables over the old ones. Killed before the
// commit, the old tables are untouched and the next run deletes the leftovers. Killed after it, the
// tables may be part old and part new for a moment: the next run finds the journal and finishes the
// renames (roll forward; the staged tables are complete, fsynced and were validated), and
// `--check` refuses to pass until then. POSIX has no rename of several files at once, so a reader
// between the first and last rename can still see a mix: the renames take microseconds.
import {
	closeSync,
	existsSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Where runs stage their outputs, relative to the project root. */
export const stagingRoot = '.curate.tmp';
const journalName = 'journal.json';

/** Flushes a file or folder to the disk, so a power cut after the commit cannot lose it. */
function flush(path: string) {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

function isAlive(pid: number): boolean {
	if (pid === process.pid) return false; // an earlier process of the same id, long gone
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** The staging folders of runs that are no longer running. */
function deadRuns(root: string): string[] {
	const staging = join(root, stagingRoot);
	if (!existsSync(staging)) return [];
	return readdirSync(staging)
		.filter((entry) => !/^\d+$/.test(entry) || !isAlive(Number(entry)))
		.sort()
		.map((entry) => join(staging, entry));
}

/** Journals of dead runs that committed but did not finish, relative to the root. */
export function pendingWrites(root: string): string[] {
	return deadRuns(root)
		.map((dir) => join(dir, journalName))
		.filter((journal) => existsSync(journal))
		.map((journal) => relative(root, journal));
}

/**
 * Finishes what dead runs committed and deletes what they only staged. Returns the journals it
 * rolled forward, relative to the root.
 */
export function recoverWrites(root: string): string[] {
	const finished: string[] = [];
	for (const dir of deadRuns(root)) {
		const journal = join(dir, journalName);
		if (existsSync(journal)) {
			const renames = JSON.parse(readFileSync(journal, 'utf8')) as [string, string][];
			// A staged file already gone was renamed before the run died.
			for (const [staged, target] of renames) {
				if (existsSync(join(dir, staged))) renameSync(join(dir, staged), join(root, target));
			}
			finished.push(relative(root, journal));
		}
		rmSync(dir, { recursive: true, force: true });
	}
	removeIfEmpty(join(root, stagingRoot));
	return finished;
}

function removeIfEmpty(dir: string) {
	if (existsSync(dir) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

/**
 * Writes every output or none. `outputs` maps paths relative to the root to their text; all of
 * them are written to the staging folder and flushed before the single commit point.
 */
export function writeOutputs(root: string, outputs: Map<string, string>): void {
	recoverWrites(root);
	const dir = join(root, stagingRoot, String(process.pid));
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const renames: [string, string][] = [];
	try {
		for (const [path, text] of outputs) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			const staged = `${renames.length}-${path.replaceAll('/', '_')}`;
			writeFileSync(join(dir, staged), text);
			flush(join(dir, staged));
			renames.push([staged, path]);
		}
		writeFileSync(join(dir, `${journalName}.tmp`), JSON.stringify(renames));
		flush(join(dir, `${journalName}.tmp`));
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		removeIfEmpty(join(root, stagingRoot));
		throw error;
	}
	// The commit point: from here on the new outputs are what the next run completes.
	renameSync(join(dir, `${journalName}.tmp`), join(dir, journalName));
	flush(dir);
	for (const [staged, path] of renames) renameSync(join(dir, staged), join(root, path));
	for (const outputDir of new Set(renames.map(([, path]) => dirname(join(root, path))))) {
		flush(outputDir);
	}
	rmSync(dir, { recursive: true, force: true });
	removeIfEmpty(join(root, stagingRoot));
}
