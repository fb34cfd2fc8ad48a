/**
 * A first draft of an article's curation: every number once, as a fact or a dismissal, each with a
 * comment that says how it was read, so that a reviewer mostly confirms.
 */
import type { ExtractedMention, Status } from '../../../src/lib/server/schema';
import { formatPeriod, formatQuantity, unitLabel } from '../../../src/lib/domain/format';
import type { CuratedDismissal, CuratedFact, IndicatorEntry } from '../curation-schema';
import type { Seed } from '../ingest';
import { sentenceAround } from '../sentence';
import { draftArea } from './areas';
import { dismissalFor, headlineOf } from './disposition';
import { chooseIndicator } from './indicator-match';
import { draftPeriod } from './period';
import { referTo } from './refer';
import { draftStatus } from './status';

/** An entry of the draft with the comment written above it. */
export interface Commented<T> {
	entry: T;
	comment: string;
}

export interface Draft {
	facts: Commented<CuratedFact>[];
	dismissed: Commented<CuratedDismissal>[];
	indicators: Commented<IndicatorEntry>[];
}

export interface DraftContext {
	indicators: ReadonlyMap<string, IndicatorEntry>;
	/** The statuses of each indicator's curated facts: what kind of statement it holds. */
	statusesOf: ReadonlyMap<string, ReadonlySet<Status>>;
	/** Fact ids already taken by other curation files. */
	factIds: ReadonlySet<string>;
}

const slug = (id: string) => id.replaceAll('_', '-');

/** What draftPeriod says when the sentence dates nothing. */
const noPeriod = 'no period in the sentence';

/** A figure nothing dates is taken as of its publication: «стоимость составляет 14 млн». */
const asPublished = (published: string) =>
	published
		? { period: published.slice(0, 4), basis: 'relative' as const, phrase: 'the publication date' }
		: undefined;

function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** «на 18,6% больше, чем за аналогичный период прошлого года»: the period compared with. */
const COMPARED = /(?:чем|по сравнению с|относительно|против)[^.;]*/gi;

const blank = (words: string, start: number, end: number) =>
	words.slice(0, start) + ' '.repeat(end - start) + words.slice(end);

/**
 * The sentence as it dates the figure at `at`: what follows a comparison and the years that are
 * facts of their own are blanked out, offsets kept.
 */
function withoutOthers(
	words: string,
	at: number,
	sentenceStart: number,
	yearFacts: readonly ExtractedMention[]
): string {
	let kept = words.replace(COMPARED, (match, offset: number) =>
		offset > at ? ' '.repeat(match.length) : match
	);
	for (const year of yearFacts) {
		const start = year.start - sentenceStart;
		const end = year.end - sentenceStart;
		if (start >= 0 && end <= words.length) kept = blank(kept, start, end);
	}
	return kept;
}

/** A year's own period: «до 2028 года» is by 2028, «не ранее 2027 года» from 2027. */
function yearPeriod(year: ExtractedMention): string {
	if (year.qualifier === 'up_to') return `../${year.value}`;
	if (year.qualifier === 'at_least' || year.qualifier === 'more_than') return `${year.value}/..`;
	return String(year.value);
}

