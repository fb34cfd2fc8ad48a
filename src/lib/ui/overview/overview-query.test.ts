import { beforeAll, describe, expect, test, vi } from 'vitest';
import { nodeDb } from '$lib/db/node';
import type { Db } from '$lib/db/types';
import { overviewRows, type OverviewRows } from '$lib/sql/overview-rows';
import { OverviewQuery } from './overview-query.svelte';

let db: Db;
let initial: OverviewRows;
beforeAll(async () => {
	db = await nodeDb();
	initial = await overviewRows(db, {});
});

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
		await query.request({ sector: 'automotive', status: 'plan' }, { idle: true });
		expect(query.engine).toBe('ready');
		expect(query.shown).toEqual({ sector: 'automotive', status: 'plan' });
		expect(query.rows.headline.map((f) => f.fact_id)).toEqual(['bishkek-bus-purchase-2026']);
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
		expect(new Set(query.rows.timeline.map((f) => f.status))).toEqual(new Set(['target']));
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
