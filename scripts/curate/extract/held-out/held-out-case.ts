import type { MentionUnit, Qualifier } from '../../../../src/lib/server/schema';

/**
 * One number a careful reader takes from a sentence. `figure` is the number as written, digits or
 * words with its multiplier and unit (`300 млн долларов`, `2,4 п.п.`, `четверти`, `1,7 раза`),
 * without the qualifier words; the evaluation finds it in the text after the previous figure and
 * counts an extracted mention as the same number when their spans overlap.
 */
export interface HeldOutFigure {
	figure: string;
	value: number;
	/** The upper bound of a range. */
	value_max?: number;
	unit: MentionUnit;
	qualifier: Qualifier;
}

/** A sentence and every number in it, in order; an empty list says the sentence holds none. */
export interface HeldOutCase {
	text: string;
	figures: HeldOutFigure[];
}
