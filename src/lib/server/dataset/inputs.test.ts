import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeDb } from '../db/node';
import { parseCsv } from '../csv';
import { Article, Fact } from '../schema';
import { tableNames } from '../../domain/vocabulary';
import { dataAsOf } from '../../dataset/citation';
import { datasetInputs, readmeInput, type DatasetInputs } from './inputs';
import { dataFolder, tableFile } from '../../domain/data-files';

let inputs: DatasetInputs;
beforeAll(async () => {
	inputs = await datasetInputs(await nodeDb());
});

describe('datasetInputs', () => {
	test('every table: the bytes of its file and the number of its records', () => {
		expect(inputs.tables.map((t) => t.name)).toEqual(tableNames);
		for (const { name, rows, bytes } of inputs.tables) {
			const file = readFileSync(join(dataFolder, tableFile(name)));
			expect(Buffer.from(bytes).equals(file), name).toBe(true);
			expect(rows, name).toBe(parse(file, { columns: true }).length);
		}
		expect(readmeInput(inputs).tables.map((t) => t.size)).toEqual(
			tableNames.map((name) => readFileSync(join(dataFolder, tableFile(name))).byteLength)
		);
	});

	test('the date the data is as of, from the articles', () => {
		const articles = parseCsv(
			Article,
			readFileSync(join(dataFolder, tableFile('articles')), 'utf8')
		);
		expect(inputs.asOf).toBe(dataAsOf(articles));
	});

	test('the example to cite is a real headline fact, with its article', () => {
		const facts = parseCsv(Fact, readFileSync(join(dataFolder, tableFile('facts')), 'utf8'));
		const articles = parseCsv(
			Article,
			readFileSync(join(dataFolder, tableFile('articles')), 'utf8')
		);
		const { fact, article } = inputs.example!;
		const row = facts.find((f) => f.fact_id === fact.fact_id);
		expect(row?.headline).toBe(true);
		expect(fact).toEqual({ fact_id: row?.fact_id, article_id: row?.article_id, quote: row?.quote });
		const source = articles.find((a) => a.article_id === fact.article_id);
		expect(article).toEqual({
			title: source?.title,
			publisher: source?.publisher,
			published: source?.published,
			url: source?.url,
			lang: source?.lang
		});
	});
});
