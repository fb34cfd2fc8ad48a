import { describe, expect, test } from 'vitest';
import { splitStatements, stripComments } from './statements';

describe('splitStatements', () => {
	test.each([
		['SELECT 1', ['SELECT 1']],
		['SELECT 1;', ['SELECT 1']],
		['SELECT 1; SELECT 2;;', ['SELECT 1', 'SELECT 2']],
		["SELECT 'a;b'; SELECT 2", ["SELECT 'a;b'", 'SELECT 2']],
		["SELECT 'it''s; fine'", ["SELECT 'it''s; fine'"]],
		['SELECT 1 AS "a;b"; SELECT 2', ['SELECT 1 AS "a;b"', 'SELECT 2']],
		['SELECT 1 -- not; here\n; SELECT 2', ['SELECT 1 -- not; here', 'SELECT 2']],
		[
			'SELECT /* a; /* nested; */ still; */ 1; SELECT 2',
			['SELECT /* a; /* nested; */ still; */ 1', 'SELECT 2']
		],
		['SELECT $$a;b$$; SELECT $x$c;$$;d$x$', ['SELECT $$a;b$$', 'SELECT $x$c;$$;d$x$']],
		['SELECT $1; SELECT 2', ['SELECT $1', 'SELECT 2']],
		['SELECT 1; -- the end', ['SELECT 1']],
		['SELECT 1; /* only a comment */ ;', ['SELECT 1']],
		['-- a comment first\nSELECT 1', ['-- a comment first\nSELECT 1']],
		["SELECT 'unclosed; SELECT 2", ["SELECT 'unclosed; SELECT 2"]],
		['', []],
		['  ;  \n ; ', []]
	])('%j', (script, expected) => {
		expect(splitStatements(script)).toEqual(expected);
	});
});

describe('stripComments', () => {
	test('keeps strings, drops comments', () => {
		expect(stripComments("SELECT '--x' -- y\n/* z */1")).toBe("SELECT '--x' \n 1");
	});
});
