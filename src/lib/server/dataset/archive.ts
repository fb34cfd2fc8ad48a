// The "download everything" zip: the four CSV files as they are, and a README. Deterministic: the
// same files, README and date give the same bytes, whatever the clock or the time zone.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { TableName } from '../../domain/vocabulary';
import { archiveFolder, tableFile } from '../../domain/data-files';

export const readmeFileName = 'README.md';
/** Fixed, so that a new default in fflate cannot change the bytes. */
export const compressionLevel = 9;

/**
 * The modification time of every entry: midnight of the date the data is as of (1980-01-01, the
 * first date a zip can hold, when there is none). fflate writes DOS times from the local-time
 * getters, so the date is built from local-time components: the bytes do not depend on TZ.
 */
export function archiveTime(asOf: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
	if (!match || Number(match[1]) < 1980) return new Date(1980, 0, 1);
	return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export interface ArchiveInput {
	tables: readonly { name: TableName; bytes: Uint8Array }[];
	readme: string;
	asOf: string;
}

/** The path of a file inside the archive: `kg-industry-data/facts.csv`. */
export const archivePath = (file: string) => `${archiveFolder}/${file}`;

/** The zip: README.md first, then the tables in the order given; no directory entries. */
export function buildArchive({ tables, readme, asOf }: ArchiveInput): Uint8Array<ArrayBuffer> {
	const options = { level: compressionLevel, mtime: archiveTime(asOf) } as const;
	const entries: Zippable = { [archivePath(readmeFileName)]: [strToU8(readme), options] };
	for (const { name, bytes } of tables) entries[archivePath(tableFile(name))] = [bytes, options];
	// zipSync allocates a fresh ArrayBuffer; its type only says ArrayBufferLike.
	return zipSync(entries, options) as Uint8Array<ArrayBuffer>;
}
