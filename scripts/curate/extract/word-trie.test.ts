import { describe, expect, test } from 'vitest';
import { numberWordForms } from './number-word-table';
import { numberWordSource } from './number-words';
import { wordTrieSource } from './word-trie';

describe('wordTrieSource', () => {
	const words = ['два', 'двадцать', 'двадцати', 'две', 'три'];
	const whole = new RegExp(`^(?:${wordTrieSource(words)})$`);

	test('matches exactly the words, with ё for е and a capital first letter', () => {
		for (const w of words) expect(whole.test(w)).toBe(true);
		expect(whole.test('Двадцать')).toBe(true);
		expect(whole.test('двё')).toBe(true);
		for (const w of ['дв', 'двадцат', 'двадцатью', 'ДВА', 'четыре'])
			expect(whole.test(w)).toBe(false);
	});

	test('the number word pattern accepts every form in the table', () => {
		const all = new RegExp(`^(?:${numberWordSource})$`);
		expect(numberWordForms.filter((w) => !all.test(w))).toEqual([]);
	});
});
