// Runs a TypeScript command as one esbuild bundle, cached under node_modules/.cache.
//
// Node 20 cannot run TypeScript, and tsx loads each of the ~220 modules of `curate` through its
// module hooks: about 1.4 s per run, for 0.1 s of work. One bundle loads in a fraction of that.
// The bundle is rebuilt when the content of any file it was built from changes.
//
// usage: node scripts/run-bundled.mjs ENTRY.ts [ARGS...]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const projectRoot = resolve(import.meta.dirname, '..');
const cacheDir = join(projectRoot, 'node_modules/.cache/run-bundled');
const [entryArgument] = process.argv.slice(2);
if (!entryArgument) {
	process.stderr.write('usage: node scripts/run-bundled.mjs ENTRY.ts [ARGS...]\n');
	process.exit(2);
}
const entry = resolve(projectRoot, entryArgument);
const bundle = join(cacheDir, `${basename(entry, '.ts')}.mjs`);
const stamp = `${bundle}.inputs.json`;

/** One hash of this runner and of every file the bundle was built from, by content. */
function inputsHash(inputs) {
	const hash = createHash('sha256').update(readFileSync(import.meta.filename));
	for (const input of inputs) {
		const file = join(projectRoot, input);
		if (!existsSync(file)) return '';
		hash.update(input).update(readFileSync(file));
	}
	return hash.digest('hex');
}

function isFresh() {
	if (!existsSync(bundle) || !existsSync(stamp)) return false;
	const { inputs, hash } = JSON.parse(readFileSync(stamp, 'utf8'));
	return inputsHash(inputs) === hash;
}

async function rebuild() {
	mkdirSync(cacheDir, { recursive: true });
	// Loaded only to rebuild: most runs find the bundle fresh.
	const { build } = await import('esbuild');
	const result = await build({
		entryPoints: [entry],
		absWorkingDir: projectRoot,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// Stack traces point at the TypeScript sources; the map is read only when one is printed.
		sourcemap: 'linked',
		minifyWhitespace: true,
		outfile: bundle,
		write: false,
		metafile: true,
		logLevel: 'error',
		// CommonJS packages in the bundle (yaml) call require() for Node's own modules.
		banner: {
			js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
		}
	});
	const inputs = Object.keys(result.metafile.inputs).sort();
	// Written under temporary names and renamed: two runs at once never read half a bundle.
	const files = [
		...result.outputFiles.map((file) => [file.path, file.contents]),
		[stamp, JSON.stringify({ inputs, hash: inputsHash(inputs) })]
	];
	for (const [path, contents] of files) {
		writeFileSync(`${path}.${process.pid}`, contents);
		renameSync(`${path}.${process.pid}`, path);
	}
}

if (!isFresh()) await rebuild();
// The command reads its own arguments from process.argv.slice(2), as if run directly.
process.argv.splice(2, 1);
process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);
