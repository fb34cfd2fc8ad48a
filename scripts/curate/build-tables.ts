import { basename } from 'node:path';
import type {
	Article,
	ExtractedMention,
	Fact,
	Indicator,
	Mention
} from '../../src/lib/server/schema';
import { checkAcrossArticles, type PlacedFact } from './across-articles';
import { curateArticle } from './curate-article';
import { CurationFile, IndicatorsFile, type IndicatorEntry } from './curation-schema';
import { ingestSeed, type Seed } from './ingest';
import type { Problem } from './problems';
import { parseYamlSource, type YamlSource } from './yaml-source';

export interface TextFile {
	file: string;
	text: string;
}

export interface CurationInputs {
	seeds: { file: string; bytes: Uint8Array }[];
	indicators: TextFile;
	curations: TextFile[];
	/** Directory the curation files live in, for naming a missing one. */
	curationDir: string;
	extract: (text: string) => ExtractedMention[];
	/** Called after each article is curated, with how many are done of how many. */
	onArticle?: (done: number, total: number) => void;
}

export interface Tables {
	facts: Fact[];
	indicators: Indicator[];
	articles: Article[];
	mentions: Mention[];
}
export type Summary = Record<
	'articles' | 'mentions' | 'facts' | 'dismissed' | 'unaccounted' | 'unreviewed',
	number
>;

const byKey =
	<T>(...keys: (keyof T)[]) =>
	(a: T, b: T) => {
		for (const key of keys) if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
		return 0;
	};

function indicatorRows(
	source: YamlSource<IndicatorsFile> | undefined,
	file: string,
	problems: Problem[]
) {
	const byId = new Map<string, IndicatorEntry>();
	source?.data.indicators.forEach((entry, i) => {
		if (byId.has(entry.id)) {
			const line = source.lineOf(['indicators', i, 'id']);
			problems.push({ file, line, message: `duplicate indicator id "${entry.id}"` });
		}
		byId.set(entry.id, entry);
	});
	return byId;
}

function curationsById(files: TextFile[], problems: Problem[]) {
	const sources = new Map<string, YamlSource<CurationFile>>();
	const seen = new Map<string, string>();
	const invalid = new Set<string>();
	for (const { file, text } of files) {
		const id = basename(file).replace(/\.ya?ml$/, '');
		const other = seen.get(id);
		if (other) {
			problems.push({
				file,
				line: 1,
				message: `a second curation file for article "${id}" (also ${other}): keep one`
			});
			continue;
		}
		seen.set(id, file);
		const parsed = parseYamlSource(file, text, CurationFile);
		problems.push(...parsed.problems);
		if (parsed.source) sources.set(id, parsed.source);
		else invalid.add(id);
	}
	return { sources, ids: seen, invalid };
}

/**
 * Indicators that curation files propose with their article: each joins the dictionary, and stays
 * unreviewed while its file does.
 */
function proposedIndicators(
	curations: Map<string, YamlSource<CurationFile>>,
	dictionary: Map<string, IndicatorEntry>,
	dictionaryFile: string,
	problems: Problem[]
): Set<string> {
	const unreviewed = new Set<string>();
	const proposedIn = new Map<string, string>();
	for (const source of curations.values()) {
		source.data.indicators.forEach((entry, i) => {
			const elsewhere = dictionary.has(entry.id) && (proposedIn.get(entry.id) ?? dictionaryFile);
			if (elsewhere) {
				const line = source.lineOf(['indicators', i, 'id']);
				const message = `indicator "${entry.id}" is already defined in ${elsewhere}: use it, or choose another id`;
				problems.push({ file: source.file, line, message });
				return;
			}
			dictionary.set(entry.id, entry);
			proposedIn.set(entry.id, source.file);
			if (!source.data.reviewed) unreviewed.add(entry.id);
		});
	}
	return unreviewed;
}

