/**
 * Every form of the Russian cardinal numerals, keyed by the normalized spelling (lowercase, ё as е).
 * Forms are listed in full rather than built from stems: the paradigms are irregular enough
 * (сорок/сорока, двумястами, восьмьюстами) that a list is easier to check against a grammar.
 */
import { WordDict } from './word-dict';

/** How many things a scale word names by itself: «тысяча» is 1000, «тысяч» is vague, «тысячи» is either. */
export type ScaleCount = 'singular' | 'plural' | 'either';

interface Flags {
	/** Far more often another word: «семью» is mostly «семья» (family). */
	weak?: boolean;
	/** A form of «один», for the idioms «один из» (one of) and «с одной стороны». */
	one?: boolean;
}

export type NumberWord = Flags &
	(
		| { kind: 'unit' | 'teen' | 'ten' | 'hundred'; value: number }
		| { kind: 'half' }
		| { kind: 'scale'; exp: number; count: ScaleCount }
		| { kind: 'half-scale'; value: number }
	);

const units: [number, string][] = [
	[1, 'один одна одно одного одной одному одним одном одну одною'],
	[2, 'два две двух двум двумя'],
	[3, 'три трех трем тремя'],
	[4, 'четыре четырех четырем четырьмя'],
	[5, 'пять пяти пятью'],
	[6, 'шесть шести шестью'],
	[7, 'семь семи семью'],
	[8, 'восемь восьми восемью восьмью'],
	[9, 'девять девяти девятью']
];

const teenStems = [
	'десят',
	'одиннадцат',
	'двенадцат',
	'тринадцат',
	'четырнадцат',
	'пятнадцат',
	'шестнадцат',
	'семнадцат',
	'восемнадцат',
	'девятнадцат'
];

const tens: [number, string][] = [
	[20, 'двадцать двадцати двадцатью'],
	[30, 'тридцать тридцати тридцатью'],
	[40, 'сорок сорока'],
	[50, 'пятьдесят пятидесяти пятьюдесятью'],
	[60, 'шестьдесят шестидесяти шестьюдесятью'],
	[70, 'семьдесят семидесяти семьюдесятью'],
	[80, 'восемьдесят восьмидесяти восемьюдесятью'],
	[90, 'девяносто девяноста']
];

const hundreds: [number, string][] = [
	[100, 'сто ста'],
	[200, 'двести двухсот двумстам двумястами двухстах'],
	[300, 'триста трехсот тремстам тремястами трехстах'],
	[400, 'четыреста четырехсот четыремстам четырьмястами четырехстах'],
	[500, 'пятьсот пятисот пятистам пятьюстами пятистах'],
	[600, 'шестьсот шестисот шестистам шестьюстами шестистах'],
	[700, 'семьсот семисот семистам семьюстами семистах'],
	[800, 'восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах'],
	[900, 'девятьсот девятисот девятистам девятьюстами девятистах']
];

/** Singular forms count one of the scale; «тысячи» is also the plural nominative, hence `either`. */
const scales: [number, string, string, string][] = [
	[3, 'тысяча тысяче тысячу тысячей тысячею', 'тысячи', 'тысяч тысячам тысячами тысячах'],
	...(['миллион', 'миллиард', 'триллион'] as const).map(
		(base, i): [number, string, string, string] => [
			6 + 3 * i,
			['', 'а', 'у', 'ом', 'е'].map((s) => base + s).join(' '),
			'',
			['ы', 'ов', 'ам', 'ами', 'ах'].map((s) => base + s).join(' ')
		]
	)
];

function build(): Map<string, NumberWord> {
	const table = new Map<string, NumberWord>();
	const add = (forms: string, word: NumberWord) => {
		for (const form of forms.split(' ')) if (form) table.set(form, word);
	};
	for (const [value, forms] of units) add(forms, { kind: 'unit', value, one: value === 1 });
	add('семью', { kind: 'unit', value: 7, weak: true });
	teenStems.forEach((stem, i) =>
		add(`${stem}ь ${stem}и ${stem}ью`, { kind: 'teen', value: 10 + i })
	);
	for (const [value, forms] of tens) add(forms, { kind: 'ten', value });
	for (const [value, forms] of hundreds) add(forms, { kind: 'hundred', value });
	for (const [exp, singular, either, plural] of scales) {
		add(singular, { kind: 'scale', exp, count: 'singular' });
		add(either, { kind: 'scale', exp, count: 'either' });
		add(plural, { kind: 'scale', exp, count: 'plural' });
	}
	add('полтора полторы полутора', { kind: 'half' });
	add('полтысячи', { kind: 'half-scale', value: 500 });
	add('полмиллиона', { kind: 'half-scale', value: 500_000 });
	add('полмиллиарда', { kind: 'half-scale', value: 500_000_000 });
	return table;
}

const table = build();

/** Every form, lowercase with е for ё: the source of the scan's word pattern. */
export const numberWordForms: readonly string[] = [...table.keys()];

export const numberWords = new WordDict(table);
