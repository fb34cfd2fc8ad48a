import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

/** The project root, so the harness works whatever directory vitest was started from. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface Site {
	/** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built static site (default: `build/`) on 127.0.0.1 at a free port, as a static host would.
 *
 * Vite's own preview server does this: sirv with correct content types (`application/wasm`,
 * `text/csv`, …), `/` → `index.html`, `/articles` → `articles.html`, 404 for anything else.
 * `configFile: false` keeps the SvelteKit plugin out: its preview hook would serve
 * `.svelte-kit/output` instead of the adapter-static output we want to test.
 */
export async function startSite(options: { dir?: string } = {}): Promise<Site> {
	const dir = options.dir ?? `${projectRoot}build`;
	if (!existsSync(`${dir}/index.html`)) {
		throw new Error(`${dir}/index.html is missing: run \`npm run build\` first`);
	}
	const server = await preview({
		configFile: false,
		root: projectRoot,
		appType: 'mpa',
		logLevel: 'warn',
		build: { outDir: dir },
		preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false }
	});
	const url = server.resolvedUrls?.local[0];
	if (!url) {
		await server.close();
		throw new Error('vite preview started but reported no local URL');
	}
	return { url, close: () => server.close() };
}
