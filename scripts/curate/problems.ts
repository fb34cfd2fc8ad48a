/** One thing wrong with the inputs, located as precisely as the input allows. */
export interface Problem {
	file: string;
	line?: number;
	message: string;
}

export function formatProblem({ file, line, message }: Problem): string {
	return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`;
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
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}
