/**
 * Scores the extractor on held-out sentences: recall and precision of the numbers found (an
 * extracted mention and an expected figure are the same number when their spans overlap), and how
 * often the value, unit and qualifier of a matched number are right.
 */
import type { ExtractedMention } from '../../../../src/lib/server/schema';
import { extractMentions } from '../extract-mentions';
import type { HeldOutCase, HeldOutFigure } from './held-out-case';

export interface Miss {
	text: string;
	kind: 'missed' | 'spurious' | 'value' | 'unit' | 'qualifier';
	expected: string;
	got: string;
}

export interface Score {
	expected: number;
	extracted: number;
	matched: number;
	recall: number;
	precision: number;
	/** Shares of the matched numbers whose value (and upper bound), unit and qualifier are right. */
	valueRight: number;
	unitRight: number;
	qualifierRight: number;
	misses: Miss[];
}

interface Placed extends HeldOutFigure {
	start: number;
	end: number;
}

/** Each figure's span, searched for after the previous one; a figure not found is a broken case. */
export function placeFigures({ text, figures }: HeldOutCase): Placed[] {
	let from = 0;
	return figures.map((figure) => {
		const start = text.indexOf(figure.figure, from);
		if (start === -1) throw new Error(`«${figure.figure}» is not in «${text}» after ${from}`);
		from = start + figure.figure.length;
		return { ...figure, start, end: from };
	});
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

const show = (
	m: Pick<ExtractedMention, 'value' | 'unit' | 'qualifier'> & { value_max?: number | null }
) =>
	`${m.value}${m.value_max == null ? '' : `–${m.value_max}`} ${m.unit ?? 'plain'} ${m.qualifier}`;

const closeEnough = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function score(cases: readonly HeldOutCase[]): Score {
	let expected = 0;
	let extracted = 0;
	let matched = 0;
	let valueRight = 0;
	let unitRight = 0;
	let qualifierRight = 0;
	const misses: Miss[] = [];
	for (const heldOut of cases) {
		const { text } = heldOut;
		const figures = placeFigures(heldOut);
		const mentions = extractMentions(text);
		expected += figures.length;
		extracted += mentions.length;
		const used = new Set<ExtractedMention>();
		for (const figure of figures) {
			const mention = mentions.find((m) => !used.has(m) && overlaps(m, figure));
			if (!mention) {
				misses.push({
					text,
					kind: 'missed',
					expected: `${figure.figure}: ${show(figure)}`,
					got: ''
				});
				continue;
			}
			used.add(mention);
			matched++;
			const got = `${mention.surface}: ${show(mention)}`;
			const want = `${figure.figure}: ${show(figure)}`;
			const valueOk =
				closeEnough(mention.value, figure.value) &&
				(figure.value_max === undefined
					? mention.value_max === null
					: mention.value_max !== null && closeEnough(mention.value_max, figure.value_max));
			if (valueOk) valueRight++;
			else misses.push({ text, kind: 'value', expected: want, got });
			if (mention.unit === figure.unit) unitRight++;
			else misses.push({ text, kind: 'unit', expected: want, got });
			if (mention.qualifier === figure.qualifier) qualifierRight++;
			else misses.push({ text, kind: 'qualifier', expected: want, got });
		}
		for (const mention of mentions) {
			if (!used.has(mention)) {
				misses.push({
					text,
					kind: 'spurious',
					expected: '',
					got: `${mention.surface}: ${show(mention)}`
				});
			}
		}
	}
	const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
	return {
		expected,
		extracted,
		matched,
		recall: share(matched, expected),
		precision: share(matched, extracted),
		valueRight: share(valueRight, matched),
		unitRight: share(unitRight, matched),
		qualifierRight: share(qualifierRight, matched),
		misses
	};
}
