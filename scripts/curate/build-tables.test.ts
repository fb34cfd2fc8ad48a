import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildTables, type CurationInputs } from './build-tables';
import { readInputs } from './files';
import { formatProblem } from './problems';

const real = readInputs(resolve(import.meta.dirname, '../..'));
const A = '000_391bf6d7a003b31a';
const B = '001_f151a0e0119b62b8';
const fileOf = (id: string) => `data/curation/${id}.yaml`;

function edited(id: string, edit: (text: string) => string): CurationInputs {
	return {
		...real,
		curations: real.curations.map((c) =>
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
const lineOf = (id: string, part: string) => {
	const text = real.curations.find((c) => c.file === fileOf(id))?.text ?? '';
	return text.slice(0, text.indexOf(part)).split('\n').length;
};

const indicatorLine = (part: string) =>
	real.indicators.text.slice(0, real.indicators.text.indexOf(part)).split('\n').length;

describe('buildTables rejects bad curation, naming file and line', () => {
	test('a quote that is not in the text', () => {
		const inputs = edited(A, (t) => t.replace('закупить 600 автобусов', 'закупить 700 автобусов'));
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${lineOf(A, 'закупить 600 автобусов')}: quote «мэрия Бишкека планирует в этом году закупить 700 автобусов» is not in the article text`
		);
	});

	test('a value that disagrees with the text (a typo)', () => {
		const inputs = edited(A, (t) => t.replace('value: 600', 'value: 660'));
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${lineOf(A, 'value: 600')}: value 660 disagrees with the text: «600» reads 600`
		);
	});

	test('a range whose upper bound disagrees', () => {
		const inputs = edited(A, (t) => t.replace('value_max: 25', 'value_max: 26'));
		expect(problemsOf(inputs).join('\n')).toMatch(/:\d+: value_max 26 disagrees with the text/);
	});

	test('a derived year that disagrees', () => {
		const inputs = edited(A, (t) => t.replace('value: 2023', 'value: 2022'));
		expect(problemsOf(inputs).join('\n')).toMatch(/reads 2026 − 3 = 2023/);
	});

	test('an unknown indicator', () => {
		const inputs = edited(A, (t) =>
			t.replace('indicator: bus_purchase_plan', 'indicator: bus_plan')
		);
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${lineOf(A, 'indicator: bus_purchase_plan')}: unknown indicator "bus_plan"`
		);
	});

	test('an indicator used with the wrong unit', () => {
		const inputs = edited(A, (t) =>
			t.replace('indicator: bus_purchase_plan', 'indicator: machinery_share_of_economy')
		);
		expect(problemsOf(inputs).join('\n')).toMatch(/is in percent, but «600» is a plain number/);
	});

	test('a duplicate fact id across articles', () => {
		const inputs = edited(B, (t) =>
			t.replace('id: tulpar-motors-launch', 'id: beles-plant-launch')
		);
		expect(problemsOf(inputs)).toContain(
			`${fileOf(B)}:${lineOf(B, 'id: tulpar-motors-launch')}: duplicate fact id "beles-plant-launch" (also at ${fileOf(A)}:${lineOf(A, 'id: beles-plant-launch')})`
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
		const inputs = edited(A, (t) => t.replace('    indicator: bus_purchase_plan\n', ''));
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:${lineOf(A, 'id: bishkek-bus-purchase-2026')}: facts.1.indicator: missing: this field is required (string)`
		);
	});

	test('a misspelt key', () => {
		const inputs = edited(A, (t) => t.replace('headline: true', 'headlin: true'));
		expect(problemsOf(inputs).join('\n')).toMatch(/facts\.0: Unrecognized key: "headlin"/);
	});

	test('a YAML syntax error', () => {
		const inputs = edited(A, (t) => t.replace('value: 600', 'value: [600'));
		expect(problemsOf(inputs).join('\n')).toMatch(new RegExp(`${fileOf(A)}:\\d+: YAML syntax`));
	});

	test('an unaccounted number names the seed and its line', () => {
		const inputs = edited(A, (t) => t.replace(/ {2}- figure: 2022–2023 годах\n.*\n/, ''));
		expect(problemsOf(inputs)).toEqual([
			expect.stringMatching(
				new RegExp(`^seeds/${A}\\.txt:9: unaccounted number «2022–2023 годах» .*suggest ${A}\\)$`)
			)
		]);
	});

	test('a number accounted for twice', () => {
		const inputs = edited(A, (t) => t + '  - figure: "600"\n    reason: twice\n');
		expect(problemsOf(inputs).join('\n')).toMatch(/«600» is already accounted for at line \d+/);
	});

	test('a wrong occurrence number', () => {
		const inputs = edited('003_56466ff52369df5c', (t) =>
			t.replace('  - figure: 3.64 BYN\n', '  - figure: 3.64 BYN\n    occurrence: 2\n')
		);
		expect(problemsOf(inputs).join('\n')).toMatch(
			/occurrence 2 of figure «3.64 BYN» does not exist/
		);
	});

	test('a statement that ties a single fact', () => {
		const inputs = edited(B, (t) =>
			t.replace(/statement: machinery-share-16-to-25/, 'statement: alone')
		);
		expect(problemsOf(inputs).join('\n')).toMatch(/statement "alone" must tie two or more facts/);
	});

	test('a relative period in an article without a date', () => {
		const inputs = edited('004_19e44f240a31546b', (t) =>
			t.replace("period: '2025'", "period: '2025'\n    period_basis: relative")
		);
		expect(problemsOf(inputs).join('\n')).toMatch(/relative period needs a publication date/);
	});

	test('a curated date that contradicts the date line', () => {
		const inputs = edited(A, (t) => 'published: 2026-02-01\n' + t);
		expect(problemsOf(inputs)).toContain(
			`${fileOf(A)}:1: the seed's date line says 2026-01-31; remove the curated date`
		);
	});

	test('a curation file for an article that does not exist', () => {
		const stray = { file: 'data/curation/999_nothing.yaml', text: 'facts: []\n' };
		const inputs = { ...real, curations: [...real.curations, stray] };
		expect(problemsOf(inputs)).toContain(
			'data/curation/999_nothing.yaml:1: no seed "seeds/999_nothing.txt" for this curation file: a wrong name, or a removed article?'
		);
	});

	test('two curation files for one article', () => {
		const second = { file: `data/curation/${A}.yml`, text: 'facts: []\n' };
		const inputs = { ...real, curations: [...real.curations, second] };
		expect(problemsOf(inputs).join('\n')).toMatch(/a second curation file for article "000_/);
	});

	test('a duplicate indicator id', () => {
		const text = real.indicators.text.replace(
			'id: bus_purchase_plan',
			'id: bus_price_gap_vs_imports'
		);
		expect(problemsOf({ ...real, indicators: { ...real.indicators, text } })).toContain(
			`data/indicators.yaml:${indicatorLine('id: bus_purchase_plan')}: duplicate indicator id "bus_price_gap_vs_imports"`
		);
	});

	/** The real seeds, with `from` replaced by `to` in the text of article `id`. */
	const seedsWith = (id: string, from: string, to: string) =>
		real.seeds.map((s) =>
			s.file.includes(id)
				? {
						...s,
						bytes: new TextEncoder().encode(new TextDecoder().decode(s.bytes).replace(from, to))
					}
				: s
		);

	test('a number too large to store exactly', () => {
		const seeds = seedsWith(A, '600 автобусов', '90071992547409930 автобусов');
		const inputs = edited(A, (t) =>
			t
				.replace('закупить 600 автобусов', 'закупить 90071992547409930 автобусов')
				.replace('value: 600', 'value: 90071992547409930')
		);
		const found = problemsOf({ ...inputs, seeds });
		// Both where the text says it and where the curator wrote it, never a rounded value.
		expect(found).toContain(
			`seeds/${A}.txt:5: «90071992547409930» is too large to be stored exactly (over Number.MAX_SAFE_INTEGER, 9007199254740991): is it a number of this article?`
		);
		expect(found).toContain(
			`${fileOf(A)}:${lineOf(A, 'value: 600')}: facts.1.value: too large to be stored exactly (over Number.MAX_SAFE_INTEGER, 9007199254740991)`
		);
		expect(found.join('\n')).not.toContain(String(Number('90071992547409930'))); // …940
	});

	test('a dismissed number too large to store exactly is refused too', () => {
		const seeds = seedsWith(A, '600 автобусов', '600 автобусов за 99999999999999999999 сомов');
		const inputs = edited(A, (t) =>
			t.replace(
				'dismissed:\n',
				'dismissed:\n  - figure: 99999999999999999999 сомов\n    reason: a test of a huge number\n'
			)
		);
		expect(problemsOf({ ...inputs, seeds })).toEqual([
			`seeds/${A}.txt:5: «99999999999999999999 сомов» is too large to be stored exactly (over Number.MAX_SAFE_INTEGER, 9007199254740991): is it a number of this article?`
		]);
	});

	test('every problem is reported, not just the first', () => {
		const inputs = edited(A, (t) =>
			t
				.replace('value: 600', 'value: 601')
				.replace('indicator: bus_price_gap_vs_imports', 'indicator: nope')
		);
		expect(problemsOf(inputs)).toHaveLength(2);
	});
});
