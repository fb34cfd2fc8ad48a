import { factsSql } from './facts';
import type { Filter } from './filter';

/** What the KPI cards show: each claim a reviewed headline fact states, with its reviewed sources. */
export const headlineFactsSql = (filter: Filter) => factsSql({ filter, headlineClaims: true });

/**
 * Every fact the filter lets through, by year: the overview's indicators, their progress and the
 * timeline are all built from these rows, so a new indicator needs no query of its own.
 */
export const overviewFactsSql = (filter: Filter) => factsSql({ filter, order: 'year' });

/** One indicator's facts under the overview's filter: the rows of its small chart. */
export const indicatorFactsSql = (indicatorId: string, filter: Filter = {}) =>
	factsSql({ filter, indicatorId, order: 'year' });
