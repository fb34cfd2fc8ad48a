/** A run of Russian words (with the digits and punctuation between them) in English text. */
const russian = /[\u0400-\u04FF](?:[\u0400-\u04FF\d\s.,:;–-]*[\u0400-\u04FF.])?/g;

/** `How «около» is read` → the English parts and the Russian ones, in order, to mark with lang. */
export function cyrillicRuns(text: string): { text: string; ru: boolean }[] {
	const runs: { text: string; ru: boolean }[] = [];
	let last = 0;
	for (const match of text.matchAll(russian)) {
		if (match.index > last) runs.push({ text: text.slice(last, match.index), ru: false });
		runs.push({ text: match[0], ru: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), ru: false });
	return runs;
}
