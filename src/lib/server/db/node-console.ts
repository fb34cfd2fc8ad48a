// The SQL console's engine in Node, for its tests: a private instance locked as the browser's is.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataFolder } from '../../domain/data-files';
import type { ConsoleConnection } from '../../sql/console/run';
import { consoleLockSql } from '../../db/settings';
import { nodeDbOver, openNodeDuckDb } from './node';
import type { Db } from '../../db/types';

export interface NodeConsole {
	connection: ConsoleConnection;
	/** The same instance as the site's Db, for the CSV of a result. */
	db: Db;
}

export async function nodeConsole(dataDir = resolve(dataFolder)): Promise<NodeConsole> {
	const { connection } = await openNodeDuckDb(dataDir);
	const exportFile = join(mkdtempSync(join(tmpdir(), 'kg-console-')), 'console-export.csv');
	for (const sql of consoleLockSql([exportFile])) connection.query(sql);
	return {
		connection: { query: async (sql) => connection.query(sql) },
		db: nodeDbOver(connection, () => exportFile)
	};
}
