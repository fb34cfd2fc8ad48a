/**
 * The grammar of spelled-out numbers: triads (hundreds, tens, units) joined by scale words in
 * falling order, e.g. «три тысячи двести», «ста двадцати трёх миллионов». Case and gender are not
 * checked for agreement: news copy is not always grammatical, and every form maps to one value.
 */
import { isLetter, skipHSpace, wordEnd } from './chars';
import { numberWordForms, numberWords, type NumberWord } from './number-word-table';
import { pow10 } from './scale';
import { sameFolded } from './word-dict';
import { wordFigureForms } from './word-figures';
import { wordTrieSource } from './word-trie';

/**
 * Regex source matching any form of a number word or of a word that is a figure by itself
 * («треть», «вдвое»), first letter in either case, ё or е.
 */
export const numberWordSource = wordTrieSource([...numberWordForms, ...wordFigureForms]);

export interface WordNumber {
	end: number;
	/** The value of the words; scales inside the words are applied, abbreviations after are not. */
	value: number;
	words: number;
	/** The first word, for the idioms a single word can be part of. */
	first: NumberWord | null;
	/** The power of ten of the last word when it is a scale word («шесть тысяч»: 3), else null. */
	scaleExp: number | null;
	/** A lone «тысячи»: «около тысячи» is 1000, «тысячи людей» is vague. */
	bareEither: boolean;
}

/** Stages within a triad: what the triad already holds decides what may follow. */
const EMPTY = 0;
const HUNDREDS = 1;
const TENS = 2;
const UNITS = 3;

const HALF_TAIL = /[ \u00a0\u202f\t]+половиной/y;

/** Reads the number words starting at `pos`; null when they name no definite number. */
export function readNumberWords(text: string, pos: number): WordNumber | null {
	let total = 0;
	let triad = 0;
	let stage = EMPTY;
	let lastExp = Infinity;
	let scaleOnly = false;
	const result: WordNumber = {
		end: pos,
		value: 0,
		words: 0,
		first: null,
		scaleExp: null,
		bareEither: false
	};
	let at = pos;
	for (;;) {
		const end = wordEnd(text, at);
		const word = numberWords.get(text, at, end);
		if (!word) {
			if (
				end === at + 1 &&
				sameFolded(text, at, 'с') &&
				stage >= TENS &&
				!scaleOnly &&
				halfTail(text, end)
			) {
				// «два с половиной миллиона»: the half belongs to the triad before the scale.
				triad += 0.5;
				scaleOnly = true;
				result.end = HALF_TAIL.lastIndex;
				at = skipHSpace(text, result.end);
				if (at === result.end) break;
				continue;
			}
			break;
		}
		if (scaleOnly && word.kind !== 'scale') break;
		if (word.kind === 'half-scale') {
			if (result.words > 0) break;
			return { ...result, end, value: word.value, words: 1, first: word };
		}
		if (word.kind === 'scale') {
			if (word.exp >= lastExp) break;
			if (stage === EMPTY) {
				if (result.words > 0) break;
				if (word.count === 'plural') return null;
				result.bareEither = word.count === 'either';
				triad = 1;
			}
			total += triad * pow10(word.exp);
			triad = 0;
			stage = EMPTY;
			lastExp = word.exp;
			scaleOnly = false;
		} else if (word.kind === 'half') {
			if (stage !== EMPTY) break;
			triad = 1.5;
			stage = UNITS;
			scaleOnly = true;
		} else {
			const next = word.kind === 'hundred' ? HUNDREDS : word.kind === 'ten' ? TENS : UNITS;
			const allowed =
				word.kind === 'hundred'
					? stage === EMPTY
					: word.kind === 'unit'
						? stage < UNITS
						: stage < TENS;
			if (!allowed) break;
			triad += word.value;
			stage = next;
		}
		if (result.words === 0) result.first = word;
		result.words++;
		result.end = end;
		result.scaleExp = word.kind === 'scale' ? word.exp : null;
		at = skipHSpace(text, end);
		if (at === end) break;
	}
	if (result.words === 0) return null;
	if (result.words > 1) result.bareEither = false;
	result.value = total + triad;
	return result;
}

function halfTail(text: string, pos: number): boolean {
	HALF_TAIL.lastIndex = pos;
	return HALF_TAIL.test(text) && !isLetter(text.charCodeAt(HALF_TAIL.lastIndex));
}
