import { claimsOf, type Claim } from '$lib/claims/claims';
import { formatChain, formatPeriod, unitLabel } from '$lib/domain/format';
import type { Status } from '$lib/domain/vocabulary';
import { getLocale } from '$lib/paraglide/runtime';
import type { FactRow } from '$lib/sql/facts';
import { statusLabel } from '$lib/ui/labels';
import { inPageLanguage, type PageText } from '$lib/ui/page-language';

/** One figure of a card: a claim, shown by the fact that stands for it. */
export interface KpiFigure {
	factId: string;
	text: string;
}

/**
 * A KPI card: one headline claim, or the claims of one statement ("16 → 25% target"), each drawn
 * once, with every fact that states them as its sources.
 */
export interface Kpi {
	key: string;
	indicatorId: string;
	label: PageText;
	figures: KpiFigure[];
	/** After the figures of a statement: the status of its last half, in words (`target`). */
	suffix: string;
	unit: string;
	period: string;
	statuses: Status[];
	note: PageText;
	sources: FactRow[];
}

const unique = <T>(items: T[]) => [...new Set(items)];

function kpiOf(claims: readonly [Claim, ...Claim[]]): Kpi {
	const facts = claims.map((c) => c.fact);
	const first = claims[0].fact;
	const last = facts.at(-1) ?? first;
	const locale = getLocale();
	const notes = (of: (f: FactRow) => string) => unique(facts.map(of).filter(Boolean)).join(' ');
	return {
		key: claims[0].claimId,
		indicatorId: first.indicator_id,
		label: inPageLanguage(first.label_en, first.label_ru),
		figures: formatChain(facts, locale).map((text, i) => ({ factId: facts[i]!.fact_id, text })),
		suffix: facts.length > 1 && last.status !== first.status ? statusLabel(last.status) : '',
		unit: unitLabel(first.unit, locale, last),
		period: unique(facts.map((f) => formatPeriod(f.period, locale))).join(' → '),
		statuses: unique(facts.map((f) => f.status)),
		// Every note in Russian, or every note in English: never a mix of the two.
		note: inPageLanguage(
			notes((f) => f.note),
			facts.every((f) => f.note_ru || !f.note) ? notes((f) => f.note_ru) : ''
		),
		sources: claims.flatMap((c) => c.sources)
	};
}

/**
 * Headline rows as cards, in the order given: each claim once, however many articles state it;
 * claims stated together (the two ends of "from 16% to 25%", tied by a `statement_id` in any of
 * their sources) make one card, placed where the first of them stands.
 */
export function headlineKpis(rows: FactRow[]): Kpi[] {
	const cards: [Claim, ...Claim[]][] = [];
	const cardOfStatement = new Map<string, Claim[]>();
	for (const claim of claimsOf(rows)) {
		const statements = unique(claim.sources.map((s) => s.statement_id).filter(Boolean));
		const card = statements.map((s) => cardOfStatement.get(s)).find(Boolean);
		if (card) card.push(claim);
		else cards.push([claim]);
		for (const s of statements)
			if (!cardOfStatement.has(s)) cardOfStatement.set(s, card ?? cards.at(-1)!);
	}
	return cards.map(kpiOf);
}

/** The value of a card as one line of text: `more than 3,000`, `16 → 25% target`. */
export const kpiValueText = (kpi: Kpi) =>
	[kpi.figures.map((f) => f.text).join(' → '), kpi.suffix.toLowerCase()].filter(Boolean).join(' ');
