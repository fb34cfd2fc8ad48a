// npm run bench: measures the pipeline and the site, prints the figures and the budgets they meet
// or miss, and writes them all to bench-results/. Timings live here, never in tests.
//   npm run bench                 everything (about three minutes)
//   npm run bench -- --quick      corpora up to 1,000 articles, 3 rounds in the browser
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOutput } from './build-output';
import { judge } from './budgets';
import { curationAtScale } from './curation-scale';
import { realRun } from './real-run';
import { median } from './median';
import { siteFigures } from './site';

const { quick } = parseArgs({ options: { quick: { type: 'boolean', default: false } } }).values;
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

function table(headers: string[], rows: (string | number)[][]) {
	const cells = [headers, ...rows.map((r) => r.map(String))];
	const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
	return [
		line(headers),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map(line)
	].join('\n');
}
const fixed = (value: number, digits = 0) => value.toFixed(digits);

const scale = curationAtScale(quick ? [10, 100, 1000] : [10, 100, 1000, 10_000], log);
const real = realRun(log);
const build = buildOutput();
const site = await siteFigures(log, quick ? 3 : 5);
const verdicts = judge({ scale, real, site, build });

const out: string[] = [];
out.push('Curation at scale: ingest + extraction, best pass (synthetic news from the seeds)');
out.push(
	table(
		[
			'articles',
			'MB',
			'ingest ms',
			'extract ms',
			'articles/s',
			'MB/s',
			'extract MB/s',
			'floor MB/s',
			'extract/floor',
			'all/floor',
			'ms/MB',
			'draft ms/article',
			'peak MB'
		],
		scale.map((s) => [
			s.articles.toLocaleString('en'),
			fixed(s.bytes / 1e6, 2),
			fixed(s.ingestMs, 1),
			fixed(s.extractMs, 1),
			fixed(s.articlesPerSecond),
			fixed(s.mbPerSecond, 1),
			fixed(s.extractMbPerSecond),
			fixed(s.floorMbPerSecond),
			`${fixed(s.ratioToFloor * 100)}%`,
			fixed(s.totalRatioToFloor * 100) + '%',
			fixed(s.msPerMB, 1),
			fixed(s.draftMsPerArticle, 2),
			fixed(s.maxRssMB)
		])
	)
);
out.push('MB/s and ms/MB: ingest + extraction. The floor: one /\\d/g pass over the same text.');
out.push('');
out.push(
	`npm run curate: ${real.curateMs.map((m) => fixed(m)).join(', ')} ms (median ${fixed(real.curateMedianMs)})`
);
out.push(`npm run build: ${fixed(real.buildMs / 1000, 1)} s`);
out.push('');
out.push('The build (gzip level 9, as adapter-static precompresses)');
out.push(
	`${build.chunks.length} JS chunks; the largest: ${build.chunks
		.slice(0, 3)
		.map((c) => `${c.path.split('/').at(-1)} ${fixed(c.gzipBytes / 1024, 1)} KB`)
		.join(', ')} (DuckDB's worker is an asset, not a chunk)`
);
out.push(`.wasm files: ${build.wasm.length} (${build.wasm.join(', ')})`);
out.push(
	`precompressed (.br and .gz beside): ${build.compressible - build.notPrecompressed.length} of ${build.compressible} compressible files`
);
out.push(`client JS files with zod: ${build.withZod.length}`);
out.push('');
out.push('The site in Chromium on localhost (ms; medians of the rounds)');
out.push(
	table(
		['measure', 'median', 'all'],
		[
			[
				'first contentful paint of /ru/',
				fixed(median(site.firstContentfulPaintMs)),
				site.firstContentfulPaintMs.map((m) => fixed(m)).join(' ')
			],
			['first KPI painted', fixed(site.firstPaint.firstKpiPaintMs), ''],
			[
				'DuckDB ready after load (console)',
				fixed(median(site.duckdbReadyAfterLoadMs)),
				site.duckdbReadyAfterLoadMs.map((m) => fixed(m)).join(' ')
			],
			[
				'filter → updated chart',
				fixed(median(site.filterToChartMs), 1),
				site.filterToChartMs.map((m) => fixed(m)).join(' ')
			],
			[
				'console: SELECT * FROM facts',
				fixed(median(site.consoleQueryMs), 1),
				site.consoleQueryMs.map((m) => fixed(m)).join(' ')
			]
		]
	)
);
out.push('');
out.push(
	`First paint of /ru/: ${site.firstPaint.resources.length} files, ${fixed(site.firstPaint.gzippedBytes / 1024, 1)} KB gzipped; ${fixed(site.firstPaint.transferredBytes / 1024, 1)} KB transferred (uncompressed) before the first KPI was painted`
);
out.push(
	`First paint of /en/: ${site.firstPaintEn.resources.length} files, ${fixed(site.firstPaintEn.gzippedBytes / 1024, 1)} KB gzipped`
);
for (const [path, paint] of [
	['/ru/', site.firstPaint],
	['/en/', site.firstPaintEn]
] as const) {
	out.push(
		`First load of ${path} (all it fetched until the network was quiet): ${paint.firstLoad.resources.length} files, ${fixed(paint.firstLoad.gzippedBytes / 1024, 1)} KB gzipped`
	);
}
out.push(
	table(
		['file of /ru/', 'kind', 'start', 'end', 'gzip KB', 'first paint'],
		site.firstPaint.firstLoad.resources.map((r) => [
			r.path,
			r.kind,
			fixed(r.startMs),
			fixed(r.endMs),
			fixed(r.gzipBytes / 1024, 1),
			site.firstPaint.resources.some((p) => p.path === r.path) ? 'yes' : ''
		])
	)
);
out.push('');
out.push('WebAssembly fetched (ms since the navigation began)');
out.push(
	table(
		['page', 'file', 'start', 'end'],
		site.wasm.map((w) => [w.page, w.file, fixed(w.startMs), fixed(w.endMs)])
	)
);
out.push('');
out.push('Budgets');
out.push(
	table(
		['budget', 'figure', 'verdict'],
		verdicts.map((v) => [v.budget, v.figure, v.met ? 'met' : 'MISSED'])
	)
);
process.stdout.write(out.join('\n') + '\n');

const dir = resolve(import.meta.dirname, '../../bench-results');
mkdirSync(dir, { recursive: true });
const result = {
	at: new Date().toISOString(),
	machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
	quick,
	scale,
	real,
	build,
	site,
	verdicts
};
const json = JSON.stringify(result, null, '\t') + '\n';
writeFileSync(join(dir, 'latest.json'), json);
writeFileSync(join(dir, `bench-${result.at.replaceAll(':', '-')}.json`), json);
log(`figures written to bench-results/latest.json`);
