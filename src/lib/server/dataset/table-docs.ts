// The data dictionary, read from the zod schemas so that it cannot drift from the tables. Built
// at prerender time: the /data page and the README get it as data, not as schemas.
import { columnsOf, type Column } from '../schema/columns';
import { tableFile } from '../../domain/data-files';
import { tables } from '../schema';
import { descriptionRu } from '../schema/doc';
import { tableNames, type TableName } from '../../domain/vocabulary';

export interface TableDoc {
	name: TableName;
	/** The file name, `facts.csv`: in the data folder, served at /data/, and in the archive. */
	file: string;
	/** What one row is: the schema's own description. */
	description: string;
	/** The same in Russian. */
	description_ru: string;
	columns: Column[];
}

export function tableDoc(name: TableName): TableDoc {
	const schema = tables[name];
	return {
		name,
		file: tableFile(name),
		description: schema.description ?? '',
		description_ru: descriptionRu(schema),
		columns: columnsOf(schema)
	};
}

/** Every generated table, in the order they are written and documented. */
export const dictionary = (): TableDoc[] => tableNames.map(tableDoc);
