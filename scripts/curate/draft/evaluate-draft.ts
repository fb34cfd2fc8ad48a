/**
 * Scores a draft against an analyst's answer key (tests/fixtures/draft-articles/*.key.yaml): how
 * many of the analyst's facts the draft takes as facts, how many of its facts the analyst would
 * take, and how often the status, qualifier and period of a fact both take are the analyst's.
 */
import { parse } from 'yaml';
import type { ExtractedMention } from '../../../src/lib/server/schema';
import { locateFigure } from '../locate';
import type { Draft } from './draft-article';

export interface KeyFigure {
	text: string;
	sentence: string;
	take: 'fact' | 'dismiss';
	status: string | null;
	qualifier: string | null;
	period: string | null;
}

export interface DraftScore {
	analystFacts: number;
	draftedFacts: number;
	/** Analyst's facts the draft also took as facts. */
	matched: number;
	recall: number;
	precision: number;
	statusRight: number;
	qualifierRight: number;
	periodRight: number;
	misses: string[];
}

export function readKey(yaml: string): KeyFigure[] {
	return (parse(yaml) as { figures: KeyFigure[] }).figures;
}

/** Where each key figure stands in the text: its sentence, then its text inside it. */
function placeKey(
	text: string,
	key: KeyFigure[]
): { start: number; end: number; figure: KeyFigure }[] {
	const used = new Map<string, number>();
	return key.map((figure) => {
		const from = used.get(figure.sentence) ?? 0;
		const sentence = text.indexOf(figure.sentence);
		const start = text.indexOf(figure.text, Math.max(sentence, from));
		if (sentence === -1 || start === -1)
			throw new Error(`«${figure.text}» of «${figure.sentence}» is not in the text`);
		used.set(figure.sentence, start + figure.text.length);
		return { start, end: start + figure.text.length, figure };
	});
}

const share = (n: number, of: number) => (of === 0 ? 1 : n / of);

export function scoreDraft(
	text: string,
	mentions: readonly ExtractedMention[],
	draft: Draft,
	key: KeyFigure[]
): DraftScore {
	const placed = placeKey(text, key);
	const facts = draft.facts.map(({ entry }) => {
		const located = locateFigure(text, mentions, entry);
		if ('problem' in located) throw new Error(located.problem);
		return { entry, mention: located.mention };
	});
	const analyst = placed.filter((p) => p.figure.take === 'fact');
	const misses: string[] = [];
	let matched = 0;
	let statusRight = 0;
	let qualifierRight = 0;
	let periodRight = 0;
	for (const { start, end, figure } of analyst) {
		const fact = facts.find((f) => f.mention.start < end && f.mention.end > start);
		if (!fact) {
			misses.push(`not drafted as a fact: «${figure.text}»`);
			continue;
		}
		matched++;
		const qualifier = fact.entry.qualifier ?? fact.mention.qualifier;
		if (fact.entry.status === figure.status) statusRight++;
		else misses.push(`status of «${figure.text}»: ${fact.entry.status}, analyst ${figure.status}`);
		if (qualifier === figure.qualifier) qualifierRight++;
		else misses.push(`qualifier of «${figure.text}»: ${qualifier}, analyst ${figure.qualifier}`);
		if (fact.entry.period === (figure.period ?? '')) periodRight++;
		else misses.push(`period of «${figure.text}»: ${fact.entry.period}, analyst ${figure.period}`);
	}
	const taken = facts.filter(({ mention }) =>
		analyst.some(({ start, end }) => mention.start < end && mention.end > start)
	).length;
	for (const { entry, mention } of facts) {
		if (!analyst.some(({ start, end }) => mention.start < end && mention.end > start)) {
			misses.push(`drafted a fact the analyst dismisses: «${mention.surface}» (${entry.id})`);
		}
	}
	return {
		analystFacts: analyst.length,
		draftedFacts: facts.length,
		matched,
		recall: share(matched, analyst.length),
		precision: share(taken, facts.length),
		statusRight: share(statusRight, matched),
		qualifierRight: share(qualifierRight, matched),
		periodRight: share(periodRight, matched),
		misses
	};
}
