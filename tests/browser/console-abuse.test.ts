// The SQL console under abuse: a syntax error, ten million rows, a query that never ends (cancelled),
// then fifty heavy queries in a row. The page keeps answering and the tab's memory stays bounded.
import { describe, expect, test } from 'vitest';
import { openChecked } from './fixtures';
import { browserForFile } from './harness';
import {
	box,
	columnCells,
	finished,
	form,
	openConsole,
	resultRows,
	runQuery,
	status
} from './console/console-page';
import {
	frameRoundTrip,
	pageHeapBytes,
	probeWorkerMemory,
	workerWasmBytes
} from './console/memory';

const browser = browserForFile();

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
/**
 * DuckDB's own count of the memory it holds, asked through the console like any query; as text,
 * since the console writes numbers for reading (`12,345,678`).
 */
const duckDbMemorySql =
	'SELECT sum(memory_usage_bytes)::BIGINT::VARCHAR AS bytes FROM duckdb_memory()';

/** The fifty: a million rows most of the time, and the other kinds a session has. */
const heavyQueries = [
	'SELECT * FROM range(1000000)',
	"SELECT range AS n, repeat('x', 40) || range AS s FROM range(1000000)",
	'SELECT f.*, a.* FROM facts f JOIN articles a USING (article_id)',
	'SELECT * FROM range(1000000) ORDER BY range DESC',
	'SELEC broken'
];

/**
 * Bounded: the largest of the last ten measurements is at most 1.5 times the largest of the first
 * ten (taken once the engine and the page have warmed up). A leak of even one result per query
 * (a million BIGINTs is 8 MB) would add hundreds of MB over the forty queries between the two,
 * far past 1.5x; allocator noise and a restarted worker stay well within it.
 */
function expectBounded(name: string, series: number[]) {
	const first = Math.max(...series.slice(0, 10));
	const last = Math.max(...series.slice(-10));
	expect(last, `${name} (MB): ${series.map(mb).join(', ')}`).toBeLessThanOrEqual(first * 1.5);
}

describe('SQL console under abuse', () => {
	test('errors, huge results, a cancelled endless query and fifty heavy queries: responsive and bounded', async () => {
		const { page, consoleErrors } = await openChecked(browser);
		await probeWorkerMemory(page);
		await openConsole(page);
		const atStart = await workerWasmBytes(page);
		expect(atStart).toBeGreaterThan(0);

		await runQuery(page, 'SELECT FROM WHERE');
		await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Parser Error/);
		await frameRoundTrip(page);

		await runQuery(page, 'SELECT * FROM range(10000000)');
		expect(await status(page).textContent()).toMatch(/^10,000,000 rows, the first 1,000 shown/);
		expect(await resultRows(page).count()).toBe(1000);
		await frameRoundTrip(page);
		// Ten million rows stored in DuckDB grow its memory (so the probe sees growth); the next
		// query starts a fresh instance, which gives it back.
		expect(await workerWasmBytes(page)).toBeGreaterThan(atStart + 50e6);

		// A trillion rows: it would run for many minutes, in constant memory.
		const before = await finished(page);
		await box(page).fill('SELECT sum(range * 2) FROM range(1000000000000)');
		await box(page).press('Control+Enter');
		await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe('Running…');
		for (let i = 0; i < 3; i++) {
			// While DuckDB works in its worker, the page answers and paints.
			expect(await frameRoundTrip(page)).toBeLessThan(1000);
			expect(await page.evaluate(() => document.title)).toMatch(/SQL console/);
		}
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect.poll(() => finished(page), { timeout: 30_000 }).toBe(before + 1);
		// DuckDB restarts to stop it, and says what that cost.
		await expect
			.poll(() => form(page).getAttribute('data-phase'), { timeout: 30_000 })
			.toBe('ready');
		expect(await page.locator('.notice').textContent()).toMatch(
			/^Cancelled\. DuckDB was restarted/
		);

		const heap: number[] = [];
		const wasm: number[] = [];
		const duckDb: number[] = [];
		for (let i = 0; i < 50; i++) {
			const sql = heavyQueries[i % heavyQueries.length] as string;
			await runQuery(page, sql);
			expect(await frameRoundTrip(page), `after query ${i + 1}`).toBeLessThan(1000);
			if (sql !== 'SELEC broken') {
				expect(await resultRows(page).count(), sql).toBeGreaterThan(0);
				expect(await resultRows(page).count(), sql).toBeLessThanOrEqual(1000);
			}
			heap.push(await pageHeapBytes(page));
			wasm.push(await workerWasmBytes(page));
			if (i % 5 === 4) {
				await runQuery(page, duckDbMemorySql);
				duckDb.push(Number((await columnCells(page, 1))[0]));
			}
		}
		console.info(
			`page heap MB: ${heap.map(mb).join(', ')}\nDuckDB wasm memory MB: ${wasm.map(mb).join(', ')}\nduckdb_memory() MB: ${duckDb.map(mb).join(', ')}`
		);
		expect(wasm.every((bytes) => bytes > 0)).toBe(true);
		expect(Math.max(...wasm)).toBeLessThan(atStart + 50e6);
		expectBounded('page heap', heap);
		expectBounded('DuckDB wasm memory', wasm);
		// duckdb_memory() is asked after every fifth query: its last two against its first two, which
		// may be near nothing (a small result), hence the floor of 64 MB.
		expect(duckDb).toHaveLength(10);
		expect(
			Math.max(...duckDb.slice(-2)),
			`duckdb_memory() (MB): ${duckDb.map(mb).join(', ')}`
		).toBeLessThanOrEqual(Math.max(...duckDb.slice(0, 2), 64e6) * 1.5);
		expect(consoleErrors).toEqual([]);
	}, 240_000);
});