/** Everything read and parsed that the articles are curated against. */
export interface LoadedInputs {
	indicators: Map<string, IndicatorEntry>;
	/** Indicators proposed by a curation file that is still a draft. */
	unreviewedIndicators: Set<string>;
	curations: Map<string, YamlSource<CurationFile>>;
	/** Articles whose curation file could not be read: their numbers are not reported one by one. */
	invalidCurations: Set<string>;
	seeds: Seed[];
	problems: Problem[];
}

export function loadInputs(inputs: CurationInputs): LoadedInputs {
	const problems: Problem[] = [];
	const indicatorsFile = parseYamlSource(
		inputs.indicators.file,
		inputs.indicators.text,
		IndicatorsFile
	);
	problems.push(...indicatorsFile.problems);
	const indicators = indicatorRows(indicatorsFile.source, inputs.indicators.file, problems);
	const curations = curationsById(inputs.curations, problems);
	const unreviewedIndicators = proposedIndicators(
		curations.sources,
		indicators,
		inputs.indicators.file,
		problems
	);

	const seeds: Seed[] = [];
	for (const { file, bytes } of inputs.seeds) {
		const ingested = ingestSeed(file, bytes);
		problems.push(...ingested.problems);
		if (ingested.seed) seeds.push(ingested.seed);
	}
	const seedIds = new Set(inputs.seeds.map(({ file }) => basename(file).replace(/\.txt$/, '')));
	for (const [id, file] of curations.ids) {
		if (!seedIds.has(id))
			problems.push({
				file,
				line: 1,
				message: `no seed "seeds/${id}.txt" for this curation file: a wrong name, or a removed article?`
			});
	}
	seeds.sort(byKey('article_id'));
	return {
		indicators,
		unreviewedIndicators,
		curations: curations.sources,
		invalidCurations: curations.invalid,
		seeds,
		problems
	};
}

export function curate(loaded: LoadedInputs, seed: Seed, inputs: CurationInputs) {
	return curateArticle(
		{
			seed,
			mentions: inputs.extract(seed.text),
			curation: loaded.curations.get(seed.article_id),
			curationInvalid: loaded.invalidCurations.has(seed.article_id),
			curationFile: `${inputs.curationDir}/${seed.article_id}.yaml`
		},
		loaded.indicators,
		loaded.problems
	);
}

/** The whole curation run without I/O: inputs in, the four tables (or every problem) out. */
export function buildTables(inputs: CurationInputs): {
	tables?: Tables;
	problems: Problem[];
	summary: Summary;
} {
	const loaded = loadInputs(inputs);
	const { indicators, problems } = loaded;

	const tables: Tables = { facts: [], indicators: [], articles: [], mentions: [] };
	const placed: PlacedFact[] = [];
	let unaccounted = 0;
	for (const [index, seed] of loaded.seeds.entries()) {
		const curated = curate(loaded, seed, inputs);
		tables.articles.push(curated.article);
		tables.mentions.push(...curated.mentions);
		tables.facts.push(...curated.facts);
		placed.push(...curated.placedFacts);
		unaccounted += curated.unaccounted.length;
		inputs.onArticle?.(index + 1, loaded.seeds.length);
	}
	checkAcrossArticles(placed, problems);
	tables.indicators = [...indicators.values()]
		.map(({ id, label_en, label_ru, sector, unit, description, description_ru }) => ({
			indicator_id: id,
			label_en,
			label_ru,
			sector,
			unit,
			description,
			description_ru: description_ru ?? '',
			reviewed: !loaded.unreviewedIndicators.has(id)
		}))
		.sort(byKey('indicator_id'));

	const dismissed = tables.mentions.filter((m) => m.disposition === 'dismissed').length;
	const summary: Summary = {
		articles: tables.articles.length,
		mentions: tables.mentions.length,
		facts: tables.facts.length,
		dismissed,
		unaccounted,
		unreviewed: tables.facts.filter((f) => !f.reviewed).length
	};
	return problems.length ? { problems, summary } : { tables, problems, summary };
}
