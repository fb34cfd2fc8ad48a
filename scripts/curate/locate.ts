import type { ExtractedMention } from '../../src/lib/domain/schema';

/** How a curator names a figure: by text, never by offsets. */
export interface FigureRef {
	/** The sentence or clause around the figure; searched for in the whole article. */
	quote?: string;
	/** The figure's text; searched for inside the quote, or in the whole article without one. */
	figure?: string;
	/** Which occurrence of the text searched for in the whole article (1-based). */
	occurrence?: number;
}

export interface LocatedFigure {
	mention: ExtractedMention;
	quoteStart: number;
	quoteEnd: number;
}

function indicesOf(haystack: string, needle: string, from: number, to: number): number[] {
	const found: number[] = [];
	for (let i = haystack.indexOf(needle, from); i !== -1; i = haystack.indexOf(needle, i + 1)) {
		if (i + needle.length > to) break;
		found.push(i);
	}
	return found;
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function pick(found: number[], what: string, needle: string, occurrence?: number): number | string {
	if (found.length === 0) return `${what} «${shorten(needle)}» is not in the article text`;
	if (occurrence === undefined) {
		if (found.length === 1) return found[0] as number;
		return `${what} «${shorten(needle)}» occurs ${found.length} times: add occurrence: 1…${found.length}`;
	}
	const index = found[occurrence - 1];
	if (index === undefined) {
		return `occurrence ${occurrence} of ${what} «${shorten(needle)}» does not exist: it occurs ${found.length} time(s)`;
	}
	return index;
}

/** Finds the one extracted mention a curator's reference names, or says why it cannot. */
export function locateFigure(
	text: string,
	mentions: readonly ExtractedMention[],
	ref: FigureRef
): LocatedFigure | string {
	let quoteStart = 0;
	let quoteEnd = text.length;
	if (ref.quote !== undefined) {
		const at = pick(indicesOf(text, ref.quote, 0, text.length), 'quote', ref.quote, ref.occurrence);
		if (typeof at === 'string') return at;
		quoteStart = at;
		quoteEnd = at + ref.quote.length;
	}
	let figureStart = quoteStart;
	let figureEnd = quoteEnd;
	if (ref.figure !== undefined) {
		const found = indicesOf(text, ref.figure, quoteStart, quoteEnd);
		const at =
			ref.quote === undefined
				? pick(found, 'figure', ref.figure, ref.occurrence)
				: found.length === 1
					? (found[0] as number)
					: found.length === 0
						? `figure «${ref.figure}» is not in the quote`
						: `figure «${ref.figure}» occurs ${found.length} times in the quote: quote a shorter clause`;
		if (typeof at === 'string') return at;
		figureStart = at;
		figureEnd = at + ref.figure.length;
	}
	const overlapping = mentions.filter((m) => m.start < figureEnd && m.end > figureStart);
	const where = ref.figure ? `figure «${ref.figure}»` : `quote «${shorten(ref.quote ?? '')}»`;
	if (overlapping.length === 0) return `no number is found in the ${where}`;
	if (overlapping.length > 1) {
		const list = overlapping.map((m) => `«${m.surface}»`).join(', ');
		return `the ${where} holds ${overlapping.length} numbers (${list}): name one with figure:`;
	}
	const mention = overlapping[0] as ExtractedMention;
	if (mention.start < quoteStart || mention.end > quoteEnd) {
		return `the number «${mention.surface}» reaches beyond the quote: quote the whole figure`;
	}
	return { mention, quoteStart, quoteEnd };
}
