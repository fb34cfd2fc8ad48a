// What a tab holds in memory: the page's JavaScript heap (through the DevTools protocol, after a
// garbage collection) and the WebAssembly memory of DuckDB's worker, the part that never shrinks
// (duckdb-wasm issue 1904).
import type { Page } from 'playwright-core';

/**
 * Prepended to DuckDB's worker script: it keeps a reference to every WebAssembly.Memory the
 * worker makes or instantiates, so a test can read their sizes. The site itself is unchanged.
 */
const workerProbe = `self.__wasmMemories = [];
{
	const keep = (result) => {
		const instance = result.instance ?? result;
		for (const value of Object.values(instance.exports ?? {})) {
			if (value instanceof WebAssembly.Memory) self.__wasmMemories.push(value);
		}
		return result;
	};
	const instantiate = WebAssembly.instantiate;
	WebAssembly.instantiate = (...args) => instantiate(...args).then(keep);
	const streaming = WebAssembly.instantiateStreaming;
	if (streaming) WebAssembly.instantiateStreaming = (...args) => streaming(...args).then(keep);
	const Memory = WebAssembly.Memory;
	WebAssembly.Memory = function (descriptor) {
		const memory = new Memory(descriptor);
		self.__wasmMemories.push(memory);
		return memory;
	};
	WebAssembly.Memory.prototype = Memory.prototype;
}
`;

/** Serves DuckDB's worker scripts with the probe in front; call before the page opens. */
export async function probeWorkerMemory(page: Page) {
	await page.route(/\/duckdb-browser-[\w-]+\.worker\.[\w-]+\.js$/, async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, body: workerProbe + (await response.text()) });
	});
}

/** Bytes of WebAssembly memory held by the page's live workers (a terminated one holds none). */
export async function workerWasmBytes(page: Page): Promise<number> {
	const sizes = await Promise.all(
		page.workers().map((worker) =>
			worker
				.evaluate(() => {
					const memories = (self as { __wasmMemories?: WebAssembly.Memory[] }).__wasmMemories;
					return (memories ?? []).reduce((sum, memory) => sum + memory.buffer.byteLength, 0);
				})
				// A worker being terminated as it is asked holds nothing any more.
				.catch(() => 0)
		)
	);
	return sizes.reduce((a, b) => a + b, 0);
}

/** The page's used JavaScript heap in bytes, measured after a full garbage collection. */
export async function pageHeapBytes(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
		if (!used) throw new Error('Performance.getMetrics reported no JSHeapUsedSize');
		return used.value;
	} finally {
		await cdp.detach();
	}
}

/**
 * Milliseconds for a round trip into the page that waits for the next animation frame: the main
 * thread is free to run script and to paint. Rejects after `limit` ms.
 */
export async function frameRoundTrip(page: Page, limit = 1000): Promise<number> {
	const started = Date.now();
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		await Promise.race([
			page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))),
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error(`no animation frame within ${limit} ms`)), limit);
			})
		]);
	} finally {
		clearTimeout(timer);
	}
	return Date.now() - started;
}
