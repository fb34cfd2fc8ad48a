import { beforeAll, describe, expect, test, vi } from 'vitest';
import { nodeDb } from '$lib/server/db/node';
import type { Db } from '$lib/db/types';
import { facts } from '$lib/sql/facts';
import type { Filter } from '$lib/sql/filter';
import { overviewRows, type OverviewRows } from '$lib/sql/overview-rows';
import { OverviewQuery } from './overview-query.svelte';

let db: Db;
let initial: OverviewRows;
/** A filter that some facts match: the sector and status of the first fact. */
let some: Filter;
beforeAll(async () => {
	db = await nodeDb();
	initial = await overviewRows(db, {});
	const [first] = initial.facts;
	some = { sector: first!.sector, status: first!.status };
});
const ids = (rows: { fact_id: string }[]) => rows.map((r) => r.fact_id).sort();

describe('the overview query in the browser', () => {
	test('no filter: the prerendered rows, and the engine never starts', async () => {
		const open = vi.fn(async () => db);
		const query = new OverviewQuery(() => initial, open);
		await query.request({}, { idle: true });
		expect(query.rows).toBe(initial);
		expect(query.engine).toBe('idle');
		expect(open).not.toHaveBeenCalled();
	});

	test('a filter runs the same SQL, then clearing it restores the prerendered rows', async () => {
		const query = new OverviewQuery(
			() => initial,
			async () => db
		);
		await query.request(some, { idle: true });
		expect(query.engine).toBe('ready');
		expect(query.shown).toEqual(some);
		expect(ids(query.rows.facts)).toEqual(ids(await facts(db, { filter: some })));
		expect(ids(query.rows.facts).length).toBeGreaterThan(0);
		expect(query.busy).toBe(false);
		await query.request({});
		expect(query.rows).toBe(initial);
	});

	test('only the latest filter is shown when answers arrive out of order', async () => {
		const query = new OverviewQuery(
			() => initial,
			async () => db
		);
		const first = query.request({ status: 'event' });
		const second = query.request({ status: 'target' });
		await Promise.all([first, second]);
		expect(query.shown).toEqual({ status: 'target' });
		expect(query.rows.facts.every((f) => f.status === 'target')).toBe(true);
	});

	test('an engine that fails to load: said plainly, the prerendered view stays', async () => {
		const query = new OverviewQuery(
			() => initial,
			async () => {
				throw new Error('wasm blocked');
			}
		);
		await query.request({ sector: 'trade' });
		expect(query.engine).toBe('failed');
		expect(query.error).toBe('wasm blocked');
		expect(query.rows).toBe(initial);
		expect(query.busy).toBe(false);
	});
});
