// What the build leaves in build/, read from the files alone: the size of each client chunk, the
// WebAssembly files, the precompressed twins, and whether zod reached the browser. The bench prints
// it; tests/browser/budgets.test.ts holds the site to it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const buildDir = resolve(import.meta.dirname, '../../build');

/** Every file under `dir`, as paths relative to it. */
const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));

/**
 * The file gzipped at level 9, as a compressing host sends it: the size of its precompressed twin
 * (adapter-static gzips at level 9 too) where there is one.
 */
export const gzipBytes = (file: string) =>
	existsSync(`${file}.gz`)
		? statSync(`${file}.gz`).size
		: gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * What adapter-static compresses (its list in @sveltejs/kit's builder): pages, code, styles, images
 * and the wasm. The CSV files, the zip and tables.sql are not on it.
 */
const compressed = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm']);

/**
 * A string of zod's runtime that no bundling removes: the name of the constructor every zod 4
 * schema is made by (zod/v4/core/schemas.js), in the classic API and zod/mini alike.
 */
export const zodSignature = '$ZodType';

export interface Chunk {
	/** The path under build/. */
	path: string;
	gzipBytes: number;
}

export interface BuildOutput {
	/** The client's JavaScript chunks (entry, nodes, chunks), largest first, gzipped. */
	chunks: Chunk[];
	/** Every .wasm file of the build. */
	wasm: string[];
	/** Files of a compressed kind that lack a `.br` or a `.gz` beside them. */
	notPrecompressed: string[];
	/** How many files of a compressed kind there are (the `.br` and `.gz` aside). */
	compressible: number;
	/** Client JavaScript files that hold zod's runtime. */
	withZod: string[];
}

export function buildOutput(dir = buildDir): BuildOutput {
	const files = filesUnder(dir);
	const present = new Set(files);
	const compressible = files.filter((file) => compressed.has(extname(file)));
	const clientJs = files.filter((file) => file.startsWith('_app/') && file.endsWith('.js'));
	// DuckDB's worker is an asset (_app/immutable/assets/), fetched with the wasm: not a chunk.
	const chunks = clientJs
		.filter((file) => !file.startsWith('_app/immutable/assets/'))
		.map((path) => ({ path, gzipBytes: gzipBytes(join(dir, path)) }))
		.sort((a, b) => b.gzipBytes - a.gzipBytes);
	return {
		chunks,
		wasm: files.filter((file) => file.endsWith('.wasm')),
		notPrecompressed: compressible.filter(
			(file) => !present.has(`${file}.br`) || !present.has(`${file}.gz`)
		),
		compressible: compressible.length,
		withZod: clientJs.filter((file) => readFileSync(join(dir, file), 'utf8').includes(zodSignature))
	};
}

/** The file in build/ a path is served from, as a static host resolves it. */
export function builtFile(path: string, dir = buildDir): string | undefined {
	const clean = decodeURIComponent(path).replace(/^\//, '');
	const candidates =
		clean === '' ? ['index.html'] : [clean, `${clean}.html`, join(clean, 'index.html')];
	return candidates
		.map((c) => join(dir, c))
		.find((file) => existsSync(file) && statSync(file).isFile());
}
