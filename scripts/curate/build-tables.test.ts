// buildTables on the fixture project (tests/fixtures/project/): the facts of good input, and every
// kind of bad curation named by file and line. The real archive's invariants: curated-data.test.ts.
import { describe, expect, test } from 'vitest';
import { buildTables, type CurationInputs } from './build-tables';
import { readInputs } from './files';
import { fixtureRoot } from './fixture-project';
import { formatProblem } from './problems';

const fixture = readInputs(fixtureRoot);
// A: a date line, a range, a plan of 400, a derived year, two «около двух лет». B: a statement from
// 9% to 14%. C: an exchange-rate line above its headline. D: no date line.
const A = 'bus_plant';
const B = 'textile_target';
const C = 'tokmok_plant';
const D = 'garment_workshops';
const fileOf = (id: string) => `data/curation/${id}.yaml`;

function edited(id: string, edit: (text: string) => string): CurationInputs {
	if (!fixture.curations.some((c) => c.file === fileOf(id))) throw new Error(`no curation ${id}`);
	return {
		...fixture,
		curations: fixture.curations.map((c) =>
			c.file === fileOf(id) ? { ...c, text: mustChange(c.text, edit) } : c
		)
	};
}
function mustChange(text: string, edit: (text: string) => string) {
	const changed = edit(text);
	if (changed === text) throw new Error('the edit did not apply: fix the test');
	return changed;
}
const problemsOf = (inputs: CurationInputs) => {
	const { tables, problems } = buildTables(inputs);
	expect(tables).toBeUndefined();
	return problems.map(formatProblem);
};
/** The 1-based line of the first line of `text` that holds `part`. */
const lineIn = (text: string, part: string) => {
	if (!text.includes(part)) throw new Error(`${part} not in the text: fix the test`);
	return text.slice(0, text.indexOf(part)).split('\n').length;
};
const curationOf = (id: string) => fixture.curations.find((c) => c.file === fileOf(id))?.text ?? '';
const lineOf = (id: string, part: string) => lineIn(curationOf(id), part);
const seedLine = (id: string, part: string) =>
	lineIn(
		new TextDecoder().decode(fixture.seeds.find((s) => s.file === `seeds/${id}.txt`)?.bytes),
		part
	);
const indicatorLine = (part: string) => lineIn(fixture.indicators.text, part);

