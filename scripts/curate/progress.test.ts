import { describe, expect, test } from 'vitest';
import { articleProgress } from './progress';

function recorded(isTTY: boolean) {
	const writes: string[] = [];
	return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

function run(isTTY: boolean, total: number) {
	const { stream, writes } = recorded(isTTY);
	const progress = articleProgress(stream);
	for (let done = 1; done <= total; done++) progress.update(done, total);
	progress.finish();
	return writes;
}

describe('articleProgress', () => {
	test('on a terminal, over 100 articles: one line rewritten per percent, cleared at the end', () => {
		const writes = run(true, 10_000);
		expect(writes).toHaveLength(102);
		expect(writes[0]).toBe('\rcurating 1/10,000 articles');
		expect(writes[1]).toBe('\rcurating 100/10,000 articles');
		expect(writes.at(-2)).toBe('\rcurating 10,000/10,000 articles');
		expect(writes.at(-1)).toBe('\r\x1b[K');
	});

	test('quiet when not a terminal (CI, a pipe), and for 100 articles or fewer', () => {
		expect(run(false, 10_000)).toEqual([]);
		expect(run(true, 100)).toEqual([]);
		expect(run(true, 101)).toHaveLength(102);
	});
});
