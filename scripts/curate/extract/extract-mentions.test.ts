import { describe, expect, test } from 'vitest';
import { extractMentions } from './extract-mentions';
import { expectMentions, expectRow, type Row } from './expect-mentions';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const digits: Row[] = [
	['закупить 600 автобусов', ['600', 600]],
	['всего 0 случаев', ['0', 0]],
	['150 000 тонн', ['150 000', 150000]],
	['1 250 000 жителей', ['1 250 000', 1250000]],
	[`150${NBSP}000 тонн`, [`150${NBSP}000`, 150000]],
	[`1${NNBSP}250${NNBSP}000 жителей`, [`1${NNBSP}250${NNBSP}000`, 1250000]],
	['12 345,67 сома', ['12 345,67 сома', 12345.67, 'KGS']],
	// Groups are exactly three digits after one to three: «2025 150» is two numbers.
	['в 2025 150 новых', ['2025', 2025], ['150', 150]],
	['1 2345', ['1', 1], ['2345', 2345]],
	['курс 3.64 за рубль', ['3.64', 3.64]],
	['доля 0,5 и 0.25', ['0,5', 0.5], ['0.25', 0.25]],
	// A comma before a space separates a list, it is not a decimal comma.
	['в 2023, 2024 и 2025', ['2023', 2023], ['2024', 2024], ['2025', 2025]],
	['Итого 5.', ['5', 5]],
	['рост −3,5%', ['−3,5%', -3.5, 'percent']],
	['итог -5% за год', ['-5%', -5, 'percent']],
	['рост +5%', ['+5%', 5, 'percent']],
	['(-5)', ['-5', -5]]
];

const multipliers: Row[] = [
	['5 тыс. тонн', ['5 тыс.', 5000]],
	['5 тыс тонн', ['5 тыс', 5000]],
	['5 тысяч тонн', ['5 тысяч', 5000]],
	['2,5 тысячи', ['2,5 тысячи', 2500]],
	['к 1 тысяче', ['1 тысяче', 1000]],
	['с 3 тысячами рабочих', ['3 тысячами', 3000]],
	['о 4 тысячах', ['4 тысячах', 4000]],
	['3 млн человек', ['3 млн', 3000000]],
	['3 млн. человек', ['3 млн.', 3000000]],
	['2 миллиона', ['2 миллиона', 2000000]],
	['7 миллионов', ['7 миллионов', 7000000]],
	['1,5 млрд', ['1,5 млрд', 1500000000]],
	['2 млрд.', ['2 млрд.', 2000000000]],
	['4 миллиарда', ['4 миллиарда', 4000000000]],
	['1,2 трлн', ['1,2 трлн', 1200000000000]],
	['2,3 млн', ['2,3 млн', 2300000]],
	['0,7 млн', ['0,7 млн', 700000]],
	['1,25 тыс.', ['1,25 тыс.', 1250]],
	['5млн', ['5млн', 5000000]],
	['1 млрд 200 млн', ['1 млрд 200 млн', 1200000000]],
	['5 млн 300 тыс. человек', ['5 млн 300 тыс.', 5300000]]
];

const qualifiers: Row[] = [
	['более 3 тысяч', ['более 3 тысяч', 3000, null, 'more_than']],
	['Более 50 соглашений', ['Более 50', 50, null, 'more_than']],
	['свыше 100', ['свыше 100', 100, null, 'more_than']],
	['больше 7', ['больше 7', 7, null, 'more_than']],
	['сверх 10 тонн', ['сверх 10', 10, null, 'more_than']],
	['более чем 5', ['более чем 5', 5, null, 'more_than']],
	['около 20', ['около 20', 20, null, 'approx']],
	['порядка 30', ['порядка 30', 30, null, 'approx']],
	['почти 40', ['почти 40', 40, null, 'approx']],
	['примерно 50', ['примерно 50', 50, null, 'approx']],
	['приблизительно 60', ['приблизительно 60', 60, null, 'approx']],
	['ориентировочно 70', ['ориентировочно 70', 70, null, 'approx']],
	['где-то 80', ['где-то 80', 80, null, 'approx']],
	['менее 5', ['менее 5', 5, null, 'less_than']],
	['меньше 6', ['меньше 6', 6, null, 'less_than']],
	['менее чем 5', ['менее чем 5', 5, null, 'less_than']],
	['не менее 5', ['не менее 5', 5, null, 'at_least']],
	['не меньше 6', ['не меньше 6', 6, null, 'at_least']],
	['как минимум 7', ['как минимум 7', 7, null, 'at_least']],
	['минимум 8', ['минимум 8', 8, null, 'at_least']],
	['по меньшей мере 9', ['по меньшей мере 9', 9, null, 'at_least']],
	['до 5', ['до 5', 5, null, 'up_to']],
	['не более 5', ['не более 5', 5, null, 'up_to']],
	['не больше 6', ['не больше 6', 6, null, 'up_to']],
	['не свыше 7', ['не свыше 7', 7, null, 'up_to']],
	['максимум 8', ['максимум 8', 8, null, 'up_to']],
	['вплоть до 9', ['вплоть до 9', 9, null, 'up_to']],
	['ОКОЛО 5', ['ОКОЛО 5', 5, null, 'approx']],
	// Punctuation between the word and the figure breaks the link.
	['более, 5', ['5', 5]],
	['около\n5', ['5', 5]],
	['наиболее 5', ['5', 5]]
];

