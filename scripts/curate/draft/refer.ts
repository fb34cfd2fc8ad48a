/**
 * How a draft names a figure: by its sentence (the quote the site shows) and, where the sentence
 * holds other numbers, by the figure's text, narrowed to a clause when that text repeats.
 */
import type { ExtractedMention } from '../../../src/lib/server/schema';
import type { FigureRef } from '../locate';
import { sentenceAround } from '../sentence';

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** The clause around `[start, end)`: between the nearest «,», «;», «:» or dash on either side. */
function clauseAround(
	text: string,
	sentence: { start: number; end: number },
	start: number,
	end: number
) {
	let from = start;
	while (from > sentence.start && !/[,;:—–]/.test(text[from - 1] ?? '')) from--;
	let to = end;
	while (to < sentence.end && !/[,;:—–]/.test(text[to] ?? '')) to++;
	while (/\s/.test(text[from] ?? '') && from < start) from++;
	return { start: from, end: to };
}

/** The reference for `mention`: its sentence, or a clause of it when the figure's text repeats. */
export function referTo(
	text: string,
	mention: ExtractedMention,
	mentions: readonly ExtractedMention[]
): FigureRef & { quote: string } {
	const sentence = sentenceAround(text, mention.start);
	sentence.start = Math.min(sentence.start, mention.start);
	sentence.end = Math.max(sentence.end, mention.end);
	const candidates = [
		sentence,
		clauseAround(text, sentence, mention.start, mention.end),
		{ start: mention.start, end: mention.end }
	];
	for (const span of candidates) {
		const quote = text.slice(span.start, span.end);
		const inQuote = mentions.filter((m) => m.start < span.end && m.end > span.start);
		const alone = inQuote.length === 1;
		if (!alone && count(quote, mention.surface) !== 1) continue;
		const repeats = count(text, quote);
		const occurrence =
			repeats > 1 ? count(text.slice(0, span.start + quote.length), quote) : undefined;
		return {
			quote,
			...(alone ? {} : { figure: mention.surface }),
			...(occurrence ? { occurrence } : {})
		};
	}
	// The figure alone is always unique within itself.
	throw new Error(`no reference for «${mention.surface}»`);
}
