import { describe, expect, test } from 'vitest';
import {
	formatProblem,
	formatProblems,
	lineAt,
	lineFinder,
	maxMessageChars,
	shorten
} from './problems';

describe('problems', () => {
	test('shorten keeps short text and cuts long text in the middle', () => {
		expect(shorten('закупить 600 автобусов')).toBe('закупить 600 автобусов');
		const cut = shorten('а'.repeat(30) + 'б'.repeat(1_000_000) + 'в'.repeat(30));
		expect(cut).toHaveLength(60);
		expect(cut).toMatch(/^а{30}б+…б*в{17}$/);
	});

	test('a message quoting a megabyte is printed at a bounded length', () => {
		const line = formatProblem({ file: 'seeds/x.txt', line: 3, message: 'x'.repeat(1 << 20) });
		expect(line.startsWith('seeds/x.txt:3: xxx')).toBe(true);
		expect(line.length).toBe('seeds/x.txt:3: '.length + maxMessageChars);
		expect(formatProblem({ file: 'f.yaml', message: 'm' })).toBe('f.yaml: m');
	});

	test('at most so many problems of a file are printed, then how many more', () => {
		const problems = [
			...Array.from({ length: 25 }, (_, i) => ({ file: 'seeds/a.txt', line: i + 1, message: 'n' })),
			{ file: 'seeds/b.txt', line: 1, message: 'n' }
		];
		const lines = formatProblems(problems, 20);
		expect(lines).toHaveLength(22);
		expect(lines[19]).toBe('seeds/a.txt:20: n');
		expect(lines[20]).toBe('seeds/b.txt:1: n');
		expect(lines[21]).toBe('seeds/a.txt: 5 more problem(s) not shown');
	});

	test('lineFinder agrees with counting line breaks, at every offset', () => {
		const text = 'а\nбб\n\nввв\n';
		const naive = (offset: number) => text.slice(0, offset).split('\n').length;
		const find = lineFinder(text);
		for (let offset = 0; offset <= text.length; offset++) {
			expect(find(offset)).toBe(naive(offset));
			expect(lineAt(text, offset)).toBe(naive(offset));
		}
	});
});
