/** A stretch of a sentence as offsets into it. */
export interface Span {
	start: number;
	end: number;
}

/** The stretch of `folded` around offset `at` that no match of `boundary` (a /g pattern) cuts. */
export function spanAround(folded: string, at: number, boundary: RegExp): Span {
	let start = 0;
	let end = folded.length;
	for (const m of folded.matchAll(boundary)) {
		if (m.index + m[0].length <= at) start = m.index + m[0].length;
		else if (m.index >= at) {
			end = m.index;
			break;
		}
	}
	return { start, end };
}
