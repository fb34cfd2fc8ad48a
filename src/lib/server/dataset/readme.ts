// README.md of the archive: the same words as the /data page, written as Markdown.
import type { Column } from '../schema/columns';
import { formatBytes, formatPublished } from '../../domain/format';
import type { TableName } from '../../domain/vocabulary';
import { datasetIntro, datasetTitle, formatNotes } from '../../dataset/about';
import {
	citationText,
	datasetCitation,
	factCitation,
	factCitationGuide,
	type CitedArticle,
	type CitedFact
} from '../../dataset/citation';
import { dictionary, type TableDoc } from './table-docs';
import { columnType, qualifiedName, tableLinks } from '../../dataset/dictionary';

export interface TableSummary {
	name: TableName;
	rows: number;
	/** The size of the CSV file in bytes. */
	size: number;
}

export interface ReadmeInput {
	asOf: string;
	tables: readonly TableSummary[];
	/** A real fact to show how one is cited. */
	example?: { fact: CitedFact; article: CitedArticle };
}

/** A table cell: no line break, no column separator. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (header: readonly string[], rows: readonly string[][]) =>
	[row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
const quoted = (text: string) => `> ${text}`;

function columnMeaning(column: Column): string {
	const values = column.values?.map((value) => `\`${value}\``).join(', ');
	return values ? `${column.description} Values: ${values}.` : column.description;
}

function files(docs: readonly TableDoc[], summaries: readonly TableSummary[]): string {
	const byName = new Map(summaries.map((s) => [s.name, s]));
	return table(
		['file', 'rows', 'size', 'one row is'],
		docs.map((doc) => {
			const summary = byName.get(doc.name);
			return [
				doc.file,
				summary ? String(summary.rows) : '',
				summary ? formatBytes(summary.size, 'en') : '',
				doc.description
			];
		})
	);
}

function columns(doc: TableDoc): string {
	return [
		`### ${doc.file}`,
		doc.description,
		table(
			['column', 'type', 'meaning'],
			doc.columns.map((c) => [`\`${c.name}\``, columnType(c), columnMeaning(c)])
		)
	].join('\n\n');
}

function citing(input: ReadmeInput): string {
	const parts = [
		'## How to cite',
		'Cite the dataset, with the address of the page you downloaded it from:',
		quoted(citationText(datasetCitation(input.asOf, 'en'))),
		factCitationGuide.en
	];
	if (input.example) {
		const { fact, article } = input.example;
		parts.push('For example:', quoted(citationText(factCitation(fact, article, input.asOf, 'en'))));
	}
	return parts.join('\n\n');
}

/** The README of the archive, in Markdown. */
export function readme(input: ReadmeInput): string {
	const docs = dictionary();
	return (
		[
			`# ${datasetTitle.en}`,
			datasetIntro.en,
			`Data as of ${formatPublished(input.asOf, 'en')}.`,
			'## Files',
			files(docs, input.tables),
			'## Format',
			formatNotes.en.map((note) => `- ${note}`).join('\n'),
			'## How the tables link',
			tableLinks
				.map((l) => `- \`${qualifiedName(l.from)}\` → \`${qualifiedName(l.to)}\`: ${l.meaning}`)
				.join('\n'),
			'## Columns',
			...docs.map(columns),
			citing(input)
		].join('\n\n') + '\n'
	);
}
