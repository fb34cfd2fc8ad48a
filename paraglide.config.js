/**
 * Paraglide's compiler options, shared by vite.config.ts (which compiles on every vite start) and
 * `npm run check` (svelte-check needs src/lib/paraglide/ before any vite has run).
 * The locale comes from the path alone (/ru/…, /en/…), so that every prerendered page has one
 * language; a path without one (/, /downloads/…, /data/*.csv) gets the base locale, Russian.
 * Paraglide's default URL patterns read exactly that (the first segment, if it is a locale), and
 * need no URLPattern polyfill in the browser (8 KB gzipped that custom `urlPatterns` would bring).
 * @type {import('@inlang/paraglide-js').CompilerOptions}
 */
export default {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['url', 'baseLocale']
};
