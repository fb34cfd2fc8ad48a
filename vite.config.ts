import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import paraglide from './paraglide.config.js';

export default defineConfig({
	plugins: [sveltekit(), paraglideVitePlugin(paraglide)],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		setupFiles: ['src/lib/i18n/unit-test-locale.ts']
	}
});
