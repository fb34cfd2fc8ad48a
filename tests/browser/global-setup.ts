import type { TestProject } from 'vitest/node';
import { startSite } from './harness/site';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}

/** Serves `build/` once for every browser test file; each file reads the URL with `siteUrl()`. */
export default async function setup(project: TestProject) {
	const site = await startSite();
	project.provide('siteUrl', site.url);
	return () => site.close();
}
