/** One thing wrong with the inputs, located as precisely as the input allows. */
export interface Problem {
	file: string;
	line?: number;
	message: string;
}

/**
 * Longest message printed whole. Messages quote the inputs, and an input may hold a line of a
 * megabyte: the terminal gets its start and end, never all of it.
 */
export const maxMessageChars = 600;

/** The text cut in the middle to at most `max` characters, marked with an ellipsis. */
export function shorten(text: string, max = 60): string {
	if (text.length <= max) return text;
	const head = Math.ceil((max - 1) * 0.7);
	return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

export function formatProblem({ file, line, message }: Problem): string {
	const where = line === undefined ? file : `${file}:${line}`;
	return `${where}: ${shorten(message, maxMessageChars)}`;
}

/**
 * The lines to print for a list of problems: at most `perFile` of each file, then one line saying
 * how many more that file has, so a seed with thousands of numbers does not flood the terminal.
 */
export function formatProblems(problems: readonly Problem[], perFile = 20): string[] {
	const shown = new Map<string, number>();
	const lines: string[] = [];
	for (const problem of problems) {
		const count = (shown.get(problem.file) ?? 0) + 1;
		shown.set(problem.file, count);
		if (count <= perFile) lines.push(formatProblem(problem));
	}
	for (const [file, count] of shown) {
		if (count > perFile) lines.push(`${file}: ${count - perFile} more problem(s) not shown`);
	}
	return lines;
}

/** Thrown when inputs are invalid; carries every problem found, not just the first. */
export class CurationError extends Error {
	constructor(readonly problems: Problem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'CurationError';
	}
}

/** 1-based line of a UTF-16 offset in a text. */
export function lineAt(text: string, offset: number): number {
	return lineFinder(text)(offset);
}

/** 1-based line of any offset in a text, each in log time: for texts with many numbers. */
export function lineFinder(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((starts[middle] as number) <= offset) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	};
}
