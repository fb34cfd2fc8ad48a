import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ExtractedMention } from '../../../src/lib/domain/schema';
import { checkInvariants, type Want } from './expect-mentions';
import { extractMentions } from './extract-mentions';

const seedDir = join(import.meta.dirname, '../../../seeds');
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
const seed = (prefix: string) => {
	const file = seedFiles.find((f) => f.startsWith(prefix));
	if (!file) throw new Error(`no seed ${prefix}`);
	return readFileSync(join(seedDir, file), 'utf8');
};

const brief = (m: ExtractedMention): Want =>
	m.value_max === null
		? [m.surface, m.value, m.unit, m.qualifier]
		: [m.surface, [m.value, m.value_max], m.unit, m.qualifier];

/** Every mention in each seed, in order: the key figures and nothing that is not a quantity. */
const expected: Record<string, Want[]> = {
	'000': [
		['20–25 процентов', [20, 25], 'percent', 'range'],
		['600', 600, null, 'exact'],
		['около трех', 3, null, 'approx'],
		['десять', 10, null, 'exact'],
		['около трех', 3, null, 'approx'],
		['2022–2023 годах', [2022, 2023], 'year', 'range'],
		['2026 года', 2026, 'year', 'exact']
	],
	'001': [
		['2024 года', 2024, 'year', 'exact'],
		['16%', 16, 'percent', 'exact'],
		['25%', 25, 'percent', 'exact'],
		['2024 года', 2024, 'year', 'exact']
	],
	'002': [
		['более 3 тысяч', 3000, null, 'more_than'],
		['до 2028 года', 2028, 'year', 'up_to']
	],
	'003': [
		['3.64 BYN', 3.64, 'BYN', 'exact'],
		['до 2030 года', 2030, 'year', 'up_to'],
		['двух', 2, null, 'exact'],
		['2001 года', 2001, 'year', 'exact'],
		['2025 году', 2025, 'year', 'exact'],
		['более 50', 50, null, 'more_than'],
		['двух', 2, null, 'exact'],
		['до 2030 года', 2030, 'year', 'up_to']
	],
	'004': [
		['двух', 2, null, 'exact'],
		['2026 года', 2026, 'year', 'exact'],
		['пять', 5, null, 'exact'],
		['2025 году', 2025, 'year', 'exact'],
		['119', 119, null, 'exact']
	]
};

describe('the seed articles', () => {
	test('there are five seeds', () => {
		expect(seedFiles).toHaveLength(5);
	});

	test.each(Object.keys(expected))('seed %s: all mentions', (prefix) => {
		const text = seed(prefix);
		const mentions = extractMentions(text);
		checkInvariants(text, mentions);
		expect(mentions.map(brief)).toEqual(expected[prefix]);
	});

	test('seed 000: the range sits right after «на» and the two «около трех лет» are distinct', () => {
		const text = seed('000');
		const mentions = extractMentions(text);
		expect(mentions[0]?.start).toBe(text.indexOf('на 20–25') + 3);
		const approx = mentions.filter((m) => m.surface === 'около трех');
		expect(approx.map((m) => m.start)).toEqual([
			text.indexOf('около трех лет'),
			text.lastIndexOf('около трех лет')
		]);
	});

	test('seed 001: «с 16% до 25%» is a change, two exact figures without «с» and «до»', () => {
		const text = seed('001');
		const [, from, to] = extractMentions(text);
		expect(from).toMatchObject({ start: text.indexOf('16%'), end: text.indexOf('16%') + 3 });
		expect(to).toMatchObject({ start: text.indexOf('25%'), end: text.indexOf('25%') + 3 });
	});

	test('seed 002: bare «тысяч» (thousands of jobs) is not a mention', () => {
		const text = seed('002');
		const vague = text.indexOf('тысяч рабочих');
		expect(extractMentions(text).some((m) => m.start <= vague && m.end > vague)).toBe(false);
	});

	test('seed 003: the header date is skipped, «с 2001 года» leaves «с» out', () => {
		const text = seed('003');
		const mentions = extractMentions(text);
		expect(mentions[0]?.start).toBe(text.indexOf('3.64'));
		const since = mentions.find((m) => m.value === 2001);
		expect(since?.start).toBe(text.indexOf('с 2001 года') + 2);
	});

	test('seed 004: in «1 марта 2026 года» only the year is a mention', () => {
		const text = seed('004');
		const day = text.indexOf('1 марта');
		const mentions = extractMentions(text);
		expect(mentions.some((m) => m.start <= day && m.end > day)).toBe(false);
		expect(mentions.find((m) => m.value === 2026)?.start).toBe(day + '1 марта '.length);
	});
});
