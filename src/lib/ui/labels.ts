import type { Sector, Status } from '$lib/domain/schema';

/** Sectors in words, for selects, axes and captions. */
export const sectorLabels: Record<Sector, string> = {
	automotive: 'Automotive',
	machinery: 'Machinery',
	light_industry: 'Light industry',
	manufacturing: 'Manufacturing',
	trade: 'Trade',
	logistics: 'Logistics'
};

const areaLabels: Record<string, string> = { KG: 'Kyrgyzstan', 'KG-GB': 'Bishkek' };

/** `KG-GB` → `Bishkek`; an unknown code is shown as it is. */
export const areaLabel = (code: string) => areaLabels[code] ?? code;

/** Timeline lanes, from what happened to what is only intended. */
export const laneOrder: readonly Status[] = [
	'event',
	'actual',
	'baseline',
	'promise',
	'plan',
	'target'
];

/** A title shortened on a word boundary, for chart axes (tables carry the full title). */
export function truncate(text: string, max = 36): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;–-]+$/, '')}…`;
}
