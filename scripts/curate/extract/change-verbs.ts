/**
 * Verbs and nouns of change: after them «до» names the new level («снизилась до 11,7%»,
 * «увеличить выпуск до 500 единиц», «рост тарифа до 24 сомов»), not a bound. Matched by stem, since they come in every
 * tense, aspect, gender and participle.
 */
import { foldCode, isDigit, isLetter, startsWithWord } from './chars';
import { wordSet } from './word-dict';
import { wordTrieSource } from './word-trie';

const stems = [
	'рост',
	'вырос',
	'выраст',
	'возрос',
	'возраст',
	'дорос',
	'увелич',
	'сниз',
	'сниж',
	'пониз',
	'пониж',
	'уменьш',
	'сократ',
	'сокращ',
	'упал',
	'упад',
	'повыс',
	'повыш',
	'подня',
	'подним',
	'подскоч',
	'опуст',
	'нараст',
	'наращ',
	'довест',
	'довед',
	'довел',
	'довод',
	'ускор',
	'замедл',
	'расшир',
	'сжал',
	'дошл',
	'дойд',
	'дойт',
	'вернул',
	'откат'
];

/** One sticky pattern for every stem: tried at each word, it fails after a letter or two. */
const STEM = new RegExp(wordTrieSource(stems), 'y');

const stemInitials = new Set(stems.map((stem) => stem.charCodeAt(0)));

const hasStem = (text: string, start: number) => {
	if (!stemInitials.has(foldCode(text.charCodeAt(start)))) return false;
	STEM.lastIndex = start;
	return STEM.test(text);
};

/** How far back in the clause the verb may stand: «снизилась на 2,4 п.п., до 11,7%». */
const MAX_WORDS = 7;

const isClauseEnd = (text: string, i: number): boolean => {
	const c = text.charCodeAt(i);
	// ! ? ; : newline, and a full stop that ends a sentence (not the one of «п.п.» or «млн.»).
	if (c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a || c === 0x0a) return true;
	if (c !== 0x2e) return false;
	let j = i + 1;
	while (text.charCodeAt(j) === 0x20) j++;
	const next = text.charCodeAt(j);
	return j > i + 1 && next >= 0x410 && next <= 0x42f;
};

/** Words that start another clause, past which a verb no longer governs «до». */
const clauseStarts = wordSet([
	'а',
	'но',
	'однако',
	'хотя',
	'причем',
	'притом',
	'что',
	'чтобы',
	'где',
	'когда',
	'если'
]);

/** Whether a verb or noun of change governs the «до» that starts at `pos`. */
export function changeGovernsUntil(text: string, pos: number): boolean {
	let i = pos;
	for (let words = 0; words < MAX_WORDS;) {
		while (i > 0 && !isLetter(text.charCodeAt(i - 1))) {
			i--;
			if (isClauseEnd(text, i)) return false;
			// A comma may only stand right before «до» («на 2,4 п.п., до 11,7%»): further back it
			// closes a clause whose verb may be another («завод, который вырос, выпустит до 20»).
			if (words > 0 && text.charCodeAt(i) === 0x2c && !isDigit(text.charCodeAt(i + 1)))
				return false;
		}
		if (i === 0) return false;
		const end = i;
		while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
		const start = i;
		if (clauseStarts.get(text, start, end) || startsWithWord(text, { start, end }, 'котор')) {
			return false;
		}
		if (hasStem(text, start)) return true;
		words++;
	}
	return false;
}
