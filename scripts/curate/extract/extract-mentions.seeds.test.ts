// The extractor on whole articles: every mention of the fixture project's articles, the invariants
// on every seed of the real archive (however many), and sentences of real news taken out of them.
import { describe, expect, test } from 'vitest';
import type { ExtractedMention } from '../../../src/lib/server/schema';
import { fixtureRoot, realRoot, seedsOf } from '../fixture-project';
import { checkInvariants, expectRow, type Row, type Want } from './expect-mentions';
import { extractMentions } from './extract-mentions';

const brief = (m: ExtractedMention): Want =>
	m.value_max === null
		? [m.surface, m.value, m.unit, m.qualifier]
		: [m.surface, [m.value, m.value_max], m.unit, m.qualifier];

/** Every mention in each article of the fixture project, in order: and nothing that is not one. */
const expected: Record<string, Want[]> = {
	bus_plant: [
		['15–20 процентов', [15, 20], 'percent', 'range'],
		['400', 400, null, 'exact'],
		['около двух', 2, null, 'approx'],
		['двенадцать', 12, null, 'exact'],
		['около двух', 2, null, 'approx'],
		['2023–2024 годах', [2023, 2024], 'year', 'range'],
		['2026 года', 2026, 'year', 'exact']
	],
	garment_workshops: [
		['2025 году', 2025, 'year', 'exact'],
		['85', 85, null, 'exact'],
		['почти треть', 1 / 3, 'fraction', 'approx'],
		['два', 2, null, 'exact']
	],
	textile_target: [
		['9%', 9, 'percent', 'exact'],
		['14%', 14, 'percent', 'exact'],
		['2030 году', 2030, 'year', 'exact'],
		['более 200', 200, null, 'more_than'],
		['девять', 9, null, 'exact'],
		['в 1,5 раза', 1.5, 'ratio', 'exact'],
		['двух', 2, null, 'exact'],
		['до 2027 года', 2027, 'year', 'up_to'],
		['2019 года', 2019, 'year', 'exact']
	],
	tokmok_plant: [
		['87,45 сома', 87.45, 'KGS', 'exact'],
		['2025 года', 2025, 'year', 'exact'],
		['до 300', 300, null, 'up_to'],
		['около ста пятидесяти', 150, null, 'approx']
	]
};

describe('the fixture project’s articles', () => {
	const seeds = seedsOf(fixtureRoot);

	test('every article has its expected mentions', () => {
		expect([...seeds.keys()]).toEqual(Object.keys(expected).sort());
	});

	test.each([...seeds])('%s: all mentions', (id, text) => {
		const mentions = extractMentions(text);
		checkInvariants(text, mentions);
		expect(mentions.map(brief)).toEqual(expected[id]);
	});
});

describe('every seed of the real archive', () => {
	const seeds = seedsOf(realRoot);

	test('there is at least one', () => expect(seeds.size).toBeGreaterThan(0));

	test.each([...seeds])('%s: valid, in order, each mention its text', (_, text) => {
		const mentions = extractMentions(text);
		checkInvariants(text, mentions);
		// The header date line is never a mention.
		const header = /^\uFEFF? date \d{4}-\d{2}-\d{2}/.exec(text)?.[0].length ?? 0;
		expect(mentions.every((m) => m.start >= header)).toBe(true);
	});
});

describe('sentences of real news', () => {
	test.each<Row>([
		['мэрия Бишкека планирует в этом году закупить 600 автобусов', ['600', 600]],
		[
			'В 2022–2023 годах в мэрии Бишкека заявляли о готовности',
			['2022–2023 годах', [2022, 2023], 'year', 'range']
		],
		['открытие которого намечено до 2028 года', ['до 2028 года', 2028, 'year', 'up_to']],
		[
			'Рассмотрены перспективные ниши взаимодействия двух стран. В 2025 году тенденция роста сохраняется.',
			['двух', 2],
			['2025 году', 2025, 'year']
		],
		[
			'На данном этапе между Бишкеком и Минском заключено более 50 международных соглашений.',
			['более 50', 50, null, 'more_than']
		],
		['за последние пять лет под руководством президента', ['пять', 5]],
		[
			'только в 2025 году в Кыргызстане было введено в эксплуатацию 119 новых предприятий',
			['2025 году', 2025, 'year'],
			['119', 119]
		]
	])('%s', (...row) => {
		expectRow(row);
	});

	test('a range sits right after «на»; two «около трех лет» are distinct mentions', () => {
		const text =
			'цена отечественных автобусов была на 20–25 процентов выше. Президент около трех лет назад ' +
			'обещал закупить десять автобусов. Завод был запущен около трех лет назад.';
		const mentions = extractMentions(text);
		expect(mentions.map(brief)).toEqual([
			['20–25 процентов', [20, 25], 'percent', 'range'],
			['около трех', 3, null, 'approx'],
			['десять', 10, null, 'exact'],
			['около трех', 3, null, 'approx']
		]);
		expect(mentions[0]?.start).toBe(text.indexOf('на 20–25') + 3);
		const approx = mentions.filter((m) => m.surface === 'около трех');
		expect(approx.map((m) => m.start)).toEqual([
			text.indexOf('около трех лет'),
			text.lastIndexOf('около трех лет')
		]);
	});

	test('«с 16% до 25%» is a change: two exact figures, without «с» and «до»', () => {
		const text =
			'Премьер-министр ещё в конце 2024 года заявлял о планах увеличить показатель с 16% до 25% в ближайшие годы.';
		const [year, from, to, ...rest] = extractMentions(text);
		expect(rest).toEqual([]);
		expect(year).toMatchObject({ surface: '2024 года', value: 2024, unit: 'year' });
		expect(from).toMatchObject({ start: text.indexOf('16%'), end: text.indexOf('16%') + 3 });
		expect(from).toMatchObject({ value: 16, unit: 'percent', qualifier: 'exact' });
		expect(to).toMatchObject({ start: text.indexOf('25%'), end: text.indexOf('25%') + 3 });
		expect(to).toMatchObject({ value: 25, unit: 'percent', qualifier: 'exact' });
	});

	test('bare «тысяч» (thousands of jobs) is not a mention', () => {
		const text =
			'в стране закрылось более 3 тысяч швейных цехов, что привело к потере тысяч рабочих мест.';
		expect(extractMentions(text).map(brief)).toEqual([['более 3 тысяч', 3000, null, 'more_than']]);
	});

	test('the header date is skipped; «с 2001 года» leaves «с» out', () => {
		const text =
			' date 2025-09-29 3.64 BYN\nБеларусь и Кыргызстан подписали дорожную карту сотрудничества до 2030 года\n' +
			'Визита такого уровня не было с 2001 года.';
		const mentions = extractMentions(text);
		expect(mentions.map(brief)).toEqual([
			['3.64 BYN', 3.64, 'BYN', 'exact'],
			['до 2030 года', 2030, 'year', 'up_to'],
			['2001 года', 2001, 'year', 'exact']
		]);
		expect(mentions[0]?.start).toBe(text.indexOf('3.64'));
		expect(mentions[2]?.start).toBe(text.indexOf('с 2001 года') + 2);
	});

	test('in «1 марта 2026 года» only the year is a mention', () => {
		const text = 'Важный шаг был сделан 1 марта 2026 года в Цзинане.';
		const day = text.indexOf('1 марта');
		expect(extractMentions(text)).toEqual([
			expect.objectContaining({ start: day + '1 марта '.length, value: 2026, unit: 'year' })
		]);
	});
});
