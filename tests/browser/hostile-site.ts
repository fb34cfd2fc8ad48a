/**
 * The hostile article of tests/fixtures/hostile/, whose text carries markup, Svelte syntax and a
 * spreadsheet formula; global-setup.ts builds it into the fixture site (see fixture-site.ts).
 */
import { fixtureDir } from './fixture-site';

export const hostileFixture = fixtureDir('hostile');
export const hostileArticleId = 'hostile_markup';
