import type { ExtractedMention } from '../../src/lib/server/schema';
import { shorten } from './problems';

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

/** Why a reference names no single figure, and which of its fields to point the curator at. */
export interface LocateProblem {
	field: keyof FigureRef;
	problem: string;
}

const problemAt = (field: keyof FigureRef, problem: string): LocateProblem => ({ field, problem });

function indicesOf(haystack: string, needle: string, from: number, to: number): number[] {
	const found: number[] = [];
	for (let i = haystack.indexOf(needle, from); i !== -1; i = haystack.indexOf(needle, i + 1)) {
		if (i + needle.length > to) break;
		found.push(i);
	}
	return found;
}

function pick(
	found: number[],
	what: 'quote' | 'figure',
	needle: string,
	occurrence?: number
): number | LocateProblem {
	if (found.length === 0)
		return problemAt(what, `${what} «${shorten(needle)}» is not in the article text`);
	if (occurrence === undefined) {
		if (found.length === 1) return found[0] as number;
		return problemAt(
			what,
			`${what} «${shorten(needle)}» occurs ${found.length} times: add occurrence: 1…${found.length}`
		);
	}
	const index = found[occurrence - 1];
	if (index === undefined) {
		return problemAt(
			'occurrence',
			`occurrence ${occurrence} of ${what} «${shorten(needle)}» does not exist: it occurs ${found.length} time(s)`
		);
	}
	return index;
}

/** Finds the one extracted mention a curator's reference names, or says why it cannot. */
export function locateFigure(
	text: string,
	mentions: readonly ExtractedMention[],
	ref: FigureRef
): LocatedFigure | LocateProblem {
	let quoteStart = 0;
	let quoteEnd = text.length;
	if (ref.quote !== undefined) {
		const at = pick(indicesOf(text, ref.quote, 0, text.length), 'quote', ref.quote, ref.occurrence);
		if (typeof at !== 'number') return at;
		quoteStart = at;
		quoteEnd = at + ref.quote.length;
	}
	let figureStart = quoteStart;
	let figureEnd = quoteEnd;
	if (ref.figure !== undefined) {
		const found = indicesOf(text, ref.figure, quoteStart, quoteEnd);
		const figure = shorten(ref.figure);
		const at =
			ref.quote === undefined
				? pick(found, 'figure', ref.figure, ref.occurrence)
				: found.length === 1
					? (found[0] as number)
					: problemAt(
							'figure',
							found.length === 0
								? `figure «${figure}» is not in the quote`
								: `figure «${figure}» occurs ${found.length} times in the quote: quote a shorter clause`
						);
		if (typeof at !== 'number') return at;
		figureStart = at;
		figureEnd = at + ref.figure.length;
	}
	const overlapping = mentions.filter((m) => m.start < figureEnd && m.end > figureStart);
	const field = ref.figure ? 'figure' : 'quote';
	const where = ref.figure
		? `figure «${shorten(ref.figure)}»`
		: `quote «${shorten(ref.quote ?? '')}»`;
	if (overlapping.length === 0) return problemAt(field, `no number is found in the ${where}`);
	if (overlapping.length > 1) {
		const shown = overlapping.slice(0, 5).map((m) => `«${shorten(m.surface)}»`);
		const list = [...shown, ...(overlapping.length > 5 ? ['…'] : [])].join(', ');
		return problemAt(
			field,
			`the ${where} holds ${overlapping.length} numbers (${list}): name one with figure:`
		);
	}
	const mention = overlapping[0] as ExtractedMention;
	if (mention.start < quoteStart || mention.end > quoteEnd) {
		return problemAt(
			'quote',
			`the number «${mention.surface}» reaches beyond the quote: quote the whole figure`
		);
	}
	return { mention, quoteStart, quoteEnd };
}
