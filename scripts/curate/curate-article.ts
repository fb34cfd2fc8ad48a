import type { Article, ExtractedMention, Fact, Mention } from '../../src/lib/server/schema';
import type { PlacedFact } from './across-articles';
import type { CuratedFact, CurationFile, IndicatorEntry } from './curation-schema';
import type { Seed } from './ingest';
import { claimId } from './claims';
import { locateFigure } from './locate';
import { lineFinder, shorten, type Problem } from './problems';
import { deriveTitle } from './title';
import { describeMentionUnit, expectedMentionUnit } from './units';
import type { YamlSource } from './yaml-source';

export interface ArticleInput {
	seed: Seed;
	mentions: readonly ExtractedMention[];
	curation?: YamlSource<CurationFile>;
	/** The curation file exists but is invalid (already reported): do not list every number too. */
	curationInvalid?: boolean;
	/** Where the curation file is expected, for messages when it is missing. */
	curationFile: string;
}

export interface CuratedArticle {
	article: Article;
	mentions: Mention[];
	facts: Fact[];
	/** Each fact with the curation file and line of its id, for checks across articles. */
	placedFacts: PlacedFact[];
	/** Numbers neither a fact nor dismissed: each is also a problem. */
	unaccounted: ExtractedMention[];
}

type Claim = { fact_id: string } | { reason: string };

function articleRow(seed: Seed, curation: CurationFile | undefined): Article {
	const published = seed.published || curation?.published || '';
	return {
		article_id: seed.article_id,
		file: seed.file,
		title: curation?.title ?? deriveTitle(seed.text),
		published,
		date_basis: seed.published ? 'header' : published ? 'curated' : 'unknown',
		lang: 'ru',
		chars: seed.text.length,
		sha256: seed.sha256,
		publisher: curation?.publisher ?? '',
		url: curation?.url ?? '',
		text: seed.text
	};
}

/** Turns one article's mentions and curation into rows, collecting every problem on the way. */
export function curateArticle(
	input: ArticleInput,
	indicators: ReadonlyMap<string, IndicatorEntry>,
	problems: Problem[]
): CuratedArticle {
	const { seed, mentions, curation } = input;
	const text = seed.text;
	const file = curation?.file ?? input.curationFile;
	const report = (path: PropertyKey[], message: string) =>
		problems.push({ file, line: curation?.lineOf(path), message });
	const data = curation?.data;
	if (seed.published && data?.published && data.published !== seed.published) {
		report(['published'], `the seed's date line says ${seed.published}; remove the curated date`);
	}
	const article = articleRow(seed, data);
	const claims = new Map<number, { claim: Claim; path: PropertyKey[] }>();
	const claim = (mention: ExtractedMention, value: Claim, path: PropertyKey[]) => {
		const earlier = claims.get(mention.start);
		if (earlier) {
			const line = curation?.lineOf(earlier.path);
			report(path, `the number «${mention.surface}» is already accounted for at line ${line}`);
		} else claims.set(mention.start, { claim: value, path });
	};

	const placedFacts: PlacedFact[] = [];
	data?.facts.forEach((curated, i) => {
		const at = (field: string) => ['facts', i, field];
		const located = locateFigure(text, mentions, curated);
		if ('problem' in located) return report(at(located.field), located.problem);
		const { mention } = located;
		claim(mention, { fact_id: curated.id }, at('id'));
		const indicator = indicators.get(curated.indicator);
		if (!indicator) return report(at('indicator'), `unknown indicator "${curated.indicator}"`);
		const problem = checkFact(curated, mention, indicator, article.published);
		if (problem) return report(at(problem.field), problem.message);
		const stated = {
			fact_id: curated.id,
			indicator_id: indicator.id,
			article_id: seed.article_id,
			// The text's own value: a curator's 0.33 for «треть» stands for 1/3.
			value: curated.derive ? curated.value : mention.value,
			value_max: curated.derive ? null : mention.value_max,
			qualifier: curated.qualifier ?? mention.qualifier,
			unit: indicator.unit,
			status: curated.status,
			period: curated.period,
			period_basis: curated.period_basis,
			ref_area: curated.ref_area,
			actor: curated.actor,
			actor_ru: curated.actor_ru ?? '',
			statement_id: curated.statement ?? '',
			note: curated.note,
			note_ru: curated.note_ru ?? '',
			quote: text.slice(located.quoteStart, located.quoteEnd),
			quote_start: located.quoteStart,
			quote_end: located.quoteEnd,
			value_start: mention.start,
			value_end: mention.end,
			headline: curated.headline,
			reviewed: data.reviewed
		};
		const fact: Fact = { ...stated, claim_id: claimId(stated) };
		placedFacts.push({ fact, file, line: curation?.lineOf(at('id')) });
	});
	data?.dismissed.forEach((dismissal, i) => {
		const located = locateFigure(text, mentions, dismissal);
		if ('problem' in located) return report(['dismissed', i, located.field], located.problem);
		claim(located.mention, { reason: dismissal.reason }, ['dismissed', i, 'figure']);
	});

	const unaccounted: ExtractedMention[] = [];
	const lineOf = lineFinder(text);
	const rows: Mention[] = mentions.map((mention) => {
		const claimed = claims.get(mention.start)?.claim;
		const atSeed = (message: string) =>
			problems.push({
				file: seed.file,
				line: lineOf(mention.start) + seed.lineOffset,
				message
			});
		if (!isStorable(mention)) {
			// Fact or dismissal, its value would be rounded in the tables: never stored at all.
			atSeed(
				`«${shorten(mention.surface)}» is too large to be stored exactly (over Number.MAX_SAFE_INTEGER, ${Number.MAX_SAFE_INTEGER}): is it a number of this article?`
			);
		} else if (!claimed && !input.curationInvalid) {
			unaccounted.push(mention);
			const context = text
				.slice(Math.max(0, mention.start - 30), mention.end + 30)
				.replace(/\s+/g, ' ');
			atSeed(
				`unaccounted number «${shorten(mention.surface)}» (…${shorten(context, 120)}…): ${
					curation
						? `add a fact or a dismissal to ${file}`
						: `draft ${file} with npm run curate -- draft ${seed.article_id}`
				}`
			);
		}
		return {
			mention_id: `${seed.article_id}@${mention.start}`,
			article_id: seed.article_id,
			...mention,
			disposition: claimed && 'reason' in claimed ? 'dismissed' : 'fact',
			fact_id: claimed && 'fact_id' in claimed ? claimed.fact_id : '',
			reason: claimed && 'reason' in claimed ? claimed.reason : ''
		};
	});
	const facts = placedFacts.map(({ fact }) => fact);
	return { article, mentions: rows, facts, placedFacts, unaccounted };
}

