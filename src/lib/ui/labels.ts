import type { Sector, Status } from '$lib/domain/vocabulary';
import { statusLabelsByLocale } from '$lib/domain/format';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

// Getters: each read is in the language of the page being rendered, not of the first one.

/** Sectors in words, for selects, axes and captions. */
export const sectorLabels: Record<Sector, string> = {
	get automotive() {
		return m.sector_automotive();
	},
	get machinery() {
		return m.sector_machinery();
	},
	get light_industry() {
		return m.sector_light_industry();
	},
	get manufacturing() {
		return m.sector_manufacturing();
	},
	get trade() {
		return m.sector_trade();
	},
	get logistics() {
		return m.sector_logistics();
	}
};

/** A status in words, in the page's language (format.ts holds the words of both). */
export const statusLabel = (status: Status) => statusLabelsByLocale[getLocale()][status];

const areaLabels: Record<string, () => string> = { KG: m.area_kg, 'KG-GB': m.area_kg_gb };

/** `KG-GB` → `Bishkek`; an unknown code is shown as it is. */
export const areaLabel = (code: string) => areaLabels[code]?.() ?? code;

/** A title shortened on a word boundary, for chart axes (tables carry the full title). */
export function truncate(text: string, max = 36): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;–-]+$/, '')}…`;
}
