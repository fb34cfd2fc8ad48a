import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toCsv } from '../../src/lib/server/csv';
import { tables as schemas } from '../../src/lib/server/schema';
import { dataFolder, tableFile } from '../../src/lib/domain/data-files';
import { tableNames } from '../../src/lib/domain/vocabulary';
import type { CurationInputs, Tables } from './build-tables';
import { extractMentions } from './extract/extract-mentions';

/** Where a project keeps its inputs and outputs, relative to its root. */
export const layout = {
	seeds: 'seeds',
	indicators: 'data/indicators.yaml',
	curation: 'data/curation',
	output: dataFolder
} as const;

const listed = (dir: string, pattern: RegExp) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((name) => pattern.test(name))
				.sort()
		: [];

export function readInputs(root: string): CurationInputs {
	const at = (path: string) => join(root, path);
	const name = (path: string) => relative(root, path);
	return {
		seeds: listed(at(layout.seeds), /\.txt$/).map((entry) => ({
			file: `${layout.seeds}/${entry}`,
			bytes: readFileSync(at(`${layout.seeds}/${entry}`))
		})),
		indicators: {
			file: layout.indicators,
			text: existsSync(at(layout.indicators)) ? readFileSync(at(layout.indicators), 'utf8') : ''
		},
		curations: listed(at(layout.curation), /\.ya?ml$/).map((entry) => ({
			file: name(at(`${layout.curation}/${entry}`)),
			text: readFileSync(at(`${layout.curation}/${entry}`), 'utf8')
		})),
		curationDir: layout.curation,
		extract: extractMentions
	};
}

/** The bytes of every output file, keyed by its path relative to the root. */
export function renderTables(tables: Tables): Map<string, string> {
	return new Map(
		tableNames.map((name) => [
			`${layout.output}/${tableFile(name)}`,
			toCsv(schemas[name], tables[name])
		])
	);
}

/** The output files whose content on disk differs from what the inputs give. */
export function staleOutputs(root: string, outputs: Map<string, string>): string[] {
	return [...outputs].flatMap(([path, text]) => {
		const file = join(root, path);
		return existsSync(file) && readFileSync(file, 'utf8') === text ? [] : [path];
	});
}
