import { currencies, type MentionUnit } from '../../src/lib/domain/schema';

/**
 * The mention unit a figure of an indicator must be read with. Indicators of counted things (buses,
 * workshops) take plain numbers; percent, year and currencies must be written as such in the text.
 */
export function expectedMentionUnit(indicatorUnit: string): MentionUnit {
	if (indicatorUnit === 'percent' || indicatorUnit === 'year') return indicatorUnit;
	const code = indicatorUnit.toUpperCase();
	return (currencies as readonly string[]).includes(code) ? (code as MentionUnit) : null;
}

export function describeMentionUnit(unit: MentionUnit): string {
	return unit === null ? 'a plain number' : unit === 'year' ? 'a year' : unit;
}
