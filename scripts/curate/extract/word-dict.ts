import { foldCode } from './chars';

interface Entry<T> {
	word: string;
	value: T;
}

/**
 * A table of words looked up straight from the text: the lookup hashes the folded characters
 * (lowercase, ё as е) in place and compares them with the keys, so no word is sliced out or
 * lowercased as a new string. Keys are given lowercase, with е for ё.
 */
export class WordDict<T> {
	private readonly buckets = new Map<number, Entry<T>[]>();
	private readonly longest: number = 0;

	constructor(entries: Iterable<readonly [string, T]>) {
		for (const [word, value] of entries) {
			const key = hash(word, 0, word.length);
			const bucket = this.buckets.get(key) ?? [];
			const same = bucket.find((e) => e.word === word);
			if (same) same.value = value;
			else bucket.push({ word, value });
			this.buckets.set(key, bucket);
			this.longest = Math.max(this.longest, word.length);
		}
	}

	/** The value of the word `text[start, end)`, if it is in the table. */
	get(text: string, start: number, end: number): T | undefined {
		if (end - start > this.longest || end <= start) return undefined;
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