export function draftArticle(
	seed: Seed,
	mentions: readonly ExtractedMention[],
	context: DraftContext
): Draft {
	const { text } = seed;
	const draft: Draft = { facts: [], dismissed: [], indicators: [] };
	const article = { text, mentions, headline: headlineOf(text) };
	// The lead's period («за январь–август 2026 года»): a figure whose sentence names none is
	// reported for it, as news writes; failing that, as of its publication.
	let lead: { period: string; basis: 'explicit' | 'relative'; phrase: string } | undefined;
	const dismissals = new Map(
		mentions.map((m) => [m, dismissalFor(article, m, sentenceAround(text, m.start))])
	);
	// A year that is a fact of its own («запуск запланирован на 2027 год») dates no other figure.
	const yearFacts = mentions.filter((m) => m.unit === 'year' && !dismissals.get(m));
	const ids = new Set(context.factIds);
	const proposed = new Map<string, IndicatorEntry>();
	const dictionary = new Map(context.indicators);
	// Statuses of the facts drafted so far count too: a proposed «buses delivered» holds actuals.
	const statusesOf = new Map([...context.statusesOf].map(([id, set]) => [id, new Set(set)]));
	let previous: { fact: CuratedFact; sentence: number; status: Status } | undefined;
	for (const mention of mentions) {
		const sentence = sentenceAround(text, mention.start);
		const ref = referTo(text, mention, mentions);
		const dismissal = dismissals.get(mention);
		if (dismissal) {
			draft.dismissed.push({
				entry: { ...ref, figure: mention.surface, reason: dismissal.reason },
				comment: `«${mention.surface}»: ${dismissal.category}`
			});
			continue;
		}
		const words = text.slice(sentence.start, sentence.end);
		const at = mention.start - sentence.start;
		const drafted = draftStatus(words, at);
		// An event is dated: a year («запущен в 2023 году»). A count of things that happened
		// («введено 119 предприятий») is an actual.
		const status: Status =
			mention.unit === 'year'
				? drafted.status === 'actual'
					? 'event'
					: drafted.status
				: drafted.status === 'event'
					? 'actual'
					: drafted.status;
		const read =
			mention.unit === 'year' && mention.value_max === null
				? { period: yearPeriod(mention), basis: 'explicit' as const, phrase: mention.surface }
				: draftPeriod(
						withoutOthers(words, at, sentence.start, yearFacts),
						at,
						seed.published || null
					);
		const period =
			'why' in read && read.why === noPeriod ? (lead ?? asPublished(seed.published) ?? read) : read;
		if (!('why' in read) && mention.unit !== 'year') lead ??= read;
		const choice = chooseIndicator(
			{
				before: text.slice(sentence.start, mention.start),
				after: text.slice(mention.end, sentence.end),
				mention,
				status,
				articleId: seed.article_id,
				sentence: words
			},
			dictionary.values(),
			statusesOf
		);
		const indicator = choice.indicator;
		statusesOf.set(indicator.id, (statusesOf.get(indicator.id) ?? new Set()).add(status));
		if (choice.proposed) {
			const known = dictionary.get(indicator.id);
			if (known && known.unit !== indicator.unit)
				indicator.id = uniqueId(indicator.id, new Set(dictionary.keys()));
			if (!dictionary.has(indicator.id)) {
				dictionary.set(indicator.id, indicator);
				proposed.set(indicator.id, indicator);
				draft.indicators.push({
					entry: indicator,
					comment: `proposed for «${mention.surface}»: ${choice.why}`
				});
			}
		}
		const quantity = {
			value: mention.value,
			value_max: mention.value_max,
			qualifier: mention.qualifier,
			unit: indicator.unit
		};
		const when = period.period ? formatPeriod(period.period, 'en') : 'period unknown';
		const counted = unitLabel(indicator.unit, 'en');
		const fact: CuratedFact = {
			id: uniqueId(`${slug(seed.article_id)}-${slug(indicator.id)}`, ids),
			indicator: indicator.id,
			...ref,
			value: mention.value,
			...(mention.value_max === null ? {} : { value_max: mention.value_max }),
			status,
			period: period.period,
			period_basis: period.basis ?? 'explicit',
			ref_area: draftArea(words),
			actor: '',
			note: `${indicator.label_en}: ${formatQuantity(quantity, 'en')}${counted ? ` ${counted}` : ''} (${status}, ${when}).`,
			note_ru: words,
			headline: false
		};
		const statement = previous && pairOf(previous, fact, sentence.start, status);
		if (statement && previous)
			previous.fact.statement = fact.statement = uniqueId(`${fact.id}-statement`, ids);
		draft.facts.push({
			entry: fact,
			comment: [
				`«${mention.surface}»: ${status}${drafted.cue ? ` («${drafted.cue}»)` : ''}`,
				`${indicator.id} (${choice.why})`,
				'why' in period ? `period: ${period.why}` : `period from «${period.phrase}»`
			].join('; ')
		});
		previous = { fact, sentence: sentence.start, status };
	}
	return draft;
}

/** «с 16% до 25%»: a baseline and the plan or target after it, in one sentence, of one indicator. */
function pairOf(
	previous: { fact: CuratedFact; sentence: number; status: Status },
	fact: CuratedFact,
	sentence: number,
	status: Status
): boolean {
	return (
		previous.sentence === sentence &&
		previous.status === 'baseline' &&
		status !== 'baseline' &&
		previous.fact.indicator === fact.indicator
	);
}
