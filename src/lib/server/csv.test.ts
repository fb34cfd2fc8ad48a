import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseCsv, toCsv } from './csv';

const Row = z.object({
	id: z.string(),
	n: z.int(),
	x: z.number().nullable(),
	flag: z.boolean(),
	text: z.string()
});
const rows = [
	{ id: 'a', n: 1, x: 3.64, flag: true, text: 'plain' },
	{ id: 'b', n: 2, x: null, flag: false, text: 'comma, "quote"\nand a new line' },
	{ id: 'c', n: 3, x: 0.5, flag: true, text: 'Кыргызстан — 20–25%' },
	{ id: 'd', n: 4, x: 1, flag: false, text: 'a new line\nwithout a comma' }
];

describe('toCsv / parseCsv', () => {
	test('writes RFC 4180: header, CRLF records, quoting only where needed', () => {
		expect(toCsv(Row, rows)).toBe(
			'id,n,x,flag,text\r\n' +
				'a,1,3.64,true,plain\r\n' +
				'b,2,,false,"comma, ""quote""\nand a new line"\r\n' +
				'c,3,0.5,true,Кыргызстан — 20–25%\r\n' +
				'd,4,1,false,"a new line\nwithout a comma"\r\n'
		);
	});

	test('reads back exactly the rows written, null and booleans included', () => {
		expect(parseCsv(Row, toCsv(Row, rows))).toEqual(rows);
	});

	test('a wrong header is an error naming line 1', () => {
		expect(() => parseCsv(Row, 'id,n\r\na,1\r\n', 'x.csv')).toThrow(
			/^x\.csv:1: expected the header/
		);
	});

	test('a cell that breaks the schema is an error naming its line', () => {
		const bad = toCsv(Row, rows).replace('c,3,', 'c,3.5,');
		expect(() => parseCsv(Row, bad, 'x.csv')).toThrow(/^x\.csv:5: n: /);
	});
});
