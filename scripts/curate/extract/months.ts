/** Month names in every case, to tell «1 марта» (a date) from «1 тонна». */
import { wordSet } from './word-dict';

const soft = ['январ', 'феврал', 'апрел', 'июн', 'июл', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const hard = ['март', 'август'];

export const monthForms = wordSet([
	...soft.flatMap((s) => ['ь', 'я', 'ю', 'ем', 'е'].map((e) => s + e)),
	...hard.flatMap((s) => ['', 'а', 'у', 'ом', 'е'].map((e) => s + e)),
	...['май', 'мая', 'маю', 'маем', 'мае']
]);

/** The genitive, which is the form a day number takes: «1 марта», «15 января». */
export const monthGenitives = wordSet([
	...soft.map((s) => s + 'я'),
	...hard.map((s) => s + 'а'),
	'мая'
]);
