// The words of a chart's exported image, apart from the canvas that draws them (so they are tested
// without a browser): the source line, the dataset citation, line wrapping and the file name.
import { articleReference, citationText, datasetCitation } from '$lib/dataset/citation';
import type { Locale } from '$lib/domain/locale';
import { m } from '$lib/paraglide/messages';
import type { ChartSource } from './chart-parts';

/** How many articles an image names; the others are counted, so that the image keeps its shape. */
export const namedSources = 6;

/** `Sources:`, then one line per article (title, publisher, date), then how many are left out. */
export function sourceLines(sources: readonly ChartSource[], locale: Locale): string[] {
	if (!sources.length) return [];
	// A lone left-out article is named: its line is no longer than the count would be.
	const named = sources.length > namedSources + 1 ? sources.slice(0, namedSources) : sources;
	const more = sources.length - named.length;
	return [
		m.chart_png_sources({}, { locale }),
		...named.map((source) => `• ${articleReference(source, locale)}`),
		...(more ? [m.chart_png_more_sources({ count: more }, { locale })] : [])
	];
}

/** `Dataset: <title>. Data as of <date>. <address>`, as the /data page cites it. */
export const citationLine = (asOf: string, locale: Locale, address: string) =>
	`${m.chart_png_dataset({}, { locale })} ${citationText(datasetCitation(asOf, locale, address))}`;

/**
 * `text` in lines no wider than `width` as `measure` finds them: broken at spaces, and inside a
 * word (an address) only where the word alone is too wide.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const joined = line ? `${line} ${word}` : word;
		if (measure(joined) <= width) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const char of word) {
			if (line && measure(line + char) > width) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * `<name>.png` with only letters, digits, `-`, `_` and `.` of ASCII: an indicator id or a dataset
 * name as it is, anything else made safe for every file system.
 */
export function imageFileName(name: string): string {
	const safe = name
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^[.-]+|[.-]+$/g, '')
		.slice(0, 100);
	return `${safe || 'chart'}.png`;
}
