import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import paraglide from './paraglide.config.js';

export default defineConfig({
	plugins: [sveltekit(), paraglideVitePlugin(paraglide)],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		// Several files open DuckDB in a beforeAll; on two busy cores that can pass vitest's 10 s.
		hookTimeout: 30_000,
		// Vitest leaves a core free by default, which on two cores runs the files one by one; many
		// of them wait on the CLI or a build they spawn, so every core gets a worker.
		maxWorkers: availableParallelism(),
		setupFiles: ['src/lib/i18n/unit-test-locale.ts']
	}
});
