import { Case, Gender, numeralize } from 'numeralize-ru';
import { describe, expect, test } from 'vitest';
import { extractMentions } from './extract-mentions';
import { expectRow, type Row } from './expect-mentions';

const units: Row[] = [
	['один завод', ['один', 1]],
	['одна фабрика', ['одна', 1]],
	['одно предприятие', ['одно', 1]],
	['для одного цеха', ['одного', 1]],
	['в одной стране', ['одной', 1]],
	['одному заводу', ['одному', 1]],
	['одним решением', ['одним', 1]],
	['в одном городе', ['одном', 1]],
	['одну линию', ['одну', 1]],
	['два завода', ['два', 2]],
	['две линии', ['две', 2]],
	['двух стран', ['двух', 2]],
	['двум странам', ['двум', 2]],
	['двумя цехами', ['двумя', 2]],
	['три завода', ['три', 3]],
	['трех лет', ['трех', 3]],
	['трёх лет', ['трёх', 3]],
	['трем заводам', ['трем', 3]],
	['трём заводам', ['трём', 3]],
	['тремя цехами', ['тремя', 3]],
	['четыре', ['четыре', 4]],
	['четырёх', ['четырёх', 4]],
	['четырьмя', ['четырьмя', 4]],
	['пять лет', ['пять', 5]],
	['пяти лет', ['пяти', 5]],
	['пятью', ['пятью', 5]],
	['шести', ['шести', 6]],
	['семи', ['семи', 7]],
	['восьми', ['восьми', 8]],
	['восемью', ['восемью', 8]],
	['девятью', ['девятью', 9]]
];

const larger: Row[] = [
	['закупить десять автобусов', ['десять', 10]],
	['одиннадцати', ['одиннадцати', 11]],
	['девятнадцатью', ['девятнадцатью', 19]],
	['двадцать пять', ['двадцать пять', 25]],
	['сорок два', ['сорок два', 42]],
	['сорока', ['сорока', 40]],
	['пятидесяти', ['пятидесяти', 50]],
	['шестьюдесятью', ['шестьюдесятью', 60]],
	['девяноста', ['девяноста', 90]],
	['сто двадцать три', ['сто двадцать три', 123]],
	['ста', ['ста', 100]],
	['двести', ['двести', 200]],
	['двухсот', ['двухсот', 200]],
	['двумстам', ['двумстам', 200]],
	['двумястами', ['двумястами', 200]],
	['двухстах', ['двухстах', 200]],
	['трёхсот', ['трёхсот', 300]],
	['четырьмястами', ['четырьмястами', 400]],
	['восьмьюстами', ['восьмьюстами', 800]],
	['девятистах', ['девятистах', 900]],
	['три тысячи двести', ['три тысячи двести', 3200]],
	['двух тысяч', ['двух тысяч', 2000]],
	['одна тысяча', ['одна тысяча', 1000]],
	['тысяча рабочих', ['тысяча', 1000]],
	['тысячу', ['тысячу', 1000]],
	['тысячей', ['тысячей', 1000]],
	['миллион', ['миллион', 1000000]],
	['более миллиона человек', ['более миллиона', 1000000, null, 'more_than']],
	['миллиард', ['миллиард', 1000000000]],
	['полтора', ['полтора', 1.5]],
	['полторы тысячи', ['полторы тысячи', 1500]],
	['полутора миллионов', ['полутора миллионов', 1500000]],
	['полмиллиона', ['полмиллиона', 500000]],
	['два с половиной миллиона', ['два с половиной миллиона', 2500000]],
	['один миллион пятьсот тысяч', ['один миллион пятьсот тысяч', 1500000]],
	['Десять автобусов', ['Десять', 10]],
	['Три завода', ['Три', 3]],
	['(две тысячи)', ['две тысячи', 2000]],
	['«три»', ['три', 3]],
	['5 тысяч', ['5 тысяч', 5000]],
	['пять млн', ['пять млн', 5000000]],
	['десять процентов', ['десять процентов', 10, 'percent']],
	['около трех лет', ['около трех', 3, null, 'approx']],
	['около тысячи человек', ['около тысячи', 1000, null, 'approx']],
	['от пяти до семи', ['от пяти до семи', [5, 7]]],
	['от двух до трёх миллионов сомов', ['от двух до трёх миллионов сомов', [2e6, 3e6], 'KGS']],
	['двух-трех', ['двух-трех', [2, 3]]],
	['пять-шесть тысяч', ['пять-шесть тысяч', [5000, 6000]]],
	// Two numbers side by side that do not make one compound stay two.
	['пять шесть', ['пять', 5], ['шесть', 6]],
	['двадцать тридцать', ['двадцать', 20], ['тридцать', 30]],
	['семью тысячами', ['семью тысячами', 7000]]
];

