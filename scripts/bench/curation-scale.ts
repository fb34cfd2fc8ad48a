// Part 1 of the bench: ingest + extraction over synthetic corpora of growing size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedSentences, writeCorpus } from './corpus';

export interface ScaleFigures {
	articles: number;
	bytes: number;
	mentions: number;
	/** Best pass of ingest (decode, normalise, hash), in ms. */
	ingestMs: number;
	/** Best pass of the extractor alone, in ms. */
	extractMs: number;
	/** Ingest + extraction: the best passes of each, added. */
	totalMs: number;
	/** Best pass of the floor: one /\d/g pass over the same text, counting matches. */
	floorMs: number;
	/** The first pass, JIT compilation included. */
	firstPassMs: number;
	/** One pass of `curate draft` over every article (ingest and extraction included). */
	draftMs: number;
	draftMsPerArticle: number;
	maxRssMB: number;
	articlesPerSecond: number;
	mbPerSecond: number;
	floorMbPerSecond: number;
	/** The extractor's speed alone. */
	extractMbPerSecond: number;
	/** The extractor's speed as a share of the floor's. */
	ratioToFloor: number;
	/** Ingest + extraction as a share of the floor's speed. */
	totalRatioToFloor: number;
	msPerMB: number;
}

const projectRoot = resolve(import.meta.dirname, '../..');

/** Runs the extraction in a child process per corpus, so that its peak memory is its own. */
function measure(
	dir: string,
	passes: number
): Omit<
	ScaleFigures,
	`${string}Second` | `${string}atioToFloor` | 'msPerMB' | 'totalMs' | 'draftMsPerArticle'
> {
	const child = spawnSync(
		process.execPath,
		[
			join(projectRoot, 'scripts/run-bundled.mjs'),
			'scripts/bench/extract-corpus.ts',
			dir,
			String(passes)
		],
		{ encoding: 'utf8', maxBuffer: 1 << 20 }
	);
	if (child.status !== 0) throw new Error(`extract-corpus failed: ${child.stderr}`);
	return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}');
}

export function curationAtScale(
	sizes = [10, 100, 1000, 10_000],
	log: (line: string) => void = () => {}
): ScaleFigures[] {
	const sentences = seedSentences(join(projectRoot, 'seeds'));
	const figures: ScaleFigures[] = [];
	for (const size of sizes) {
		const dir = mkdtempSync(join(tmpdir(), `kg-bench-${size}-`));
		try {
			log(`corpus of ${size.toLocaleString('en')} articles…`);
			writeCorpus(dir, size, sentences);
			const m = measure(dir, size >= 10_000 ? 2 : 3);
			const mb = m.bytes / 1e6;
			const totalMs = m.ingestMs + m.extractMs;
			figures.push({
				...m,
				totalMs,
				articlesPerSecond: m.articles / (totalMs / 1000),
				mbPerSecond: mb / (totalMs / 1000),
				extractMbPerSecond: mb / (m.extractMs / 1000),
				floorMbPerSecond: mb / (m.floorMs / 1000),
				ratioToFloor: m.floorMs / m.extractMs,
				totalRatioToFloor: m.floorMs / totalMs,
				msPerMB: totalMs / mb,
				draftMsPerArticle: m.draftMs / m.articles
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	return figures;
}
