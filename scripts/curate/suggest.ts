import type { ExtractedMention } from '../../src/lib/domain/schema';
import { curate, loadInputs, type CurationInputs } from './build-tables';
import type { IndicatorEntry } from './curation-schema';
import { sentenceAround } from './sentence';
import { expectedMentionUnit } from './units';

const normalise = (s: string) => s.toLowerCase().replaceAll('ё', 'е');

/** The indicator whose keywords the sentence matches most, among those the figure's unit fits. */
export function guessIndicator(
	sentence: string,
	mention: ExtractedMention,
	indicators: Iterable<IndicatorEntry>
): IndicatorEntry | undefined {
	const words = normalise(sentence);
	let best: IndicatorEntry | undefined;
	let bestHits = 0;
	for (const indicator of indicators) {
		if (expectedMentionUnit(indicator.unit) !== mention.unit) continue;
		const hits = indicator.keywords.filter((k) => words.includes(normalise(k))).length;
		if (hits > bestHits) [best, bestHits] = [indicator, hits];
	}
	return best;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;
const str = (s: string) => JSON.stringify(s);

interface Stub {
	mention: ExtractedMention;
	where: string[];
	guess?: IndicatorEntry;
}

function stubFor(
	seedText: string,
	mention: ExtractedMention,
	indicators: Iterable<IndicatorEntry>
): Stub {
	const { start, end } = sentenceAround(seedText, mention.start);
	const quote = seedText.slice(start, end);
	const repeats = occurrences(seedText, quote);
	const occurrence = repeats > 1 ? occurrences(seedText.slice(0, start + 1), quote) : 0;
	return {
		mention,
		where: [`    quote: ${str(quote)}`, ...(occurrence ? [`    occurrence: ${occurrence}`] : [])],
		guess: guessIndicator(quote, mention, indicators)
	};
}

function describe({ mention }: Stub): string {
	const range = mention.value_max === null ? '' : `–${mention.value_max}`;
	return `«${mention.surface}»: ${mention.value}${range} ${mention.unit ?? 'plain number'}, ${mention.qualifier}`;
}

/**
 * YAML for the article's numbers that are neither facts nor dismissed. Each stands twice, as a fact
 * stub and as a dismissal, with its sentence as the quote: the curator keeps one of the two, fills in
 * the TODOs and pastes the result into the article's curation file.
 */
export function suggest(inputs: CurationInputs, articleId: string): string {
	const loaded = loadInputs(inputs);
	const seed = loaded.seeds.find((s) => s.article_id === articleId);
	if (!seed) throw new Error(`no article "${articleId}" among the seeds`);
	const stubs = curate(loaded, seed, inputs).unaccounted.map((m) =>
		stubFor(seed.text, m, loaded.indicators.values())
	);
	const lines = [
		`# ${stubs.length} unaccounted number(s) in ${seed.file}. Each stands twice below, as a fact and`,
		`# as a dismissal: keep one, fill in its TODOs, paste into ${inputs.curationDir}/${articleId}.yaml`,
		'facts:'
	];
	for (const stub of stubs) {
		const { mention, guess } = stub;
		lines.push(
			`  # ${describe(stub)}`,
			`  - id: TODO`,
			`    indicator: ${guess ? `${guess.id} # guessed from its keywords` : 'TODO'}`,
			...stub.where,
			`    figure: ${str(mention.surface)}`,
			`    value: ${mention.value}`,
			...(mention.value_max === null ? [] : [`    value_max: ${mention.value_max}`]),
			`    status: TODO # actual | plan | target | baseline | promise | event`,
			`    period: TODO # 2025, 2026-01, 2023~, ../2028`,
			`    note: TODO # what the figure is, in English`
		);
	}
	lines.push('dismissed:');
	for (const stub of stubs) {
		lines.push(
			`  # ${describe(stub)}`,
			`  - figure: ${str(stub.mention.surface)}`,
			...stub.where,
			`    reason: TODO`
		);
	}
	return lines.join('\n') + '\n';
}
