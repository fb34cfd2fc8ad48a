import { describe, expect, test } from 'vitest';
import { checkInvariants } from './expect-mentions';
import { extractMentions } from './extract-mentions';

/** Pieces that meet at the edges of the grammar: signs, separators, units, words that bound. */
const pieces = [
	...'0123456789',
	...' \u00a0\u202f\n-–—.,:/+()%$€№',
	'12',
	'2025',
	'150 000',
	'3,5',
	'до',
	'от',
	'с',
	'не',
	'более',
	'около',
	'тыс.',
	'млн',
	'тысяч',
	'тысячи',
	'пять',
	'двадцать',
	'сто',
	'полторы',
	'один',
	'из',
	'с половиной',
	'года',
	'г.',
	'марта',
	'процентов',
	'сомов',
	'белорусских',
	'рублей',
	'КамАЗ',
	'Т',
	'й',
	'м',
	'в',
	'раза',
	'раз',
	'больше',
	'вдвое',
	'п.п.',
	'процентных пунктов',
	'треть',
	'трети',
	'две',
	'половины',
	'второй',
	'четверти',
	'снизилась',
	'превысил',
	'чем',
	'ранее',
	'позднее',
	'ГОСТ',
	'Р',
	'ISO',
	'ул.',
	'проспект Чуй,',
	'статья',
	'дом',
	'который'
];

/** A small deterministic generator, so a failure names a text that can be reproduced. */
function* texts(count: number): Generator<string> {
	let seed = 42;
	const next = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed;
	};
	for (let i = 0; i < count; i++) {
		const length = 1 + (next() % 12);
		let text = '';
		for (let j = 0; j < length; j++) {
			const piece = pieces[next() % pieces.length] ?? '';
			text += next() % 3 === 0 ? piece : ` ${piece}`;
		}
		yield text;
	}
}

describe('any text', () => {
	test('never throws, and every result keeps the invariants', () => {
		let found = 0;
		for (const text of texts(5000)) {
			const mentions = extractMentions(text);
			checkInvariants(text, mentions);
			found += mentions.length;
		}
		expect(found).toBeGreaterThan(1000);
	});

	test('the same text gives the same mentions, however often it is scanned', () => {
		const text = [...texts(200)].join('. ');
		expect(extractMentions(text)).toEqual(extractMentions(text));
	});
});
