import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content-Security-Policy of every page. Prerendered, so SvelteKit writes it as a
 * `<meta http-equiv>` and adds the hash of its inline bootstrap script to script-src ('hash' mode).
 * A meta policy cannot carry frame-ancestors, report-uri or sandbox: a host wanting those must send
 * them as headers. tests/browser/csp.test.ts checks the built pages against this list.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
const cspDirectives = {
	'default-src': ['self'],
	// DuckDB compiles its WebAssembly in a worker served from the site (src/lib/db/browser.ts).
	'script-src': ['self', 'wasm-unsafe-eval'],
	'worker-src': ['self'],
	'connect-src': ['self'],
	'img-src': ['self'],
	'style-src': ['self'],
	// The one inline style of the site: SvelteKit's route announcer (a visually hidden live region,
	// rendered after hydration), allowed by the hash of its exact style attribute and nothing else.
	// A SvelteKit upgrade that changes it shows up as a violation in every browser test.
	'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
	'font-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: undefined,
			// .br and .gz beside every asset. Brotli at its highest quality takes about a minute over
			// DuckDB's 34 MB wasm, so the throwaway sites that tests build in a temporary folder (fixture
			// sites, a grown archive) set SKIP_PRECOMPRESS=1; `npm run build` always compresses.
			precompress: process.env.SKIP_PRECOMPRESS !== '1',
			strict: true
		}),
		prerender: {
			// Both language trees: '*' reaches / (which links both), the two roots make sure of them.
			entries: ['*', '/ru/', '/en/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		csp: { mode: 'hash', directives: cspDirectives }
	}
};

export default config;