describe('buildTables on the fixture project', () => {
	const { tables, problems } = buildTables(fixture);
	const fact = (id: string) => {
		const found = tables?.facts.find((f) => f.fact_id === id);
		if (!found) throw new Error(`no fact ${id}`);
		return found;
	};

	test('passes, with every table filled', () => {
		expect(problems.map(formatProblem)).toEqual([]);
		for (const rows of Object.values(tables ?? {})) expect(rows.length).toBeGreaterThan(0);
	});

	test.each([
		[
			'akzhol-bus-price-premium',
			{ value: 15, value_max: 20, qualifier: 'range', unit: 'percent', status: 'actual' }
		],
		[
			'bishkek-bus-procurement-2026',
			{ value: 400, status: 'plan', period: '2026', period_basis: 'relative', ref_area: 'KG-GB' }
		],
		['transport-ministry-bus-promise', { value: 12, status: 'promise', ref_area: 'KG' }],
		[
			'akzhol-plant-opened',
			{ value: 2024, value_max: null, qualifier: 'approx', unit: 'year', period: '2024~' }
		],
		[
			'garment-share-baseline',
			{ value: 9, status: 'baseline', statement_id: 'garment-share-9-to-14' }
		],
		[
			'garment-share-target',
			{ value: 14, status: 'target', statement_id: 'garment-share-9-to-14' }
		],
		['garment-workshops-opened-2025', { value: 200, qualifier: 'more_than', status: 'actual' }],
		[
			'certification-labs-due',
			{ value: 2027, qualifier: 'up_to', status: 'plan', period: '../2027' }
		],
		['tokmok-agro-opened', { value: 2025, period: '2025-22', status: 'event' }],
		['karasuu-workshops-opened-2025', { value: 85, ref_area: 'KG-O', headline: false }]
	])('fact %s', (id, expected) => {
		expect(fact(id)).toMatchObject({ headline: expect.any(Boolean), ...expected });
	});

	test('a fact stands where its quote does, its figure inside it', () => {
		const f = fact('transport-ministry-bus-promise');
		const text = tables?.articles.find((a) => a.article_id === A)?.text ?? '';
		expect(text.slice(f.quote_start, f.quote_end)).toBe(f.quote);
		expect(text.slice(f.value_start, f.value_end)).toBe('двенадцать');
	});

	test('the exchange-rate line is dismissed as page furniture, never a fact', () => {
		const rate = tables?.mentions.find((m) => m.surface === '87,45 сома');
		expect(rate).toMatchObject({
			article_id: C,
			unit: 'KGS',
			disposition: 'dismissed',
			reason: expect.stringMatching(/page furniture/)
		});
		expect(tables?.facts.some((f) => f.quote.includes('Курс'))).toBe(false);
	});

	test('a repeated figure is dismissed once, where its quote says, and is a fact elsewhere', () => {
		const approx = tables?.mentions.filter((m) => m.article_id === A && m.surface === 'около двух');
		expect(approx?.map((m) => [m.disposition, m.fact_id])).toEqual([
			['dismissed', ''],
			['fact', 'akzhol-plant-opened']
		]);
	});

	test('the dates of the articles: a date line, or none and no invented date', () => {
		const dates = tables?.articles.map((a) => [a.article_id, a.published, a.date_basis]);
		expect(dates).toEqual([
			[A, '2026-02-14', 'header'],
			[D, '', 'unknown'],
			[B, '2025-11-05', 'header'],
			[C, '2025-07-20', 'header']
		]);
	});

	test('an article without a date line takes the curated date, marked as curated', () => {
		const inputs = edited(D, (t) => 'published: 2026-01-10\n' + t);
		const article = buildTables(inputs).tables?.articles.find((a) => a.article_id === D);
		expect(article).toMatchObject({ published: '2026-01-10', date_basis: 'curated' });
	});

	test('the title, publisher and address come from the curation file when it gives them', () => {
		const b = tables?.articles.find((a) => a.article_id === B);
		expect(b).toMatchObject({
			title: 'Правительство утвердило программу развития лёгкой промышленности',
			publisher: 'example.kg',
			url: 'https://example.kg/news/textile-target'
		});
		expect(tables?.articles.find((a) => a.article_id === D)).toMatchObject({
			title: 'Швейники Кара-Суу расширяют производство',
			publisher: '',
			url: ''
		});
	});

	test('headline facts exist', () => {
		expect(tables?.facts.filter((f) => f.headline).length).toBeGreaterThanOrEqual(5);
	});
});

