import type { Db } from '../db/types';
import { tableNames, type TableName } from '../domain/vocabulary';
import { sqlString } from './literals';

/** One row per generated table: its name and how many rows it has. */
export const tableRowCountsSql = () =>
	tableNames
		.map((name) => `SELECT ${sqlString(name)} AS name, count(*)::INTEGER AS rows FROM ${name}`)
		.join(' UNION ALL ');

export async function tableRowCounts(db: Db): Promise<Record<TableName, number>> {
	const rows = await db.query<{ name: TableName; rows: number }>(tableRowCountsSql());
	return Object.fromEntries(rows.map((row) => [row.name, row.rows])) as Record<TableName, number>;
}
