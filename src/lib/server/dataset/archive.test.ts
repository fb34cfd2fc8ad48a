import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { nodeDb } from '../db/node';
import { tableNames } from '../../domain/vocabulary';
import {
	archivePath,
	archiveTime,
	buildArchive,
	compressionLevel,
	readmeFileName
} from './archive';
import { datasetArchive, datasetInputs, type DatasetInputs } from './inputs';
import { archiveFileName, dataFolder, tableFile } from '../../domain/data-files';

let inputs: DatasetInputs;
beforeAll(async () => {
	inputs = await datasetInputs(await nodeDb());
});

const originalTz = process.env.TZ;
afterEach(() => {
	if (originalTz === undefined) delete process.env.TZ;
	else process.env.TZ = originalTz;
});

/** Each entry of the central directory: name, compression method, DOS date and time. */
function centralDirectory(zip: Uint8Array) {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const end = zip.byteLength - 22;
	expect(view.getUint32(end, true)).toBe(0x06054b50);
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const entries = [];
	for (let i = 0; i < count; i++) {
		expect(view.getUint32(at, true)).toBe(0x02014b50);
		const nameLength = view.getUint16(at + 28, true);
		const date = view.getUint16(at + 14, true);
		entries.push({
			name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
			method: view.getUint16(at + 10, true),
			time: view.getUint16(at + 12, true),
			date: `${(date >> 9) + 1980}-${String((date >> 5) & 15).padStart(2, '0')}-${String(date & 31).padStart(2, '0')}`
		});
		at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return entries;
}

describe('archiveTime', () => {
	test('midnight of the date in local time, or 1980-01-01', () => {
		const time = archiveTime('2026-01-31');
		expect([time.getFullYear(), time.getMonth(), time.getDate(), time.getHours()]).toEqual([
			2026, 0, 31, 0
		]);
		expect(archiveTime('')).toEqual(new Date(1980, 0, 1));
		expect(archiveTime('1975-05-05')).toEqual(new Date(1980, 0, 1));
	});
});

describe('the archive of the generated tables', () => {
	test('holds exactly the four CSV files, byte for byte, and the README, in one folder', () => {
		const files = unzipSync(datasetArchive(inputs));
		expect(Object.keys(files).sort()).toEqual(
			[readmeFileName, ...tableNames.map((name) => tableFile(name))].map(archivePath).sort()
		);
		for (const name of tableNames) {
			const onDisk = readFileSync(join(dataFolder, tableFile(name)));
			const zipped = files[archivePath(tableFile(name))]!;
			expect(zipped.byteLength, name).toBe(onDisk.byteLength);
			expect(Buffer.from(zipped).equals(onDisk), name).toBe(true);
		}
		const readme = new TextDecoder().decode(files[archivePath(readmeFileName)]);
		expect(readme).toMatch(/^# .+\n/);
	});

	test('every entry is deflated and dated the day the data is as of, at midnight', () => {
		expect(inputs.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
			process.env.TZ = tz;
			const entries = centralDirectory(datasetArchive(inputs));
			expect(entries).toHaveLength(tableNames.length + 1);
			for (const entry of entries) {
				expect(entry, tz).toMatchObject({ method: 8, time: 0, date: inputs.asOf });
			}
		}
	});

	test('is deterministic: the same inputs give the same bytes, in any time zone', () => {
		const zips = ['UTC', 'Asia/Bishkek', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
			process.env.TZ = tz;
			return { tz, offset: new Date(2026, 0, 31).getTimezoneOffset(), zip: datasetArchive(inputs) };
		});
		// The time zone did change in this process, so the comparison means something.
		expect(new Set(zips.map((z) => z.offset)).size).toBe(zips.length);
		const [first, ...rest] = zips;
		for (const { tz, zip } of rest) {
			expect(Buffer.from(zip).equals(Buffer.from(first!.zip)), tz).toBe(true);
		}
		expect(Buffer.from(datasetArchive(inputs)).equals(Buffer.from(first!.zip))).toBe(true);
	});

	test('a change of content or date changes the bytes', () => {
		const tables = inputs.tables;
		const base = buildArchive({ tables, readme: 'x', asOf: inputs.asOf });
		expect(Buffer.from(buildArchive({ tables, readme: 'y', asOf: inputs.asOf }))).not.toEqual(
			Buffer.from(base)
		);
		expect(Buffer.from(buildArchive({ tables, readme: 'x', asOf: '2020-01-01' }))).not.toEqual(
			Buffer.from(base)
		);
		expect(compressionLevel).toBe(9);
	});

	test('is served by the prerendered route named after it', () => {
		expect(existsSync(`src/routes/data/${archiveFileName}/+server.ts`)).toBe(true);
	});
});