describe('buildTables rejects bad curation, naming file and line', () => {
	test('a quote that is not in the text', () => {
		const inputs = edited(A, (t) => t.replace('закупить 400 автобусов', 'закупить 700 автобусов'));
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${lineOf(A, 'закупить 400 автобусов')}: quote «мэрия Бишкека планирует в этом году закупить 700 автобусов» is not in the article text`
		);
	});

	test('a value that disagrees with the text (a typo)', () => {
		const inputs = edited(A, (t) => t.replace('value: 400', 'value: 440'));
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${lineOf(A, 'value: 400')}: value 440 disagrees with the text: «400» reads 400`
		);
	});

	test('a range whose upper bound disagrees', () => {
		const inputs = edited(A, (t) => t.replace('value_max: 20', 'value_max: 21'));
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${lineOf(A, 'value_max: 20')}: value_max 21 disagrees with the text: «15–20 процентов» reads 20`
		);
	});

	test('a derived year that disagrees', () => {
		const inputs = edited(A, (t) => t.replace('value: 2024', 'value: 2023'));
		expect(problemsOf(inputs).join('\n')).toMatch(/value 2023 disagrees .* reads 2026 − 2 = 2024/);
	});

	test('an unknown indicator', () => {
		const inputs = edited(A, (t) => t.replace('indicator: bus_procurement', 'indicator: bus_plan'));
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${lineOf(A, 'indicator: bus_procurement')}: unknown indicator "bus_plan"`
		);
	});

	test('an indicator used with the wrong unit', () => {
		const inputs = edited(A, (t) =>
			t.replace('indicator: bus_procurement', 'indicator: garment_share_of_industry')
		);
		expect(problemsOf(inputs).join('\n')).toMatch(/is in percent, but «400» is a plain number/);
	});

	test('a duplicate fact id across articles', () => {
		const inputs = edited(B, (t) =>
			t.replace('id: certification-labs-due', 'id: akzhol-plant-opened')
		);
		expect(problemsOf(inputs)).toContain(
			`${fileOf(B)}:${lineOf(B, 'id: certification-labs-due')}: duplicate fact id "akzhol-plant-opened" (also at ${fileOf(A)}:${lineOf(A, 'id: akzhol-plant-opened')})`
		);
	});

	test('an invalid status', () => {
		const inputs = edited(A, (t) => t.replace('status: plan', 'status: planned'));
		expect(problemsOf(inputs).join('\n')).toMatch(
			new RegExp(`${fileOf(A)}:${lineOf(A, 'status: plan')}: facts\\.1\\.status: Invalid option`)
		);
	});

	test('a period that is not EDTF', () => {
		const inputs = edited(A, (t) => t.replace("period: '2026'", 'period: this year'));
		expect(problemsOf(inputs).join('\n')).toMatch(/facts\.1\.period: not an EDTF period/);
	});

	test('a fact missing its indicator', () => {
		const inputs = edited(A, (t) => t.replace('    indicator: bus_procurement\n', ''));
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${lineOf(A, 'id: bishkek-bus-procurement-2026')}: facts.1.indicator: missing: this field is required (string)`
		);
	});

	test('a misspelt key', () => {
		const inputs = edited(A, (t) => t.replace('headline: true', 'headlin: true'));
		expect(problemsOf(inputs).join('\n')).toMatch(/facts\.0: Unrecognized key: "headlin"/);
	});

	test('a YAML syntax error', () => {
		const inputs = edited(A, (t) => t.replace('value: 400', 'value: [400'));
		expect(problemsOf(inputs).join('\n')).toMatch(new RegExp(`${fileOf(A)}:\\d+: YAML syntax`));
	});

	test('an unaccounted number names the seed and its line', () => {
		const inputs = edited(A, (t) => t.replace(/ {2}- figure: 2023–2024 годах\n.*\n/, ''));
		const line = seedLine(A, '2023–2024 годах');
		expect(problemsOf(inputs)).toEqual([
			expect.stringMatching(
				new RegExp(
					`^seeds/${A}\\.txt:${line}: unaccounted number «2023–2024 годах» .*: add a fact or a dismissal to ${fileOf(A)}\\b`
				)
			)
		]);
	});

	test('a number accounted for twice', () => {
		const inputs = edited(A, (t) => t + '  - figure: "400"\n    reason: twice\n');
		const appended = lineOf(A, '') + curationOf(A).split('\n').length - 1;
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${appended}: the number «400» is already accounted for at line ${lineOf(A, 'id: bishkek-bus-procurement-2026')}`
		);
	});

	test('a wrong occurrence number', () => {
		const inputs = edited(C, (t) =>
			t.replace('  - figure: 87,45 сома\n', '  - figure: 87,45 сома\n    occurrence: 2\n')
		);
		expect(problemsOf(inputs).join('\n')).toMatch(
			/occurrence 2 of figure «87,45 сома» does not exist: it occurs 1 time/
		);
	});

	test('a statement that ties a single fact', () => {
		const inputs = edited(B, (t) =>
			t.replace('statement: garment-share-9-to-14', 'statement: alone')
		);
		expect(problemsOf(inputs).join('\n')).toMatch(/statement "alone" must tie two or more facts/);
	});

	test('a relative period in an article without a date', () => {
		const inputs = edited(D, (t) =>
			t.replace("period: '2025'", "period: '2025'\n    period_basis: relative")
		);
		expect(problemsOf(inputs).join('\n')).toMatch(/relative period needs a publication date/);
	});

	test('a curated date that contradicts the date line', () => {
		const inputs = edited(A, (t) => 'published: 2026-03-01\n' + t);
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:1: the seed's date line says 2026-02-14; remove the curated date`
		);
	});

	test('a curation file for an article that does not exist', () => {
		const stray = { file: 'data/curation/999_nothing.yaml', text: 'facts: []\n' };
		const inputs = { ...fixture, curations: [...fixture.curations, stray] };
		expect(problemsOf(inputs)).toContain(
			'data/curation/999_nothing.yaml:1: no seed "seeds/999_nothing.txt" for this curation file: a wrong name, or a removed article?'
		);
	});

	test('two curation files for one article', () => {
		const second = { file: `data/curation/${A}.yml`, text: 'facts: []\n' };
		const inputs = { ...fixture, curations: [...fixture.curations, second] };
		expect(problemsOf(inputs)).toContain(
			`data/curation/${A}.yml:1: a second curation file for article "${A}" (also ${fileOf(A)}): keep one`
		);
	});

	test('a duplicate indicator id', () => {
		const text = mustChange(fixture.indicators.text, (t) =>
			t.replace('id: bus_procurement', 'id: bus_price_premium')
		);
		expect(problemsOf({ ...fixture, indicators: { ...fixture.indicators, text } })).toContain(
			`data/indicators.yaml:${indicatorLine('id: bus_procurement')}: duplicate indicator id "bus_price_premium"`
		);
	});

	/** The fixture's seeds, with `from` replaced by `to` in the text of article `id`. */
	const seedsWith = (id: string, from: string, to: string) =>
		fixture.seeds.map((s) =>
			s.file === `seeds/${id}.txt`
				? {
						...s,
						bytes: new TextEncoder().encode(new TextDecoder().decode(s.bytes).replace(from, to))
					}
				: s
		);

	test('a number too large to store exactly', () => {
		const seeds = seedsWith(A, '400 автобусов', '90071992547409930 автобусов');
		const inputs = edited(A, (t) =>
			t
				.replace('закупить 400 автобусов', 'закупить 90071992547409930 автобусов')
				.replace('value: 400', 'value: 90071992547409930')
		);
		const found = problemsOf({ ...inputs, seeds });
		// Both where the text says it and where the curator wrote it, never a rounded value.
		expect(found).toContain(
			`seeds/${A}.txt:${seedLine(A, '400 автобусов')}: «90071992547409930» is too large to be stored exactly (over Number.MAX_SAFE_INTEGER, 9007199254740991): is it a number of this article?`
		);
		expect(found).toContain(
			`${fileOf(A)}:${lineOf(A, 'value: 400')}: facts.1.value: too large to be stored exactly (over Number.MAX_SAFE_INTEGER, 9007199254740991)`
		);
		expect(found.join('\n')).not.toContain(String(Number('90071992547409930'))); // …940
	});

	test('a dismissed number too large to store exactly is refused too', () => {
		const seeds = seedsWith(A, '400 автобусов', '400 автобусов за 99999999999999999999 сомов');
		const inputs = edited(A, (t) =>
			t.replace(
				'dismissed:\n',
				'dismissed:\n  - figure: 99999999999999999999 сомов\n    reason: a test of a huge number\n'
			)
		);
		expect(problemsOf({ ...inputs, seeds })).toEqual([
			`seeds/${A}.txt:${seedLine(A, '400 автобусов')}: «99999999999999999999 сомов» is too large to be stored exactly (over Number.MAX_SAFE_INTEGER, 9007199254740991): is it a number of this article?`
		]);
	});

	test('every problem is reported, not just the first', () => {
		const inputs = edited(A, (t) =>
			t
				.replace('value: 400', 'value: 401')
				.replace('indicator: bus_price_premium', 'indicator: nope')
		);
		expect(problemsOf(inputs)).toHaveLength(2);
	});
});
