// Test support, preloaded with `node --import`: the process kills itself with SIGKILL (as `kill -9`,
// the OOM killer or a power cut would stop it: no handler, no cleanup) just before its Nth write or
// rename of a file inside the working directory, so a test can stop a real run at each step of
// writing its outputs without any test-only branch in the code under test.
//
// KILL_AT_WRITE=N    the call to die at (1-based); never reached, the run ends normally
// KILL_AT_WRITE_LOG  a file outside the working directory: one line per counted call, as
//                    `write PATH` or `rename FROM TO` (relative paths), the fatal one last
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { relative, resolve } from 'node:path';

const killAt = Number(process.env.KILL_AT_WRITE);
const log = process.env.KILL_AT_WRITE_LOG;
const root = process.cwd();
const inRoot = (path) => !relative(root, resolve(String(path))).startsWith('..');
const original = { writeFileSync: fs.writeFileSync, renameSync: fs.renameSync };
let calls = 0;

function count(what, paths) {
	if (!paths.every(inRoot)) return; // esbuild's bundle cache, say: not the run's outputs
	calls++;
	const line = [what, ...paths.map((path) => relative(root, resolve(String(path))))].join(' ');
	if (log) original.writeFileSync(log, line + '\n', { flag: 'a' });
	if (calls === killAt) process.kill(process.pid, 'SIGKILL');
}

fs.writeFileSync = function (path, ...rest) {
	if (typeof path !== 'number') count('write', [path]);
	return original.writeFileSync.call(this, path, ...rest);
};
fs.renameSync = function (from, to) {
	count('rename', [from, to]);
	return original.renameSync.call(this, from, to);
};
// ES module imports of node:fs (the bundle's) see the wrapped functions too.
syncBuiltinESMExports();
