// The budgets of issues 5 and 15, each judged against the bench's figures.
import type { BuildOutput } from './build-output';
import type { ScaleFigures } from './curation-scale';
import type { RealRunFigures } from './real-run';
import { median } from './median';
import type { SiteFigures } from './site';

export interface Figures {
	scale: ScaleFigures[];
	real: RealRunFigures;
	site: SiteFigures;
	build: BuildOutput;
}

/** The byte budgets, gzipped: the bench judges them and tests/browser/budgets.test.ts holds them. */
export const byteBudgets = {
	/** HTML, JS and CSS before the first KPI is painted. */
	firstPaint: 150 * 1024,
	/** Everything the home page fetches until the network is quiet. */
	firstLoad: 115 * 1024,
	/** Any one JavaScript chunk of the client. */
	chunk: 64 * 1024
};

export interface Verdict {
	budget: string;
	figure: string;
	met: boolean;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function judge({ scale, real, site, build }: Figures): Verdict[] {
	const at = (articles: number) => scale.find((s) => s.articles === articles);
	const largest = scale.at(-1);
	const hundred = at(100);
	const verdicts: Verdict[] = [];
	const add = (budget: string, figure: string, met: boolean) =>
		verdicts.push({ budget, figure, met });

	if (largest) {
		add(
			'ingest + extraction ≥ 10 MB/s',
			`${largest.mbPerSecond.toFixed(1)} MB/s at ${largest.articles.toLocaleString('en')} articles`,
			largest.mbPerSecond >= 10
		);
		add(
			'extractor ≥ ¼ of the /\\d/g floor',
			`${(largest.ratioToFloor * 100).toFixed(0)}%: ${largest.extractMbPerSecond.toFixed(0)} of ${largest.floorMbPerSecond.toFixed(0)} MB/s`,
			largest.ratioToFloor >= 0.25
		);
		add(
			'peak memory of the largest run < 500 MB',
			`${largest.maxRssMB.toFixed(0)} MB`,
			largest.maxRssMB < 500
		);
	}
	if (largest && hundred && largest !== hundred) {
		const draftGrowth = largest.draftMsPerArticle / hundred.draftMsPerArticle;
		add(
			`draft time per article at ${largest.articles.toLocaleString('en')} ≤ 1.2× at 100 (linear)`,
			`${largest.draftMsPerArticle.toFixed(2)} ms against ${hundred.draftMsPerArticle.toFixed(2)} ms (${draftGrowth.toFixed(2)}×)`,
			draftGrowth <= 1.2
		);
		const growth = largest.msPerMB / hundred.msPerMB;
		add(
			`time per MB at ${largest.articles.toLocaleString('en')} ≤ 1.2× at 100`,
			`${growth.toFixed(2)}× (${largest.msPerMB.toFixed(1)} vs ${hundred.msPerMB.toFixed(1)} ms/MB)`,
			growth <= 1.2
		);
	}
	add('npm run curate < 1 s (median of 5)', ms(real.curateMedianMs), real.curateMedianMs < 1000);
	add('npm run build < 60 s', `${(real.buildMs / 1000).toFixed(1)} s`, real.buildMs < 60_000);
	for (const [path, firstPaint] of [
		['/ru/', site.firstPaint],
		['/en/', site.firstPaintEn]
	] as const) {
		add(
			`first paint of ${path} < ${kb(byteBudgets.firstPaint)} gzipped (HTML, JS, CSS; no DuckDB)`,
			kb(firstPaint.gzippedBytes),
			firstPaint.gzippedBytes < byteBudgets.firstPaint
		);
		add(
			`first load of ${path} ≤ ${kb(byteBudgets.firstLoad)} gzipped (all it fetches)`,
			kb(firstPaint.firstLoad.gzippedBytes),
			firstPaint.firstLoad.gzippedBytes <= byteBudgets.firstLoad
		);
	}
	const [biggest] = build.chunks;
	add(
		`no JS chunk over ${kb(byteBudgets.chunk)} gzipped`,
		biggest ? `${kb(biggest.gzipBytes)} (${biggest.path.split('/').at(-1)})` : 'none',
		!biggest || biggest.gzipBytes <= byteBudgets.chunk
	);
	add('one .wasm in the build', build.wasm.join(', ') || 'none', build.wasm.length === 1);
	add(
		'.br and .gz beside every compressible file',
		build.notPrecompressed.length
			? `${build.notPrecompressed.length} of ${build.compressible} without`
			: `all ${build.compressible}`,
		build.notPrecompressed.length === 0
	);
	add('no zod in the client', build.withZod.join(', ') || 'none', build.withZod.length === 0);
	add(
		'no .wasm before the first paint',
		site.firstPaint.wasmBeforePaint.join(', ') || 'none',
		site.firstPaint.wasmBeforePaint.length === 0
	);
	const perVisit = new Map<string, number>();
	for (const w of site.wasm) perVisit.set(w.page, (perVisit.get(w.page) ?? 0) + 1);
	add(
		'one DuckDB .wasm per visit that uses DuckDB',
		[...perVisit].map(([page, n]) => `${page}: ${n}`).join(', ') || 'none fetched',
		[...perVisit.values()].every((n) => n === 1)
	);
	const fcp = median(site.firstContentfulPaintMs);
	add('first contentful paint < 300 ms', ms(fcp), fcp < 300);
	const ready = median(site.duckdbReadyAfterLoadMs);
	add('DuckDB ready < 1.5 s after load', ms(ready), ready < 1500);
	const filter = median(site.filterToChartMs);
	add('filter → updated chart < 100 ms', ms(filter), filter < 100);
	const query = median(site.consoleQueryMs);
	add('console query over facts < 50 ms', ms(query), query < 50);
	return verdicts;
}
