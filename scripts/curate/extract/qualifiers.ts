/**
 * The words right before a figure that bound it: «более 3 тысяч», «не менее 5%», «до 2030 года».
 * Read backwards from the figure, so the scan never looks at a word that is not next to a number.
 */
import type { Qualifier } from '../../../src/lib/domain/schema';
import { isWord, prevWord, type Span } from './chars';
import { WordDict } from './word-dict';

const single = new WordDict<Qualifier>([
	['более', 'more_than'],
	['свыше', 'more_than'],
	['больше', 'more_than'],
	['сверх', 'more_than'],
	['около', 'approx'],
	['порядка', 'approx'],
	['почти', 'approx'],
	['примерно', 'approx'],
	['приблизительно', 'approx'],
	['ориентировочно', 'approx'],
	['где-то', 'approx'],
	['менее', 'less_than'],
	['меньше', 'less_than'],
	['минимум', 'at_least'],
	['до', 'up_to'],
	['максимум', 'up_to']
]);

/** After «не» a comparison turns around: «не более» caps the figure, «не менее» floors it. */
const negated = new WordDict<Qualifier>([
	['более', 'up_to'],
	['больше', 'up_to'],
	['свыше', 'up_to'],
	['менее', 'at_least'],
	['меньше', 'at_least']
]);

/** Words that make a two-word qualifier with the one after them: «как минимум», «вплоть до». */
const leading = new WordDict<string>([
	['минимум', 'как'],
	['до', 'вплоть']
]);

export interface QualifierMatch {
	qualifier: Qualifier;
	start: number;
}

function word(text: string, pos: number, floor: number): Span | null {
	const found = prevWord(text, pos);
	return found && found.start >= floor ? found : null;
}

/**
 * The qualifier ending right before `pos`; it may not start before `floor` (the end of the previous
 * mention), so two mentions never share a word.
 */
export function readQualifier(text: string, pos: number, floor: number): QualifierMatch | null {
	let last = word(text, pos, floor);
	if (!last) return null;
	if (isWord(text, last, 'мере')) {
		const lesser = word(text, last.start, floor);
		const by = isWord(text, lesser, 'меньшей') && lesser ? word(text, lesser.start, floor) : null;
		return by && isWord(text, by, 'по') ? { qualifier: 'at_least', start: by.start } : null;
	}
	if (isWord(text, last, 'чем')) {
		// «более чем 5»: the comparison word carries the meaning.
		last = word(text, last.start, floor);
		if (!last || !negated.get(text, last.start, last.end)) return null;
	}
	const qualifier = single.get(text, last.start, last.end);
	if (!qualifier) return null;
	const before = word(text, last.start, floor);
	if (!before) return { qualifier, start: last.start };
	const flipped = isWord(text, before, 'не') ? negated.get(text, last.start, last.end) : undefined;
	if (flipped) return { qualifier: flipped, start: before.start };
	const lead = leading.get(text, last.start, last.end);
	if (lead && isWord(text, before, lead)) return { qualifier, start: before.start };
	return { qualifier, start: last.start };
}
