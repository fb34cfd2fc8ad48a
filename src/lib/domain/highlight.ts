/**
 * Cuts an article's text into what its page highlights: the sentences quoted by facts, each fact's
 * figure, and the numbers curation dismissed. Pure, so that the page and the tests share it.
 */

/** What a fact contributes: its figure and quoted sentence, at the offsets curation found. */
export interface HighlightFact {
	fact_id: string;
	indicator_id: string;
	quote_start: number;
	quote_end: number;
	value_start: number;
	value_end: number;
}

export interface HighlightMention {
	start: number;
	end: number;
	disposition: 'fact' | 'dismissed';
	reason: string;
}

export type Segment =
	| { kind: 'plain'; text: string }
	/** Part of the sentence that one or more facts quote. */
	| { kind: 'quote'; text: string; factIds: string[] }
	| { kind: 'figure'; text: string; factId: string; indicatorId: string; inQuote: boolean }
	| { kind: 'dismissed'; text: string; reason: string; start: number; inQuote: boolean };

/** One line of the text (without its newline), as segments in reading order. */
export type Line = Segment[];

interface Span {
	start: number;
	end: number;
}

type Atom = Span &
	({ kind: 'figure'; factId: string; indicatorId: string } | { kind: 'dismissed'; reason: string });

/** The flat segments, before line breaks: figures and dismissed numbers are never split. */
export function segmentText(
	text: string,
	facts: readonly HighlightFact[],
	mentions: readonly HighlightMention[]
): Segment[] {
	const quotes: (Span & { factId: string })[] = [];
	const atoms: Atom[] = [];
	for (const fact of facts) {
		atoms.push({
			start: fact.value_start,
			end: fact.value_end,
			kind: 'figure',
			factId: fact.fact_id,
			indicatorId: fact.indicator_id
		});
		quotes.push({ start: fact.quote_start, end: fact.quote_end, factId: fact.fact_id });
	}
	for (const m of mentions) {
		if (m.disposition === 'dismissed')
			atoms.push({ start: m.start, end: m.end, kind: 'dismissed', reason: m.reason });
	}
	atoms.sort((a, b) => a.start - b.start);
	for (const [i, atom] of atoms.entries()) {
		const previousEnd = i > 0 ? atoms[i - 1]!.end : 0;
		if (atom.start < previousEnd || atom.end > text.length || atom.end <= atom.start) {
			throw new Error(`figure at ${atom.start}–${atom.end} overlaps another or leaves the text`);
		}
	}

	const quotedBy = (from: number, to: number) =>
		quotes.filter((q) => q.start <= from && to <= q.end).map((q) => q.factId);
	const segments: Segment[] = [];

	// Between two atoms the text changes only where a quote begins or ends.
	const pushGap = (from: number, to: number) => {
		const cuts = [from, to, ...quotes.flatMap((q) => [q.start, q.end])]
			.filter((c) => c >= from && c <= to)
			.sort((a, b) => a - b);
		for (let i = 0; i + 1 < cuts.length; i++) {
			const [a, b] = [cuts[i]!, cuts[i + 1]!];
			if (a === b) continue;
			const factIds = quotedBy(a, b);
			const piece = text.slice(a, b);
			segments.push(
				factIds.length ? { kind: 'quote', text: piece, factIds } : { kind: 'plain', text: piece }
			);
		}
	};

	let cursor = 0;
	for (const atom of atoms) {
		pushGap(cursor, atom.start);
		const piece = text.slice(atom.start, atom.end);
		const inQuote = quotedBy(atom.start, atom.end).length > 0;
		segments.push(
			atom.kind === 'figure'
				? {
						kind: 'figure',
						text: piece,
						factId: atom.factId,
						indicatorId: atom.indicatorId,
						inQuote
					}
				: { kind: 'dismissed', text: piece, reason: atom.reason, start: atom.start, inQuote }
		);
		cursor = atom.end;
	}
	pushGap(cursor, text.length);
	return segments;
}

/**
 * The text as lines of segments: `lines.map(l => l.map(s => s.text).join('')).join('\n')` is the
 * text again. Every fact has exactly one figure segment, every dismissed mention one segment.
 */
export function highlightArticle(
	text: string,
	facts: readonly HighlightFact[],
	mentions: readonly HighlightMention[]
): Line[] {
	const lines: Line[] = [[]];
	for (const segment of segmentText(text, facts, mentions)) {
		// An atom that spans a newline (never seen) stays whole: its anchor must stay unique.
		if (segment.kind === 'figure' || segment.kind === 'dismissed') {
			lines.at(-1)!.push(segment);
			continue;
		}
		segment.text.split('\n').forEach((part, i) => {
			if (i > 0) lines.push([]);
			if (part) lines.at(-1)!.push({ ...segment, text: part });
		});
	}
	return lines;
}
