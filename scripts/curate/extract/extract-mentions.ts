/**
 * Finds every quantity in a Russian news text: numbers in digits or words with the qualifier
 * before them and the multiplier and unit after them.
 *
 * The scan runs one regex over the text that stops only at a digit or at a whole number word;
 * everything else (qualifiers, units, ranges) is read around those stops. Words that are not
 * numbers are never looked at one by one, which keeps the scan close to a plain `\d` search.
 */
import type { ExtractedMention } from '../../../src/lib/server/schema';
import { isDigit, LETTER_CLASS } from './chars';
import { readFigure, type Figure } from './figure';
import { numberWordSource } from './number-words';
import { mention, readPair } from './pairs';
import { readQualifier } from './qualifiers';
import { readRatio } from './ratio';
import { dateBefore, yearFromContext } from './year-context';

/**
 * A number word counts after whitespace, an opening bracket or quote, or at the start of the text.
 * Naming the character before the word, instead of a lookbehind for «not a letter», lets the
 * engine skip through letters without trying the word list at each of them: about twice as fast.
 */
const BEFORE_WORD = ' \\n\\r\\t\\u00a0\\u202f\\u2009(«"„“';
const WORD = `${numberWordSource}(?![${LETTER_CLASS}])`;
const TRIGGER = new RegExp(`[0-9]|[${BEFORE_WORD}]${WORD}`, 'g');
const WORD_AT_START = new RegExp(WORD, 'y');

/** Adds the mentions whose number starts at `pos` to `out`; returns where the scan resumes. */
function readMentionsAt(text: string, pos: number, floor: number, out: ExtractedMention[]): number {
	const a = readFigure(text, pos, floor, true);
	if ('skip' in a) return a.skip;
	return readPair(text, a, floor, out) ?? readSingle(text, a, floor, out);
}

/** Adds the mention of a figure that stands alone, with its qualifier; returns its end. */
function readSingle(text: string, a: Figure, floor: number, out: ExtractedMention[]): number {
	const ratio = a.unit === null ? readRatio(text, a.start, a.end, a.value, floor) : null;
	const unit = ratio ? 'ratio' : yearFromContext(text, a, floor) ? 'year' : a.unit;
	const start = ratio?.start ?? a.start;
	const end = ratio?.end ?? a.end;
	// «не позднее 1 июля 2026 года», «не ранее марта 2027»: a year's qualifier precedes its date.
	const bounded = unit === 'year' ? (dateBefore(text, start, floor) ?? start) : start;
	const q = readQualifier(text, bounded, floor, unit);
	out.push(mention(text, q?.start ?? start, end, a.value, null, unit, q?.qualifier ?? 'exact'));
	return end;
}

export function extractMentions(text: string): ExtractedMention[] {
	const mentions: ExtractedMention[] = [];
	// One shared regex, reset per call (the scan is synchronous): a copy per article costs ~20%.
	const trigger = TRIGGER;
	trigger.lastIndex = 0;
	// No mention reaches back past the end of the one before; digits skipped as not quantities
	// (the day of «1 июля 2026 года») leave the words before them to the next figure.
	let floor = 0;
	WORD_AT_START.lastIndex = 0;
	let pos = WORD_AT_START.test(text) ? 0 : -1;
	for (;;) {
		if (pos === -1) {
			const hit = trigger.exec(text);
			if (!hit) break;
			pos = isDigit(text.charCodeAt(hit.index)) ? hit.index : hit.index + 1;
		}
		const count = mentions.length;
		const resume = Math.max(readMentionsAt(text, pos, floor, mentions), pos + 1);
		if (mentions.length > count) floor = resume;
		trigger.lastIndex = resume;
		pos = -1;
	}
	return mentions;
}
