import type { z } from 'zod';
import { descriptionRu } from './doc';

export type ColumnKind = 'integer' | 'number' | 'boolean' | 'text';

/** A table column as its zod schema defines it: the one description the CSV, SQL and docs share. */
export interface Column {
	name: string;
	kind: ColumnKind;
	nullable: boolean;
	description: string;
	/** The same in Russian. */
	description_ru: string;
	/** The allowed values of an enum column. */
	values?: readonly string[];
}

export type TableSchema = z.ZodObject<z.ZodRawShape>;

interface Def {
	type: string;
	format?: string;
	innerType?: z.ZodType;
	entries?: Record<string, string>;
}
const defOf = (field: z.ZodType) => (field as unknown as { _zod: { def: Def } })._zod.def;

function describeColumn(name: string, field: z.ZodType): Column {
	let def = defOf(field);
	const nullable = def.type === 'nullable';
	if (nullable && def.innerType) def = defOf(def.innerType);
	const kind: ColumnKind =
		def.type === 'number'
			? def.format === 'safeint'
				? 'integer'
				: 'number'
			: def.type === 'boolean'
				? 'boolean'
				: 'text';
	return {
		name,
		kind,
		nullable,
		description: field.description ?? '',
		description_ru: descriptionRu(field),
		...(def.type === 'enum' && def.entries ? { values: Object.values(def.entries) } : {})
	};
}

/** The columns of a table, in the order its schema declares them. */
export function columnsOf(schema: TableSchema): Column[] {
	return Object.entries(schema.shape).map(([name, field]) =>
		describeColumn(name, field as z.ZodType)
	);
}
