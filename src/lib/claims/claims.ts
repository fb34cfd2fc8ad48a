import type { FactRow } from '../sql/facts';

/**
 * One statement of an indicator's value (the same indicator, status, period, area and value),
 * whichever articles make it: a chart or a card draws it once and lists every source.
 */
export interface Claim {
	claimId: string;
	/** The fact whose words stand for the claim: its first reviewed source, else its first. */
	fact: FactRow;
	/** Every fact that states it, in the order of the rows; each links to its own sentence. */
	sources: FactRow[];
	/** How many articles report it (an article may state it twice). */
	articles: number;
}

/** The claims of `rows`, in the order their first source appears; each source kept once. */
export function claimsOf(rows: readonly FactRow[]): Claim[] {
	const byClaim = new Map<string, FactRow[]>();
	for (const row of rows) {
		const sources = byClaim.get(row.claim_id);
		if (!sources) byClaim.set(row.claim_id, [row]);
		else if (!sources.some((s) => s.fact_id === row.fact_id)) sources.push(row);
	}
	return [...byClaim].map(([claimId, sources]) => ({
		claimId,
		fact: sources.find((s) => s.reviewed) ?? sources[0]!,
		sources,
		articles: new Set(sources.map((s) => s.article_id)).size
	}));
}

/**
 * One source per article, the first in the order given: what a card or table links to, so that a
 * statement made twice in one article, or both ends of "from 16% to 25%", is one source.
 */
export function sourcesByArticle(sources: readonly FactRow[]): FactRow[] {
	const seen = new Set<string>();
	return sources.filter((s) => !seen.has(s.article_id) && seen.add(s.article_id));
}
