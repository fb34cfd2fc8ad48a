import type { Db } from '../db/types';
import type { FactRow } from './facts';
import type { Filter } from './filter';
import {
	busesSql,
	factsBySectorStatus,
	factsPerArticle,
	headlineFactsSql,
	machineryShareSql,
	timelineSql,
	type ArticleCount,
	type SectorStatusCount
} from './overview';

/** Everything the overview shows, for one filter: what the prerender and the browser both run. */
export interface OverviewRows {
	headline: FactRow[];
	machinery: FactRow[];
	buses: FactRow[];
	bySectorStatus: SectorStatusCount[];
	timeline: FactRow[];
	perArticle: ArticleCount[];
}

export async function overviewRows(db: Db, filter: Filter): Promise<OverviewRows> {
	const [headline, machinery, buses, bySectorStatus, timeline, perArticle] = await Promise.all([
		db.query<FactRow>(headlineFactsSql(filter)),
		db.query<FactRow>(machineryShareSql(filter)),
		db.query<FactRow>(busesSql(filter)),
		factsBySectorStatus(db, filter),
		db.query<FactRow>(timelineSql(filter)),
		factsPerArticle(db, filter)
	]);
	return { headline, machinery, buses, bySectorStatus, timeline, perArticle };
}
