/**
 * The words right before a figure that bound it: «более 3 тысяч», «не менее 5%», «до 2030 года»,
 * «превысил 300 млн», «не ранее 2028 года», «более чем в 20», «как минимум на 7%». Read backwards
 * from the figure, so the scan never looks at a word that is not next to a number.
 */
import type { Qualifier } from '../../../src/lib/server/schema';
import { changeGovernsUntil } from './change-verbs';
import { isWord, prevWord, startsWithWord, type Span } from './chars';
import type { Unit } from './units';
import { WordDict } from './word-dict';

interface QualifierWord {
	/**
	 * bound: a word that bounds the figure after it («более», «до»); preposition: a qualifier may
	 * stand before it («почти на 4 п.п.»); mark: «отметку», «уровень», after which the verb before
	 * bounds the figure («превысил отметку в 20 млрд»); than: «чем» («более чем 5»); measure: the
	 * «мере» of «по меньшей мере».
	 */
	kind: 'bound' | 'preposition' | 'mark' | 'than' | 'measure';
	/** What the word means right before a figure. */
	alone: Qualifier | null;
	/** What it means after «не»: «не более» caps the figure, «не ранее» floors a date. */
	negated: Qualifier | null;
	/** The word that makes a two-word qualifier with it: «как минимум», «вплоть до». */
	lead: string | null;
}

/** Every entry has every field, so the lookups in `readQualifier` see one object shape. */
const entry = (fields: Partial<QualifierWord>): QualifierWord => ({
	kind: 'bound',
	alone: null,
	negated: null,
	lead: null,
	...fields
});

const words = new WordDict<QualifierWord>([
	['более', entry({ alone: 'more_than', negated: 'up_to' })],
	['больше', entry({ alone: 'more_than', negated: 'up_to' })],
	['свыше', entry({ alone: 'more_than', negated: 'up_to' })],
	['сверх', entry({ alone: 'more_than' })],
	['выше', entry({ alone: 'more_than', negated: 'up_to' })],
	['старше', entry({ alone: 'more_than' })],
	['около', entry({ alone: 'approx' })],
	['порядка', entry({ alone: 'approx' })],
	['почти', entry({ alone: 'approx' })],
	['примерно', entry({ alone: 'approx' })],
	['приблизительно', entry({ alone: 'approx' })],
	['ориентировочно', entry({ alone: 'approx' })],
	['где-то', entry({ alone: 'approx' })],
	['менее', entry({ alone: 'less_than', negated: 'at_least' })],
	['меньше', entry({ alone: 'less_than', negated: 'at_least' })],
	['ниже', entry({ alone: 'less_than', negated: 'at_least' })],
	['моложе', entry({ alone: 'less_than' })],
	['младше', entry({ alone: 'less_than' })],
	['минимум', entry({ alone: 'at_least', lead: 'как' })],
	['максимум', entry({ alone: 'up_to' })],
	['до', entry({ alone: 'up_to', lead: 'вплоть' })],
	// Only with «не» do these bound a date: «не ранее 2028 года», «не позднее 2030 года».
	['ранее', entry({ negated: 'at_least' })],
	['раньше', entry({ negated: 'at_least' })],
	['позднее', entry({ negated: 'up_to' })],
	['позже', entry({ negated: 'up_to' })],
	['чем', entry({ kind: 'than' })],
	['мере', entry({ kind: 'measure' })],
	...['в', 'во', 'на', 'за', 'с', 'со', 'к', 'по', 'у', 'из', 'от', 'через'].map(
		(w) => [w, entry({ kind: 'preposition' })] as const
	),
	...['отметку', 'отметки', 'планку', 'рубеж', 'порог', 'уровень'].map(
		(w) => [w, entry({ kind: 'mark' })] as const
	)
]);

/** Modals between «не» and a verb: «не должен превышать 55 дБ». */
const modals = new WordDict<true>(
	['должен', 'должна', 'должно', 'должны', 'может', 'могут', 'будет', 'будут', 'станет'].map(
		(w) => [w, true] as const
	)
);

/** «расходы превышают 4 млрд», «экспорт превысил», «превзошёл»: a verb that says «more than». */
const exceedStems = ['превыш', 'превыс', 'превзош', 'превзойд'];
const isExceeding = (text: string, span: Span) =>
	startsWithWord(text, span, 'прев') && exceedStems.some((s) => startsWithWord(text, span, s));

export interface QualifierMatch {
	qualifier: Qualifier;
	start: number;
}