/**
 * Whether a curated value is the text's: the same number, or, for a value that has no short
 * decimal form («треть» is 1/3), the text's rounded to the two or more decimals the curator wrote.
 * A value with a short form («11,7%») rounds to itself, so a typo still fails.
 */
function sameAsText(curated: number, text: number): boolean {
	if (curated === text) return true;
	const decimals = String(curated).split('.')[1]?.length ?? 0;
	return decimals >= 2 && decimals <= 15 && Number(text.toFixed(decimals)) === curated;
}

/** A mention whose value (and upper bound) a double holds exactly, as every integer up to 2^53 − 1. */
const isStorable = (mention: ExtractedMention) =>
	Math.abs(mention.value) <= Number.MAX_SAFE_INTEGER &&
	Math.abs(mention.value_max ?? 0) <= Number.MAX_SAFE_INTEGER;

/** The cross-checks of one curated fact against the figure it names; undefined when it agrees. */
function checkFact(
	curated: CuratedFact,
	mention: ExtractedMention,
	indicator: IndicatorEntry,
	published: string
): { field: string; message: string } | undefined {
	const written = curated.derive ? null : expectedMentionUnit(indicator.unit);
	if (mention.unit !== written) {
		return {
			field: 'indicator',
			message: `indicator "${indicator.id}" is in ${indicator.unit}, but «${mention.surface}» is ${describeMentionUnit(mention.unit)}`
		};
	}
	if ((curated.derive || curated.period_basis === 'relative') && !published) {
		return { field: 'period_basis', message: 'a relative period needs a publication date' };
	}
	const year = Number(published.slice(0, 4));
	const expected = curated.derive ? year - mention.value : mention.value;
	if (curated.derive && indicator.unit !== 'year') {
		return { field: 'derive', message: `${curated.derive} gives a year, not ${indicator.unit}` };
	}
	if (!sameAsText(curated.value, expected)) {
		const how = curated.derive ? `${year} − ${mention.value} = ${expected}` : `${expected}`;
		return {
			field: 'value',
			message: `value ${curated.value} disagrees with the text: «${mention.surface}» reads ${how}`
		};
	}
	const max = curated.derive ? null : mention.value_max;
	const curatedMax = curated.value_max ?? null;
	if (curatedMax === null || max === null ? curatedMax !== max : !sameAsText(curatedMax, max)) {
		return {
			field: curated.value_max === undefined ? 'value' : 'value_max',
			message: `value_max ${curated.value_max ?? 'missing'} disagrees with the text: «${mention.surface}» reads ${max ?? 'no range'}`
		};
	}
	return undefined;
}
