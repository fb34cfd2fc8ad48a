import type { Fact } from '../../src/lib/server/schema';
import type { Problem } from './problems';

/** A fact with where its curation stands, for problems that span facts. */
export interface PlacedFact {
	fact: Fact;
	file: string;
	line?: number;
}

/** Checks that span articles: fact ids unique everywhere, statements tying facts of one kind. */
export function checkAcrossArticles(facts: PlacedFact[], problems: Problem[]) {
	const first = new Map<string, PlacedFact>();
	const statements = new Map<string, PlacedFact[]>();
	for (const placed of facts) {
		const { fact, file, line } = placed;
		const earlier = first.get(fact.fact_id);
		if (earlier) {
			problems.push({
				file,
				line,
				message: `duplicate fact id "${fact.fact_id}" (also at ${earlier.file}:${earlier.line})`
			});
		} else first.set(fact.fact_id, placed);
		if (fact.statement_id) {
			statements.set(fact.statement_id, [...(statements.get(fact.statement_id) ?? []), placed]);
		}
	}
	for (const [id, group] of statements) {
		const indicatorsIn = new Set(group.map((p) => p.fact.indicator_id));
		const articlesIn = new Set(group.map((p) => p.fact.article_id));
		if (group.length < 2 || indicatorsIn.size > 1 || articlesIn.size > 1) {
			problems.push({
				file: group[0]?.file ?? '',
				line: group[0]?.line,
				message: `statement "${id}" must tie two or more facts of one indicator in one article`
			});
		}
	}
}
