import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { lineAt, type Problem } from './problems';

/** A YAML file validated by a schema, able to say on which line any part of it stands. */
export interface YamlSource<T> {
	file: string;
	data: T;
	lineOf(path: readonly PropertyKey[]): number;
}

function lineFinder(doc: Document, counter: LineCounter) {
	return (path: readonly PropertyKey[]): number => {
		// A missing key has no node: point at the nearest enclosing one that exists.
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth) as unknown[], true);
			if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
		}
		return 1;
	};
}

export function parseYamlSource<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S
): { source?: YamlSource<z.infer<S>>; problems: Problem[] } {
	// Read as UTF-8 with replacement, so a bad byte shows as U+FFFD, which no curator types.
	for (const [char, message] of [
		['\uFFFD', 'not valid UTF-8 text (or a U+FFFD replacement character)'],
		['\0', 'binary data (a NUL byte) in a YAML file']
	] as const) {
		const at = text.indexOf(char);
		if (at !== -1) return { problems: [{ file, line: lineAt(text, at), message }] };
	}
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			problems: doc.errors.map((error) => ({
				file,
				line: error.linePos?.[0].line,
				message: `YAML syntax: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`
			}))
		};
	}
	const lineOf = lineFinder(doc, counter);
	const result = schema.safeParse(doc.toJS() ?? {});
	if (!result.success) {
		return {
			problems: result.error.issues.map((issue) => ({
				file,
				line: lineOf(issue.path),
				message: `${issue.path.length ? issue.path.join('.') + ': ' : ''}${
					issue.code === 'invalid_type' && !doc.hasIn(issue.path)
						? `missing: this field is required (${issue.expected})`
						: issue.message
				}`
			}))
		};
	}
	return { source: { file, data: result.data, lineOf }, problems: [] };
}
