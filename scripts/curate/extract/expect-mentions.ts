/** Test helper: compares extracted mentions with compact expectations. */
import { expect } from 'vitest';
import { ExtractedMention, type Qualifier } from '../../../src/lib/server/schema';
import { extractMentions } from './extract-mentions';
import type { Unit } from './units';

/** surface, value (or [min, max] for a range), unit (default null), qualifier (default exact). */
export type Want = readonly [
	surface: string,
	value: number | readonly [number, number],
	unit?: Unit | null,
	qualifier?: Qualifier
];

/** An input text followed by every mention expected in it, in order. */
export type Row = [text: string, ...want: Want[]];

type Plain = [string, number, number | null, Unit | null, Qualifier];

function plain([surface, value, unit = null, qualifier]: Want): Plain {
	if (typeof value === 'number') return [surface, value, null, unit, qualifier ?? 'exact'];
	return [surface, value[0], value[1], unit, qualifier ?? 'range'];
}

/** The invariants every result keeps: valid, surfaces match offsets, sorted, non-overlapping. */
export function checkInvariants(text: string, mentions: ExtractedMention[]): void {
	let previousEnd = 0;
	for (const m of mentions) {
		expect(ExtractedMention.parse(m)).toEqual(m);
		expect(text.slice(m.start, m.end)).toBe(m.surface);
		expect(m.start).toBeGreaterThanOrEqual(previousEnd);
		previousEnd = m.end;
	}
}

export function expectMentions(text: string, wants: readonly Want[]): ExtractedMention[] {
	const mentions = extractMentions(text);
	const got: Plain[] = mentions.map((m) => [m.surface, m.value, m.value_max, m.unit, m.qualifier]);
	expect(got).toEqual(wants.map(plain));
	checkInvariants(text, mentions);
	return mentions;
}

export function expectRow([text, ...wants]: Row): ExtractedMention[] {
	return expectMentions(text, wants);
}
