/**
 * Words that are figures with a unit of their own: fractions («треть», «около четверти», «более
 * половины», «две трети», «сократилось наполовину») and ratio adverbs («вдвое», «втрое»). Fractions
 * are values as decimals: «треть» is 1/3.
 */
import { foldCode, isWord, prevWord, skipHSpace, startsWithWord, wordEnd } from './chars';
import { WordDict } from './word-dict';

export interface WordFigure {
	unit: 'fraction' | 'ratio';
	value: number;
	/** A fraction that a count before it multiplies: «две трети», «трёх четвертей». */
	countable: boolean;
}

const forms = (base: string, endings: string) => endings.split(' ').map((e) => base + e);

function build(): Map<string, WordFigure> {
	const table = new Map<string, WordFigure>();
	const add = (words: string[], figure: WordFigure) => words.forEach((w) => table.set(w, figure));
	add([...forms('половин', 'а ы е у ой ою'), 'наполовину'], {
		unit: 'fraction',
		value: 1 / 2,
		countable: false
	});
	// «третью» is left out: far more often the ordinal («третью линию») than «с третью».
	add(forms('трет', 'ь и ей ям ями ях'), { unit: 'fraction', value: 1 / 3, countable: true });
	add(forms('четверт', 'ь и ью ей ям ями ях'), {
		unit: 'fraction',
		value: 1 / 4,
		countable: true
	});
	const adverbs = 'вдвое втрое вчетверо впятеро вшестеро всемеро ввосьмеро вдевятеро вдесятеро';
	adverbs.split(' ').forEach((w, i) => add([w], { unit: 'ratio', value: i + 2, countable: false }));
	return table;
}

const table = build();

/** Every form, lowercase with е for ё, for the scan's word pattern. */
export const wordFigureForms: readonly string[] = [...table.keys()];

export const wordFigures = new WordDict(table);

/** Ordinals that make «половина» or «четверть» a part of a period: «во второй половине года». */
const ordinalStems = ['перв', 'втор', 'трет', 'четверт', 'последн', 'нынешн', 'текущ'];

/** Whether the fraction word at `start` names a part of a period or «с половиной», not a share. */
export function isPeriodPart(text: string, start: number): boolean {
	const before = prevWord(text, start);
	if (!before) return false;
	if (isWord(text, before, 'с')) return true;
	return ordinalStems.some((stem) => startsWithWord(text, before, stem));
}

/** The countable fraction word right after a count: the «трети» of «две трети». */
export function readDenominator(text: string, pos: number): { value: number; end: number } | null {
	const start = skipHSpace(text, pos);
	// Only «трет…» and «четверт…» count a fraction: look at the first letter before the word.
	const first = foldCode(text.charCodeAt(start));
	if (start === pos || (first !== 0x442 && first !== 0x447)) return null;
	const end = wordEnd(text, start);
	const figure = wordFigures.get(text, start, end);
	return figure?.countable ? { value: figure.value, end } : null;
}
