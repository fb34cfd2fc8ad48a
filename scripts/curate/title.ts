const maxTitle = 160;

/**
 * A title for an article that has no curated one: its first line when that reads as a headline (short,
 * no sentence break), else its first sentence, shortened at a word boundary.
 */
export function deriveTitle(text: string): string {
	const firstLine = text.trim().split('\n', 1)[0]?.trim() ?? '';
	const sentence = /^.*?[.!?…](?=\s|$)/.exec(firstLine)?.[0] ?? firstLine;
	const title = sentence.length < firstLine.length ? sentence : firstLine;
	if (title.length <= maxTitle) return title.replace(/\.$/, '');
	const cut = title.slice(0, maxTitle);
	return cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:—–-]+$/, '') + '…';
}
