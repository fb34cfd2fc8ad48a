/**
 * The statements of a console script, split on the semicolons that end them. DuckDB-wasm offers no
 * statement splitter, and running a whole script at once hides which statement failed and which
 * result is the last, so the console splits it itself, skipping what a semicolon inside does not
 * end: 'strings', "identifiers", $tag$ dollar-quoted text $tag$, -- line and nested block comments.
 * Statements that hold nothing but comments and space are dropped.
 */
export function splitStatements(script: string): string[] {
	const statements: string[] = [];
	let start = 0;
	let i = 0;
	const n = script.length;
	const push = (end: number) => {
		const statement = script.slice(start, end).trim();
		if (stripComments(statement).trim()) statements.push(statement);
	};
	while (i < n) {
		const c = script[i];
		const tag = c === '$' ? dollarTag(script, i) : undefined;
		if (c === "'" || c === '"') i = closing(script, i + 1, c);
		else if (c === '-' && script[i + 1] === '-') i = lineEnd(script, i);
		else if (c === '/' && script[i + 1] === '*') i = blockCommentEnd(script, i);
		else if (tag) i = dollarEnd(script, i, tag);
		else if (c === ';') {
			push(i);
			start = ++i;
		} else i++;
	}
	push(n);
	return statements;
}

/** Past the closing quote; a doubled quote is an escaped one. An unclosed quote runs to the end. */
function closing(script: string, from: number, quote: string): number {
	let i = from;
	while (i < script.length) {
		if (script[i] === quote) {
			if (script[i + 1] === quote) i += 2;
			else return i + 1;
		} else i++;
	}
	return i;
}

function lineEnd(script: string, from: number): number {
	const newline = script.indexOf('\n', from);
	return newline === -1 ? script.length : newline + 1;
}

/** Block comments nest in DuckDB (as in PostgreSQL). */
function blockCommentEnd(script: string, from: number): number {
	let depth = 0;
	let i = from;
	while (i < script.length) {
		if (script.startsWith('/*', i)) {
			depth++;
			i += 2;
		} else if (script.startsWith('*/', i)) {
			depth--;
			i += 2;
			if (depth === 0) return i;
		} else i++;
	}
	return i;
}

const dollarTagPattern = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;

/** `$$` or `$tag$` opening dollar-quoted text (not `$1`, a parameter). */
function dollarTag(script: string, at: number): string | undefined {
	return dollarTagPattern.exec(script.slice(at, at + 64))?.[0];
}

function dollarEnd(script: string, from: number, tag: string): number {
	const end = script.indexOf(tag, from + tag.length);
	return end === -1 ? script.length : end + tag.length;
}

/** The script without its comments (strings kept), to tell an empty statement from a real one. */
export function stripComments(statement: string): string {
	let out = '';
	let i = 0;
	while (i < statement.length) {
		const c = statement[i];
		if (c === "'" || c === '"') {
			const end = closing(statement, i + 1, c);
			out += statement.slice(i, end);
			i = end;
		} else if (c === '-' && statement[i + 1] === '-') {
			i = lineEnd(statement, i);
			out += '\n';
		} else if (c === '/' && statement[i + 1] === '*') {
			i = blockCommentEnd(statement, i);
			out += ' ';
		} else {
			out += c;
			i++;
		}
	}
	return out;
}
