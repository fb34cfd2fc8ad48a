import type { Db } from '../db/types';
import type { FactRow } from './facts';
import type { Filter } from './filter';
import { headlineFactsSql, overviewFactsSql } from './overview';

/**
 * Everything the overview shows, for one filter: what the prerender and the browser both run. The
 * indicators, their claims and the timeline are derived from `facts` in the page.
 */
export interface OverviewRows {
	headline: FactRow[];
	facts: FactRow[];
}

export async function overviewRows(db: Db, filter: Filter): Promise<OverviewRows> {
	const [headline, facts] = await Promise.all([
		db.query<FactRow>(headlineFactsSql(filter)),
		db.query<FactRow>(overviewFactsSql(filter))
	]);
	return { headline, facts };
}
