import { foldCode } from './chars';

interface Entry<T> {
	word: string;
	value: T;
}

/** Folded first letters are Latin or Cyrillic (below U+0460); any other reads as 0, not a key. */
const INITIALS = 0x460;

/**
 * A table of words looked up straight from the text: the lookup hashes the folded characters
 * (lowercase, ё as е) in place and compares them with the keys, so no word is sliced out or
 * lowercased as a new string. Keys are given lowercase, with е for ё.
 */
export class WordDict<T> {
	private readonly buckets = new Map<number, Entry<T>[]>();
	private readonly longest: number = 0;
	/**
	 * The folded first letters of the keys. Most words looked up are in no table (the word after a
	 * number is usually the counted thing), and the first letter turns most of them away unhashed.
	 */
	private readonly initials = new Uint8Array(INITIALS);

	constructor(entries: Iterable<readonly [string, T]>) {
		for (const [word, value] of entries) {
			const key = hash(word, 0, word.length);
			const bucket = this.buckets.get(key) ?? [];
			const same = bucket.find((e) => e.word === word);
			if (same) same.value = value;
			else bucket.push({ word, value });
			this.buckets.set(key, bucket);
			this.longest = Math.max(this.longest, word.length);
			const initial = word.charCodeAt(0);
			if (initial >= INITIALS) throw new Error(`«${word}» does not start with a letter`);
			this.initials[initial] = 1;
		}
	}

	/** The value of the word `text[start, end)`, if it is in the table. */
	get(text: string, start: number, end: number): T | undefined {
		if (end - start > this.longest || end <= start) return undefined;
		if (this.initials[foldCode(text.charCodeAt(start))] !== 1) return undefined;
		const bucket = this.buckets.get(hash(text, start, end));
		if (!bucket) return undefined;
		for (const entry of bucket) {
			if (entry.word.length === end - start && sameFolded(text, start, entry.word)) {
				return entry.value;
			}
		}
		return undefined;
	}
}

/** Keys are already folded, and folding them again changes nothing, so both sides fold. */
function hash(s: string, start: number, end: number): number {
	let h = end - start;
	for (let i = start; i < end; i++) h = (Math.imul(h, 31) + foldCode(s.charCodeAt(i))) | 0;
	return h;
}

/** Whether `text` from `start` holds `word` (lowercase, е for ё) once folded. */
export function sameFolded(text: string, start: number, word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		if (foldCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
	}
	return true;
}

/** A set of words: a table whose values are all `true`. */
export function wordSet(words: Iterable<string>): WordDict<true> {
	return new WordDict([...words].map((w) => [w, true] as const));
}
