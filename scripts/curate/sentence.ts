const sentences = new Intl.Segmenter('ru', { granularity: 'sentence' });

/** The sentence of `text` that holds the offset, without surrounding white space. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
	const segment = sentences.segment(text).containing(offset);
	if (!segment) return { start: offset, end: offset };
	// A segment may run over a line break (headings without a full stop): keep to the offset's line.
	let start = segment.index;
	let end = segment.index + segment.segment.length;
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const lineEnd = text.indexOf('\n', offset);
	start = Math.max(start, lineStart);
	end = Math.min(end, lineEnd === -1 ? text.length : lineEnd);
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	return { start, end };
}
