import { defineConfig } from 'vitest/config';

/**
 * Browser tests: Chromium against the built site (`npm run test:browser` builds it first).
 * Kept apart from the unit tests in vite.config.ts, and without the SvelteKit plugin: these
 * tests run in Node and only drive the browser.
 */
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/browser/global-setup.ts'],
		// One Chromium at a time: CI has two cores, and parallel browsers make timings flaky.
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
