/**
 * Rough Russian stems for matching a sentence against indicator labels: lowercase, ё as е, and the
 * inflectional ending cut off, so that «автобусов», «автобусы» and «автобус» meet. No lemmatiser
 * package works offline for Russian, and matching needs no more than this.
 */
const WORD = /[a-zа-яё]+/gi;

/** Endings, longest first; a stem keeps at least three letters. */
const endings = (
	'иями ями ами ого его ому ему ыми ими ией иях ых их ым им ах ях ов ев ей ой ий ый ая яя ое ее ' +
	'ые ие ую юю ом ем ам ям ия ии ью а я о е ы и у ю ь й'
).split(' ');

/** Short words that say nothing about the subject. */
const stopWords = new Set(
	'и в во на с со по к о об от до за из у для при что как это его ее их же ли не ни но а или также так уже еще более менее около все всех этот этого этой году года год годы лет млн млрд тыс тысяч сом сомов долларов процентов который которые которых'.split(
		' '
	)
);

export function stem(word: string): string {
	const w = word.toLowerCase().replaceAll('ё', 'е');
	for (const ending of endings) {
		if (w.endsWith(ending) && w.length - ending.length >= 3) return w.slice(0, -ending.length);
	}
	return w;
}

/** The stems of the words of `text` that carry meaning, in order. */
export function stemsOf(text: string): string[] {
	const out: string[] = [];
	for (const [word] of text.matchAll(WORD)) {
		const lower = word.toLowerCase().replaceAll('ё', 'е');
		if (lower.length < 3 || stopWords.has(lower)) continue;
		out.push(stem(lower));
	}
	return out;
}