const notNumbers: Row[] = [
	// Vague plurals: «thousands», «millions».
	['потере тысяч рабочих мест'],
	['тысячи людей'],
	['миллионы'],
	['миллионов долларов'],
	// Plural «одни» (some), «оба», ordinals, zero in words, and words that only contain a number.
	['одни говорят, одних нет, одними словами'],
	['оба завода, обе стороны, обеих стран'],
	['первый, второго, третьем'],
	['ноль'],
	['пятница, стол, девятый, сотни, сотня'],
	// «семью» is nearly always «семья» (family); «один из» is «one of».
	['свою семью'],
	['один из заводов'],
	['одна из проблем'],
	['с одной стороны']
];

describe('number words', () => {
	test.each(units)('units: %s', (...row) => void expectRow(row));
	test.each(larger)('compounds: %s', (...row) => void expectRow(row));
	test.each(notNumbers)('not numbers: %s', (...row) => void expectRow(row));
});

const cases = [
	Case.Nominative,
	Case.Genitive,
	Case.Dative,
	Case.Accusative,
	Case.Instrumental,
	Case.Prepositional
];
const genders = [Gender.Masculine, Gender.Feminine, Gender.Neuter];
const combos = cases.flatMap((kase) => genders.map((gender) => ({ kase, gender })));

const numbers: number[] = [];
for (let n = 1; n <= 1000; n++) numbers.push(n);
for (let n = 1001; n < 1_000_000; n += 997) numbers.push(n);
numbers.push(1500, 21000, 1_000_000, 1_500_000, 2_000_000, 123_456_789, 5_122_981_121);
numbers.push(1_000_000_000_000, 999_999_999_999_999);

/** «семью» alone is read as the noun (family), see above: the one form left out on purpose. */
const leftOut = new Set(['семью', 'Семью']);

/** Reads each spelled number back; returns those that do not come back whole and equal. */
function misread(write: (n: number) => string): string[] {
	const wrong: string[] = [];
	for (const n of numbers) {
		const text = write(n);
		if (leftOut.has(text)) continue;
		const found = extractMentions(text);
		const ok = found.length === 1 && found[0]?.surface === text && found[0].value === n;
		if (!ok) wrong.push(`${n} «${text}» → ${JSON.stringify(found.map((m) => m.surface))}`);
	}
	return wrong;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

describe('every number spelled by numeralize-ru reads back', () => {
	test.each(combos)('case $kase, gender $gender', ({ kase, gender }) => {
		expect(misread((n) => numeralize(n, gender, kase, false))).toEqual([]);
		expect(misread((n) => numeralize(n, gender, kase, true))).toEqual([]);
	});

	test.each(combos)(
		'with е for ё and a capital: case $kase, gender $gender',
		({ kase, gender }) => {
			expect(misread((n) => capitalize(numeralize(n, gender, kase).replaceAll('ё', 'е')))).toEqual(
				[]
			);
		}
	);

	test('the instrumental «семью» alone is the only form left out', () => {
		expect(numeralize(7, Gender.Masculine, Case.Instrumental)).toBe('семью');
		expect(extractMentions('семью')).toEqual([]);
		expect(extractMentions('двадцатью семью')).toMatchObject([{ value: 27 }]);
	});
});
