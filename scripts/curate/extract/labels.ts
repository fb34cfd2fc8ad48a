/**
 * Digits that name a thing instead of counting it: standards («ГОСТ 31941», «ISO 9001:2015»),
 * models («Boeing 737»), numbered things («статья 15», «маршрут 48», «дом 5», «ул. 7»), and the
 * house numbers of addresses («проспект Чуй, 265»).
 */
import { isDigit, isHSpace, isWord, prevWord } from './chars';
import { WordDict } from './word-dict';

type LabelKind = 'standard' | 'word' | 'abbreviation';

const forms = (base: string, endings: string) => endings.split(' ').map((e) => base + e);

/**
 * Words after which a number is a label. Standards are written in capitals and matched case and
 * all; words in any case; abbreviations only with the full stop that stands between them and the
 * number («д. 5», «ул. 7», «ст. 15»). One table, so a number costs one lookup of the word before it.
 */
function build(): Map<string, LabelKind> {
	const table = new Map<string, LabelKind>();
	const add = (kind: LabelKind, words: string[]) => words.forEach((w) => table.set(w, kind));
	add('standard', [
		'гост',
		'iso',
		'исо',
		'стб',
		'снип',
		'ту',
		'en',
		'din',
		'iec',
		'мэк',
		'оквэд',
		'вэд'
	]);
	add('word', [
		...forms('стать', 'я и е ю ей'),
		...forms('пункт', ' а у ом е'),
		...forms('подпункт', ' а у ом е'),
		...forms('глав', 'а ы е у ой'),
		...forms('раздел', ' а у ом е'),
		...forms('приложени', 'е я ю ем и'),
		...forms('част', 'ь и ью'),
		...forms('дом', ' а у ом е'),
		...forms('корпус', ' а у ом е'),
		...forms('квартир', 'а ы е у ой'),
		...forms('офис', ' а у ом е'),
		...forms('кабинет', ' а у ом е'),
		...forms('маршрут', ' а у ом е'),
		...forms('микрорайон', ' а у ом е'),
		...forms('энергоблок', ' а у ом е'),
		...forms('номер', ' а у ом е'),
		'мкр',
		'стандарт'
	]);
	const abbreviations = 'д ул ст кв мкр корп каб оф пр просп пер стр гл рис табл';
	add('abbreviation', abbreviations.split(' '));
	return table;
}

const labels = new WordDict(build());

const isCapital = (c: number) =>
	(c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401;

/** Capitals as standards are written: «ГОСТ», «СНиП» (a lowercase «ту» is a pronoun). */
function inCapitals(text: string, start: number, end: number): boolean {
	return isCapital(text.charCodeAt(start)) && isCapital(text.charCodeAt(end - 1));
}

/** A street and its name before a comma: the number after it is the house. */
const STREET_BEFORE =
	/(?:^|[^А-Яа-яЁёA-Za-z])(?:улиц[аеуы]|ул\.|проспект[аеу]?|просп\.|пр-т[аеу]?|пр\.|бульвар[аеу]?|б-р|переул(?:ок|ка|ке)|пер\.|микрорайон[аеу]?|мкр\.?|м-н|шоссе|площад[ьи]|пл\.|тракт[аеу]?|жилмассив[аеу]?|ж\/м)\s*[^,;:!?\n]{1,40},$/i;

/** A brand in Latin letters names its model: «Boeing 737», «Windows 11» (not «USD 100»). */
function isLatinBrand(text: string, start: number, end: number): boolean {
	const first = text.charCodeAt(start);
	if (first < 0x41 || first > 0x5a) return false;
	let lower = false;
	for (let i = start + 1; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x61 && c <= 0x7a) lower = true;
		else if (c < 0x41 || c > 0x5a) return false;
	}
	return lower;
}

/** The label word, or standard and its one capital («ГОСТ Р 52051»), ending before `end`. */
function labelBefore(text: string, end: number, dotted: boolean): boolean {
	const word = prevWord(text, end);
	if (!word || (!dotted && word.end !== end)) return false;
	// Most figures follow a short preposition («в 2025», «на 5%»), never a label: skip the lookup.
	if (!dotted && word.end - word.start <= 2 && !isCapital(text.charCodeAt(word.start)))
		return false;
	const kind = labels.get(text, word.start, word.end);
	if (dotted) return kind === 'abbreviation';
	if (kind === 'word') return true;
	if (kind === 'standard') return inCapitals(text, word.start, word.end);
	if (isLatinBrand(text, word.start, word.end)) return true;
	// «ГОСТ Р 52051», «СТ КР 1234»: a short word in capitals between the standard and its number.
	if (word.end - word.start > 2 || !inCapitals(text, word.start, word.end)) return false;
	const standard = prevWord(text, word.start);
	if (!standard || !inCapitals(text, standard.start, standard.end)) return false;
	return (
		labels.get(text, standard.start, standard.end) === 'standard' || isWord(text, standard, 'ст')
	);
}

/** «720040, г. Бишкек»: six digits before a town are a postcode. */
const POSTCODE = /[0-9]{6},[ \u00a0]*г\./y;

/** Whether the digits at `pos` name a thing rather than count it. */
export function isLabelNumber(text: string, pos: number): boolean {
	if (text.charCodeAt(pos + 6) === 0x2c) {
		POSTCODE.lastIndex = pos;
		if (POSTCODE.test(text)) return true;
	}
	let end = pos;
	while (end > 0 && isHSpace(text.charCodeAt(end - 1))) end--;
	const before = text.charCodeAt(end - 1);
	if (before === 0x2e) return labelBefore(text, end - 1, true);
	if (before === 0x2c) return STREET_BEFORE.test(text.slice(Math.max(0, end - 80), end));
	return end < pos && labelBefore(text, end, false);
}

/** The end of a label's number: «31941-2012», «9001:2015», «018/2011», «17а». */
export function labelEnd(text: string, pos: number): number {
	for (;;) {
		while (isDigit(text.charCodeAt(pos))) pos++;
		const c = text.charCodeAt(pos);
		const joiner = c === 0x2d || c === 0x2e || c === 0x3a || c === 0x2f;
		if (joiner && isDigit(text.charCodeAt(pos + 1))) pos++;
		else return pos;
	}
}
