/** The days an EDTF period covers, as ISO dates, so that periods can be ordered and nested. */
export interface DayRange {
	start: string;
	end: string;
}

/** An open end (`..`): before or after any day a source can name. */
const earliest = '0000-01-01';
const latest = '9999-12-31';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthRange = (year: number, from: number, to: number): DayRange => {
	const endYear = to > 12 ? year + 1 : year;
	const endMonth = to > 12 ? to - 12 : to;
	return {
		start: `${year}-${pad(from)}-01`,
		end: `${endYear}-${pad(endMonth)}-${pad(lastDay(endYear, endMonth))}`
	};
};
/**
 * EDTF level-2 groupings of a year, as months: seasons 21–24 (spring is March–May, winter runs from
 * December into February of the next year), quarters 33–36, half-years 40–41.
 */
const groupMonths: Record<number, [number, number]> = {
	21: [3, 5],
	22: [6, 8],
	23: [9, 11],
	24: [12, 14],
	33: [1, 3],
	34: [4, 6],
	35: [7, 9],
	36: [10, 12],
	40: [1, 6],
	41: [7, 12]
};

/** `2026` → the year; `2026-01` → January; `2024-22` → summer; `2023~` → 2023 (about it). */
function pointRange(point: string): DayRange {
	const bare = point.replace(/[~?%]$/, '');
	const [y, m, d] = bare.split('-');
	const year = Number(y);
	if (d) return { start: bare, end: bare };
	if (m) {
		const month = Number(m);
		const [from, to] = groupMonths[month] ?? [month, month];
		return monthRange(year, from, to);
	}
	return monthRange(year, 1, 12);
}

/** A period the article does not give: before every known one, and within none. */
const unknown: DayRange = { start: '', end: '' };

/** `../2028` → everything up to the end of 2028; `2025/..` → from 2025 on. */
export function periodRange(period: string): DayRange {
	if (period === '') return unknown;
	const [from = '', to] = period.split('/');
	if (to === undefined) return pointRange(from);
	return {
		start: from === '..' ? earliest : pointRange(from).start,
		end: to === '..' ? latest : pointRange(to).end
	};
}

export const startsOpen = (range: DayRange) => range.start === earliest;

/** Whether every day of `inner` lies within `outer`; an unknown period lies within none. */
export const within = (inner: DayRange, outer: DayRange) =>
	inner.start !== '' && outer.start !== '' && inner.start >= outer.start && inner.end <= outer.end;

/** Earlier first: by the last day, then by the first. */
export const byEnd = (a: DayRange, b: DayRange) =>
	a.end.localeCompare(b.end) || a.start.localeCompare(b.start);

/** Earlier first: by the first day, then by the last. */
export const byStart = (a: DayRange, b: DayRange) =>
	a.start.localeCompare(b.start) || a.end.localeCompare(b.end);
