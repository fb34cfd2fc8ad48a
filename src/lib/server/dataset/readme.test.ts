import { unzipSync } from 'fflate';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeDb } from '../db/node';
import { formatBytes, formatPublished } from '../../domain/format';
import { dataFolder } from '../../domain/data-files';
import { tableNames } from '../../domain/vocabulary';
import { datasetIntro, datasetTitle, formatNotes } from '../../dataset/about';
import { archivePath, readmeFileName } from './archive';
import {
	citationText,
	datasetCitation,
	factCitation,
	factCitationGuide
} from '../../dataset/citation';
import { tableDoc } from './table-docs';
import { columnType, qualifiedName, tableLinks } from '../../dataset/dictionary';
import { fixtureDataDir } from '../../../../scripts/curate/fixture-project';
import { datasetArchive, datasetInputs, readmeInput, type DatasetInputs } from './inputs';
import { readme } from './readme';

// The README of any archive: the real one, and the fixture project's (built from its inputs).
const archives = [
	['the real archive', resolve(dataFolder)],
	['the fixture project', fixtureDataDir()]
] as const;

describe.each(archives)('README.md of %s', (_, dir) => {
	let inputs: DatasetInputs;
	let text: string;
	beforeAll(async () => {
		inputs = await datasetInputs(await nodeDb(dir), dir);
		text = readme(readmeInput(inputs));
	});

	/** The part of the README under a heading, up to the next heading of the same or higher level. */
	function sectionOf(heading: string): string {
		const start = text.indexOf(`\n${heading}\n`);
		expect(start, heading).toBeGreaterThanOrEqual(0);
		const level = heading.split(' ')[0]!;
		const rest = text.slice(start + heading.length + 2);
		const next = rest.search(new RegExp(`^#{1,${level.length}} `, 'm'));
		return next < 0 ? rest : rest.slice(0, next);
	}

	test('is the README the archive holds', () => {
		const files = unzipSync(datasetArchive(inputs));
		expect(new TextDecoder().decode(files[archivePath(readmeFileName)])).toBe(text);
	});

	test('says what the data is and how fresh', () => {
		expect(text.startsWith(`# ${datasetTitle.en}\n\n${datasetIntro.en}\n`)).toBe(true);
		expect(text).toContain(`Data as of ${formatPublished(inputs.asOf, 'en')}.`);
		for (const note of formatNotes.en) expect(text).toContain(`- ${note}\n`);
	});

	test('lists each file with its rows, size and what a row is', () => {
		const files = sectionOf('## Files');
		for (const { name, rows, bytes } of inputs.tables) {
			const line = files.split('\n').find((l) => l.startsWith(`| ${name}.csv |`));
			expect(line, name).toBe(
				`| ${name}.csv | ${rows} | ${formatBytes(bytes.byteLength, 'en')} | ${tableDoc(name).description} |`
			);
		}
	});

	test.each(tableNames)('documents every column of %s, with its type and meaning', (name) => {
		const doc = tableDoc(name);
		const section = sectionOf(`### ${doc.file}`);
		expect(section).toContain(doc.description);
		const rows = section.split('\n').filter((l) => /^\| `/.test(l));
		expect(rows.map((l) => /^\| `(\w+)`/.exec(l)?.[1])).toEqual(doc.columns.map((c) => c.name));
		for (const [i, column] of doc.columns.entries()) {
			const row = rows[i]!;
			// Three cells: no unescaped | inside a description.
			expect(row.replaceAll('\\|', '').split('|')).toHaveLength(5);
			expect(row).toContain(` ${columnType(column)} `);
			expect(row).toContain(column.description);
			for (const value of column.values ?? []) expect(row).toContain(`\`${value}\``);
		}
	});

	test('says how the tables link', () => {
		const links = sectionOf('## How the tables link');
		for (const link of tableLinks) {
			expect(links).toContain(`\`${qualifiedName(link.from)}\` → \`${qualifiedName(link.to)}\``);
		}
	});

	test('says how to cite the data and a fact, with a real example', () => {
		const cite = sectionOf('## How to cite');
		expect(cite).toContain(`> ${citationText(datasetCitation(inputs.asOf, 'en'))}\n`);
		expect(cite).toContain(factCitationGuide.en);
		expect(inputs.example).toBeDefined();
		const { fact, article } = inputs.example!;
		expect(cite).toContain(`> ${citationText(factCitation(fact, article, inputs.asOf, 'en'))}\n`);
	});
});
