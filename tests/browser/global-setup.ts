import type { TestProject } from 'vitest/node';
import { buildFixtureSite, fixtureDir } from './fixture-site';
import { startSite } from './harness/site';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		/** The site built with the fixture articles, and the tables it was built from. */
		fixtureSite: { url: string; dataDir: string };
	}
}

/** The fixture articles the tests need besides the archive: hostile text, and shared claims. */
const fixtures = ['hostile', 'claims'].map(fixtureDir);

/**
 * Serves `build/` once for every browser test file, and a site built from the project plus the
 * fixture articles; each file reads their URLs with `siteUrl()` and `fixtureSite()`.
 */
export default async function setup(project: TestProject) {
	const site = await startSite();
	const built = await buildFixtureSite(fixtures);
	const fixtureSite = await startSite({ dir: built.dir });
	project.provide('siteUrl', site.url);
	project.provide('fixtureSite', { url: fixtureSite.url, dataDir: built.dataDir });
	return async () => {
		await Promise.all([site.close(), fixtureSite.close()]);
		built.remove();
	};
}
