import type { MentionUnit } from '../../src/lib/server/schema';
import { currencies, mentionUnits } from '../../src/lib/domain/vocabulary';

const isCurrency = (unit: string) => (currencies as readonly string[]).includes(unit);

/**
 * The mention unit a figure of an indicator must be read with. Indicators of counted things (buses,
 * workshops) take plain numbers; percent, percentage points (a share-change indicator: `pp`),
 * ratios, fractions, years and currencies (`kgs`, `usd`) must be written as such in the text.
 */
export function expectedMentionUnit(indicatorUnit: string): MentionUnit {
	const code = indicatorUnit.toUpperCase();
	return mentionUnits.find((u) => u === indicatorUnit || (u === code && isCurrency(u))) ?? null;
}

const unitNames: Partial<Record<NonNullable<MentionUnit>, string>> = {
	year: 'a year',
	pp: 'percentage points',
	ratio: 'a ratio',
	fraction: 'a fraction'
};

export function describeMentionUnit(unit: MentionUnit): string {
	return unit === null ? 'a plain number' : (unitNames[unit] ?? unit);
}
