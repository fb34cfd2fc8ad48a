/**
 * The hostile site: the project plus the article of tests/fixtures/hostile/, whose text carries
 * markup, Svelte syntax and a spreadsheet formula (see fixture-site.ts for how it is built).
 */
import { join } from 'node:path';
import { buildFixtureSite, type FixtureSite } from './fixture-site';
import { projectRoot } from './harness/site';

export const hostileFixture = join(projectRoot, 'tests/fixtures/hostile');
export const hostileArticleId = 'hostile_markup';

export type HostileSite = FixtureSite;

/** Curates and builds the hostile site (about 15 s); the caller serves `dir` and calls `remove`. */
export const buildHostileSite = (): Promise<HostileSite> => buildFixtureSite(hostileFixture);
