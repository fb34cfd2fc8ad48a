/**
 * The indicator a drafted fact is an observation of: the existing one whose Russian label and
 * keywords best match the words around the figure, among those whose unit fits and whose facts so
 * far have the same kind of status («закупить» is a plan, «поступили» an actual); or, when none
 * fits, a new one proposed from the sentence.
 */
import type { ExtractedMention, Status } from '../../../src/lib/server/schema';
import type { IndicatorEntry } from '../curation-schema';
import { expectedMentionUnit } from '../units';
import { lookup, measures, nouns, verbs } from './glossary';
import { stemsOf } from './stems';

export interface IndicatorChoice {
	indicator: IndicatorEntry;
	/** A new indicator the draft proposes, not yet in the dictionary. */
	proposed: boolean;
	/** Why, for the reviewer: the words that matched, or that none did. */
	why: string;
}

export interface FigureContext {
	/** The words of the sentence before and after the figure. */
	before: string;
	after: string;
	mention: ExtractedMention;
	status: Status;
	articleId: string;
	sentence: string;
}

/** Below this, no existing indicator is taken: a word next to the figure is worth 3, near it 2. */
const ENOUGH = 3;
const intent = new Set<Status>(['plan', 'target', 'promise', 'baseline']);

const matches = (a: string, b: string) =>
	a.length >= 4 && b.length >= 4 ? a.startsWith(b) || b.startsWith(a) : a === b;

function score(indicator: IndicatorEntry, counted: string[], near: string[], far: string[]) {
	const own = new Set([...stemsOf(indicator.label_ru), ...indicator.keywords.flatMap(stemsOf)]);
	let total = 0;
	const hits: string[] = [];
	for (const s of own) {
		const weight = counted.some((w) => matches(w, s))
			? 3
			: near.some((w) => matches(w, s))
				? 2
				: far.some((w) => matches(w, s))
					? 1
					: 0;
		if (weight) hits.push(s);
		total += weight;
	}
	return { total, hits };
}

export function chooseIndicator(
	figure: FigureContext,
	indicators: Iterable<IndicatorEntry>,
	statusesOf: ReadonlyMap<string, ReadonlySet<Status>>
): IndicatorChoice {
	const after = stemsOf(figure.after);
	const before = stemsOf(figure.before);
	const counted = figure.mention.unit === null ? after.slice(0, 2) : [];
	const near = [...before.slice(-6), ...after.slice(0, 6)];
	const far = [...before, ...after];
	const sentenceVerb = verbOf([...before.slice(-6), ...after.slice(0, 6)]);
	let best: { indicator: IndicatorEntry; total: number; hits: string[] } | undefined;
	// «240 новых автобусов»: an indicator of other things («новые предприятия») does not fit.
	const countedNoun = counted.find((s) => lookup(nouns, s) !== undefined);
	// «1,8 млн тонн»: only an indicator in tonnes.
	const measure = counted[0] && lookup(measures, counted[0]);
	const pool = [...indicators];
	for (const indicator of pool) {
		if (expectedMentionUnit(indicator.unit) !== figure.mention.unit) continue;
		if (measure && indicator.unit !== measure) continue;
		const { total, hits } = score(indicator, counted, near, far);
		if (countedNoun && !hits.some((h) => matches(h, countedNoun))) continue;
		const known = statusesOf.get(indicator.id);
		// The bus plan is no home for buses delivered, nor closed workshops for those at work: a
		// status of the other kind, or another verb, weighs a third.
		const kindFits = !known || [...known].some((s) => intent.has(s) === intent.has(figure.status));
		const own = verbOf(stemsOf(indicator.label_ru));
		const verbFits = !own || !sentenceVerb || own === sentenceVerb;
		const weighed = kindFits && verbFits ? total : total / 3;
		if (!best || weighed > best.total) best = { indicator, total: weighed, hits };
	}
	// «выйти на 1,8 млн тонн» after «выпустил 1,2 млн тонн цемента»: the one indicator in tonnes.
	const inMeasure = measure ? pool.filter((i) => i.unit === measure) : [];
	if (measure && !countedNoun && inMeasure.length === 1 && (!best || best.total < ENOUGH)) {
		return { indicator: inMeasure[0]!, proposed: false, why: `the only indicator in ${measure}` };
	}
	if (best && best.total >= ENOUGH) {
		return { indicator: best.indicator, proposed: false, why: `matched ${best.hits.join(', ')}` };
	}
	return { indicator: propose(figure, before, after), proposed: true, why: 'no indicator fits' };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');

const verbOf = (stems: string[]) => stems.map((s) => lookup(verbs, s)).find(Boolean);

/** The words of `text` with their stems, for naming a proposal in the article's own words. */
const wordsOf = (text: string) =>
	[...text.matchAll(/[А-Яа-яЁё-]{3,}/g)].map(([word]) => ({ word, stem: stemsOf(word)[0] ?? '' }));

/**
 * A new indicator named after the counted thing, or the subject of the sentence (its first noun
 * the glossary knows; «доля X» is the share of X), and what happened to it.
 */
function propose(figure: FigureContext, before: string[], after: string[]): IndicatorEntry {
	const { mention } = figure;
	const preceding = wordsOf(figure.before);
	const words = [...preceding, ...wordsOf(figure.after)];
	const counted = mention.unit === null ? words.slice(preceding.length, preceding.length + 3) : [];
	// «1,2 млн тонн цемента»: measured in tonnes, and what is measured is cement.
	const measure = counted[0] && lookup(measures, counted[0].stem);
	const known = (w: { stem: string }) => lookup(nouns, w.stem) !== undefined;
	const subject = counted.find(known) ?? words.find(known);
	const at = subject ? words.indexOf(subject) : -1;
	const [noun, sector] = (subject && lookup(nouns, subject.stem)) ?? ['figures', 'manufacturing'];
	const of = noun === 'share' ? words.slice(at + 1).find(known) : undefined;
	const ofNoun = of && lookup(nouns, of.stem)?.[0];
	const verb = verbOf([...before, ...after]);
	// «Exports exported» says it twice: the noun alone.
	const redundant = verb && noun.slice(0, 5) === verb.slice(0, 5);
	const named = ofNoun ? `share of ${ofNoun}` : verb && !redundant ? `${noun} ${verb}` : noun;
	const label_en = capital(named);
	const unit = mention.unit !== null ? mention.unit.toLowerCase() : (measure ?? slug(noun));
	const phrase = at === -1 ? [] : words.slice(at, at + 3).map((w) => w.word);
	return {
		id: slug(mention.unit === null && !measure ? label_en : `${label_en}_${unit}`),
		label_en,
		label_ru: capital(phrase.join(' ') || figure.sentence.slice(0, 60)),
		sector: (of && lookup(nouns, of.stem)?.[1]) ?? sector,
		unit,
		description: `Proposed by the draft of ${figure.articleId} from «${figure.sentence}»: check the labels, unit and sector.`,
		description_ru: `Предложен черновиком статьи ${figure.articleId} по фразе «${figure.sentence}»: проверьте названия, единицу и отрасль.`,
		keywords: []
	};
}
