import { describe, expect, test } from 'vitest';
import { columnsOf } from './columns';
import { tables } from '.';
import { tableNames } from '../../domain/vocabulary';

describe('columnsOf', () => {
	test('reads kinds, nullability and enum values from the schemas', () => {
		const facts = Object.fromEntries(columnsOf(tables.facts).map((c) => [c.name, c]));
		expect(facts.value).toMatchObject({ kind: 'number', nullable: false });
		expect(facts.value_max).toMatchObject({ kind: 'number', nullable: true });
		expect(facts.quote_start).toMatchObject({ kind: 'integer' });
		expect(facts.headline).toMatchObject({ kind: 'boolean' });
		expect(facts.status?.values).toEqual([
			'actual',
			'plan',
			'target',
			'baseline',
			'promise',
			'event'
		]);
	});

	test('every column of every table is documented', () => {
		for (const name of tableNames) {
			for (const column of columnsOf(tables[name])) {
				expect(column.description, `${name}.${column.name}`).toMatch(/\w{3,}/);
			}
		}
	});
});
