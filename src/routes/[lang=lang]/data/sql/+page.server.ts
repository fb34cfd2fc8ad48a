import { duckType } from '$lib/server/db/load-tables';
import { dictionary } from '$lib/server/dataset/table-docs';

/** The tables the console lists, each column with its DuckDB type: read from the schemas here. */
export const load = () => ({
	tables: dictionary().map(({ name, columns }) => ({
		name,
		columns: columns.map((column) => ({
			name: column.name,
			type: duckType[column.kind],
			description: column.description
		}))
	}))
});
