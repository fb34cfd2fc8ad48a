import { describe, expect, test } from 'vitest';
import { CurationFile } from './curation-schema';
import { parseYamlSource } from './yaml-source';

const parse = (text: string) => parseYamlSource('data/curation/x.yaml', text, CurationFile);
const fact = (fields: string) =>
	`facts:\n  - id: a\n    quote: q\n    status: actual\n    period: '2025'\n    note: n\n${fields}`;

describe('parseYamlSource', () => {
	test('a missing field is named as missing, on the line of its item', () => {
		expect(parse(fact('    value: 1\n')).problems).toEqual([
			{
				file: 'data/curation/x.yaml',
				line: 2,
				message: 'facts.0.indicator: missing: this field is required (string)'
			}
		]);
	});

	test.each([
		['99999999999999999999', 'value: 99999999999999999999'],
		['9007199254740992 (2^53)', 'value: 9007199254740992'],
		['-1e300', 'value: -1e300'],
		['a range bound', 'value: 1\n    value_max: 1e16']
	])('a value of %s is refused, never rounded', (_, fields) => {
		const { problems } = parse(fact(`    indicator: i\n    ${fields}\n`));
		expect(problems).toHaveLength(1);
		expect(problems[0]?.line).toBe(fields.startsWith('value: 1\n') ? 9 : 8);
		expect(problems[0]?.message).toMatch(
			/^facts\.0\.value(_max)?: too large to be stored exactly \(over Number\.MAX_SAFE_INTEGER/
		);
	});

	test('the largest exact integer is accepted', () => {
		const { source } = parse(fact(`    indicator: i\n    value: 9007199254740991\n`));
		expect(source?.data.facts[0]?.value).toBe(Number.MAX_SAFE_INTEGER);
	});

	test('bytes that are not UTF-8 (read as U+FFFD) and NUL bytes name their line', () => {
		expect(parse('title: a\ntitle2: \uFFFD\n').problems).toEqual([
			{
				file: 'data/curation/x.yaml',
				line: 2,
				message: 'not valid UTF-8 text (or a U+FFFD replacement character)'
			}
		]);
		expect(parse('facts: []\n\n\0\0').problems[0]).toMatchObject({ line: 3, message: /NUL/ });
	});
});
