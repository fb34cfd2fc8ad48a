import { expect, test } from 'vitest';
import { stem, stemsOf } from './stems';

test.each([
	['автобусов', 'автобус'],
	['автобусы', 'автобус'],
	['Автобус', 'автобус'],
	['предприятий', 'предприят'],
	['предприятия', 'предприят'],
	['швейных', 'швейн'],
	['швейные', 'швейн'],
	['цеха', 'цех'],
	['Ещё', 'еще']
])('%s stems to %s', (word, expected) => expect(stem(word)).toBe(expected));

test('stop words, short words and numbers are left out', () => {
	expect(stemsOf('В 2025 году в Бишкеке закупили 600 новых автобусов и т. д.')).toEqual([
		'бишкек',
		'закупил',
		'нов',
		'автобус'
	]);
});
