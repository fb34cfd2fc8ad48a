// Node only (build, tests): what the /data page and the archive are made of, read from the
// generated files and queried from them with the site's own SQL.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Db } from '../../db/types';
import { dataFolder, tableFile } from '../../domain/data-files';
import { tableNames, type TableName } from '../../domain/vocabulary';
import { articleList } from '../../sql/catalogue';
import { facts } from '../../sql/facts';
import { tableRowCounts } from '../../sql/tables';
import { buildArchive } from './archive';
import { dataAsOf, type CitedArticle, type CitedFact } from '../../dataset/citation';
import { readme, type ReadmeInput } from './readme';

export interface TableFile {
	name: TableName;
	rows: number;
	/** The file as served at /data/<name>.csv. */
	bytes: Uint8Array;
}

export interface DatasetInputs {
	asOf: string;
	tables: TableFile[];
	example?: { fact: CitedFact; article: CitedArticle };
}

/** The first headline fact (or else the first fact) with its article: the citation example. */
async function citationExample(db: Db): Promise<DatasetInputs['example']> {
	const fact = (await facts(db, { headline: true }))[0] ?? (await facts(db))[0];
	if (!fact) return undefined;
	const article = (await articleList(db)).find((a) => a.article_id === fact.article_id);
	if (!article) return undefined;
	const { title, publisher, published, url, lang } = article;
	return {
		fact: { fact_id: fact.fact_id, article_id: fact.article_id, quote: fact.quote },
		article: { title, publisher, published, url, lang }
	};
}

export async function datasetInputs(db: Db, dir = resolve(dataFolder)): Promise<DatasetInputs> {
	const rows = await tableRowCounts(db);
	return {
		asOf: dataAsOf(await articleList(db)),
		tables: tableNames.map((name) => ({
			name,
			rows: rows[name],
			bytes: new Uint8Array(readFileSync(join(dir, tableFile(name))))
		})),
		example: await citationExample(db)
	};
}

/** The README's input: sizes instead of bytes. */
export const readmeInput = ({ asOf, tables, example }: DatasetInputs): ReadmeInput => ({
	asOf,
	tables: tables.map(({ name, rows, bytes }) => ({ name, rows, size: bytes.byteLength })),
	example
});

/** The archive of the given inputs, README included. */
export const datasetArchive = (inputs: DatasetInputs) =>
	buildArchive({ tables: inputs.tables, readme: readme(readmeInput(inputs)), asOf: inputs.asOf });