const ranges: Row[] = [
	['на 20–25 процентов выше', ['20–25 процентов', [20, 25], 'percent']],
	['20-25', ['20-25', [20, 25]]],
	['20—25', ['20—25', [20, 25]]],
	['20 – 25', ['20 – 25', [20, 25]]],
	['20 - 25', ['20 - 25', [20, 25]]],
	['20%–25%', ['20%–25%', [20, 25], 'percent']],
	['20–25%', ['20–25%', [20, 25], 'percent']],
	['от 5 до 7', ['от 5 до 7', [5, 7]]],
	['От 5 до 7', ['От 5 до 7', [5, 7]]],
	['от 5 до 7 тыс.', ['от 5 до 7 тыс.', [5000, 7000]]],
	['от 5 тыс. до 7 тыс. сомов', ['от 5 тыс. до 7 тыс. сомов', [5000, 7000], 'KGS']],
	['от 500 тыс. до 1 млн', ['от 500 тыс. до 1 млн', [500000, 1000000]]],
	// The multiplier is only borrowed when that keeps the range rising.
	['от 500 до 2 млн', ['от 500 до 2 млн', [500, 2000000]]],
	['$5–7 млн', ['$5–7 млн', [5000000, 7000000], 'USD']],
	['от $5 до $7 млн', ['от $5 до $7 млн', [5000000, 7000000], 'USD']],
	['1,5–2 млрд сомов', ['1,5–2 млрд сомов', [1500000000, 2000000000], 'KGS']],
	['около 20–25', ['20–25', [20, 25]]],
	// A falling pair is not a range: here the dash is punctuation.
	['в 2025 — 119 предприятий', ['2025', 2025], ['119', 119]],
	['10% — 20 компаний', ['10%', 10, 'percent'], ['20', 20]]
];

const changes: Row[] = [
	['увеличить с 16% до 25%', ['16%', 16, 'percent'], ['25%', 25, 'percent']],
	['снизить с 25% до 16%', ['25%', 25, 'percent'], ['16%', 16, 'percent']],
	['с 5 до 7 млн сомов', ['5', 5000000, 'KGS'], ['7 млн сомов', 7000000, 'KGS']],
	['со 100 до 200', ['100', 100], ['200', 200]],
	['с 2020 по 2025 год', ['2020', 2020, 'year'], ['2025 год', 2025, 'year']],
	// After a verb of change «до» names the new level (more in the phrases tests).
	['вырос на 5% до 25%', ['5%', 5, 'percent'], ['25%', 25, 'percent']],
	['от 5 до', ['5', 5]],
	['от 5 тысяч', ['5 тысяч', 5000]]
];

describe('extractMentions', () => {
	test.each(digits)('digits: %s', (...row) => void expectRow(row));
	test.each(multipliers)('multipliers: %s', (...row) => void expectRow(row));
	test.each(qualifiers)('qualifiers: %s', (...row) => void expectRow(row));
	test.each(ranges)('ranges: %s', (...row) => void expectRow(row));
	test.each(changes)('changes and «от»: %s', (...row) => void expectRow(row));

	test('offsets are UTF-16 indices into the text', () => {
		const text = 'Цена 😀 была на 20–25 процентов выше, около 600 сомов.';
		const [range, approx] = extractMentions(text);
		expect(range).toMatchObject({ start: text.indexOf('20–25'), end: text.indexOf(' выше') });
		expect(approx).toMatchObject({ start: text.indexOf('около'), end: text.indexOf('.') });
	});

	test('a digit string beyond the safe integers is still a mention', () => {
		const [m] = expectMentions('99999999999999999999999 тонн', [['99999999999999999999999', 1e23]]);
		expect(Number.isSafeInteger(m?.value)).toBe(false);
	});

	test('scaling is exact, not a float multiplication', () => {
		const values = extractMentions('2,3 млн; 1,1 млрд; 0,07 тыс.; 4,35 млн; 9,99 трлн').map(
			(m) => m.value
		);
		expect(values).toEqual([2300000, 1100000000, 70, 4350000, 9990000000000]);
	});

	test('an empty or number-free text has no mentions', () => {
		expect(extractMentions('')).toEqual([]);
		expect(extractMentions('Никаких чисел здесь нет.')).toEqual([]);
	});

	test('a long text is scanned whole, every mention in order', () => {
		const block = 'В 2025 году закупили 600 автобусов, около трех тысяч человек. ';
		const mentions = extractMentions(block.repeat(500));
		expect(mentions).toHaveLength(1500);
		expect(mentions[1499]).toMatchObject({ surface: 'около трех тысяч', value: 3000 });
	});
});
