import { formatPeriod, formatQuantity, statusLabels, unitLabel } from '$lib/domain/format';
import type { Status } from '$lib/domain/schema';
import type { FactRow } from '$lib/sql/facts';

/** One figure of a card, with the fact it shows. */
export interface KpiFigure {
	factId: string;
	text: string;
}

/** A KPI card: one headline fact, or the facts of one statement ("16% → 25% target"). */
export interface Kpi {
	key: string;
	indicatorId: string;
	label: string;
	figures: KpiFigure[];
	/** After the figures of a statement: the status of its last half, in words (`target`). */
	suffix: string;
	unit: string;
	period: string;
	statuses: Status[];
	note: string;
	source: { articleId: string; factId: string; title: string; published: string };
}

const unique = <T>(items: T[]) => [...new Set(items)];

function kpiOf(facts: FactRow[]): Kpi {
	const [first] = facts as [FactRow, ...FactRow[]];
	const last = facts.at(-1) ?? first;
	return {
		key: first.statement_id || first.fact_id,
		indicatorId: first.indicator_id,
		label: first.label_en,
		figures: facts.map((f) => ({ factId: f.fact_id, text: formatQuantity(f) })),
		suffix: facts.length > 1 && last.status !== first.status ? statusLabels[last.status] : '',
		unit: unitLabel(first.unit),
		period: unique(facts.map((f) => formatPeriod(f.period))).join(' → '),
		statuses: unique(facts.map((f) => f.status)),
		note: unique(facts.map((f) => f.note).filter(Boolean)).join(' '),
		source: {
			articleId: first.article_id,
			factId: first.fact_id,
			title: first.article_title,
			published: first.published
		}
	};
}

/**
 * Headline facts as cards, in the order given: facts sharing a `statement_id` (the two ends of
 * "from 16% to 25%") make one card, placed where the first of them stands.
 */
export function headlineKpis(rows: FactRow[]): Kpi[] {
	const groups = new Map<string, FactRow[]>();
	for (const row of rows) {
		const key = row.statement_id ? `statement:${row.statement_id}` : `fact:${row.fact_id}`;
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	return [...groups.values()].map(kpiOf);
}

/** The value of a card as one line of text: `more than 3,000`, `16% → 25% target`. */
export const kpiValueText = (kpi: Kpi) =>
	[kpi.figures.map((f) => f.text).join(' → '), kpi.suffix.toLowerCase()].filter(Boolean).join(' ');