function word(text: string, pos: number, floor: number): Span | null {
	const found = prevWord(text, pos);
	return found && found.start >= floor ? found : null;
}

/** «не» before `span` (or «не должен» before a verb) turns the match into `negated`. */
function negation(text: string, span: Span, floor: number, verb: boolean): Span | null {
	const before = word(text, span.start, floor);
	if (isWord(text, before, 'не')) return before;
	if (!verb || !before || !modals.get(text, before.start, before.end)) return null;
	const not = word(text, before.start, floor);
	return isWord(text, not, 'не') ? not : null;
}

/** An exceeding verb at `span`: more than, or, negated, at most. */
function exceeding(text: string, span: Span, floor: number): QualifierMatch {
	const not = negation(text, span, floor, true);
	return not
		? { qualifier: 'up_to', start: not.start }
		: { qualifier: 'more_than', start: span.start };
}

/**
 * The qualifier ending right before `pos`; it may not start before `floor` (the end of the previous
 * mention), so two mentions never share a word. `unit` is the figure's: a year after «до» is
 * always a bound, another figure after a verb of change is the new level («снизилась до 11,7%»),
 * which is exact and leaves «до» out of the surface unless a qualifier stands before it
 * («вырасти как минимум до 2,5 сома»).
 */
export function readQualifier(
	text: string,
	pos: number,
	floor: number,
	unit: Unit | null = null
): QualifierMatch | null {
	const last = word(text, pos, floor);
	if (!last) return null;
	const found = words.get(text, last.start, last.end);
	if (!found) return isExceeding(text, last) ? exceeding(text, last, floor) : null;
	switch (found.kind) {
		case 'than':
			return beforeThan(text, last, floor);
		case 'preposition':
			return beforePreposition(text, last, floor);
		case 'measure': {
			const lesser = word(text, last.start, floor);
			const by = lesser && isWord(text, lesser, 'меньшей') ? word(text, lesser.start, floor) : null;
			return by && isWord(text, by, 'по') ? { qualifier: 'at_least', start: by.start } : null;
		}
		case 'mark': {
			// «превысил отметку в 20 млрд» reaches here through the preposition.
			const verb = word(text, last.start, floor);
			return verb && isExceeding(text, verb) ? exceeding(text, verb, floor) : null;
		}
	}
	const not = found.negated ? negation(text, last, floor, false) : null;
	if (not && found.negated) return { qualifier: found.negated, start: not.start };
	if (!found.alone) return null;
	const before = word(text, last.start, floor);
	if (found.lead && before && isWord(text, before, found.lead)) {
		return { qualifier: found.alone, start: before.start };
	}
	if (isWord(text, last, 'до') && unit !== 'year' && changeGovernsUntil(text, last.start)) {
		return readQualifier(text, last.start, floor) ?? { qualifier: 'exact', start: pos };
	}
	return { qualifier: found.alone, start: last.start };
}

/** A qualifier before a preposition: «более чем в 20», «почти на 4 п.п.», «перевалил за 5 млн». */
function beforePreposition(text: string, preposition: Span, floor: number): QualifierMatch | null {
	const before = word(text, preposition.start, floor);
	if (!before) return null;
	// Most figures after a preposition have none: «в 2025 году», «на 5%».
	const found = words.get(text, before.start, before.end);
	if (!found) {
		if (!isWord(text, preposition, 'за') || !startsWithWord(text, before, 'перевал')) return null;
		const not = negation(text, before, floor, true);
		return not
			? { qualifier: 'up_to', start: not.start }
			: { qualifier: 'more_than', start: before.start };
	}
	if (found.kind === 'than') return beforeThan(text, before, floor);
	if (found.kind === 'preposition' || isWord(text, before, 'до')) return null;
	const q = readQualifier(text, preposition.start, floor);
	// An exact «до» of change is not a qualifier.
	return q && q.qualifier !== 'exact' ? q : null;
}

/** «более чем 5», «не ранее чем через 2 года»: the comparison word before «чем» carries the meaning. */
function beforeThan(text: string, than: Span, floor: number): QualifierMatch | null {
	const comparison = word(text, than.start, floor);
	const found = comparison && words.get(text, comparison.start, comparison.end);
	if (!comparison || !found?.negated) return null;
	const not = negation(text, comparison, floor, false);
	if (not) return { qualifier: found.negated, start: not.start };
	return found.alone ? { qualifier: found.alone, start: comparison.start } : null;
}
