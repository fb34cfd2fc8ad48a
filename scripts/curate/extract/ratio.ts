/**
 * «в 1,7 раза», «в 2–3 раза», «рост 3,5 раза», «в десять раз больше»: a figure before «раз(а)»
 * is a ratio when «в» stands before it, when it is not whole, or when a comparative follows.
 * «два раза в год» is a count of times, and stays a plain number.
 */
import { foldCode, isHSpace, isWord, nextWord, prevWord, skipHSpace } from './chars';
import { wordSet } from './word-dict';

const TIMES = /[ \u00a0\u202f]+раза?(?![А-ЯЁа-яё])/iy;

const comparatives = wordSet([
	'больше',
	'меньше',
	'выше',
	'ниже',
	'дороже',
	'дешевле',
	'чаще',
	'реже',
	'быстрее',
	'медленнее',
	'дольше',
	'крупнее',
	'мощнее',
	'лучше',
	'хуже',
	'короче',
	'длиннее'
]);

/** The ratio's surface when the figure `[start, end)` of value `value` is one; null otherwise. */
export function readRatio(
	text: string,
	start: number,
	end: number,
	value: number,
	floor: number
): { start: number; end: number } | null {
	// Most figures are not followed by «раз»: look at its first letter before the pattern.
	if (!isHSpace(text.charCodeAt(end))) return null;
	if (foldCode(text.charCodeAt(skipHSpace(text, end))) !== 0x440) return null;
	TIMES.lastIndex = end;
	if (!TIMES.test(text)) return null;
	const timesEnd = TIMES.lastIndex;
	const before = prevWord(text, start);
	if (
		before &&
		before.start >= floor &&
		(isWord(text, before, 'в') || isWord(text, before, 'во'))
	) {
		return { start: before.start, end: timesEnd };
	}
	const after = nextWord(text, timesEnd);
	if (!Number.isInteger(value) || comparatives.get(text, after.start, after.end)) {
		return { start, end: timesEnd };
	}
	return null;
}
