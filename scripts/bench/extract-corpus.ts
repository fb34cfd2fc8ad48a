// Child process of the benchmark: ingest + extraction over one corpus folder, article by article,
// with the bare /\d/g pass over the same text as the floor. Prints its figures as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Status } from '../../src/lib/server/schema';
import { loadInputs } from '../curate/build-tables';
import { draftArticle } from '../curate/draft/draft-article';
import { extractMentions } from '../curate/extract/extract-mentions';
import { readInputs } from '../curate/files';
import { ingestSeed } from '../curate/ingest';

const usage = (): never => {
	throw new Error('usage: extract-corpus DIR [PASSES]');
};
const { positionals } = parseArgs({ allowPositionals: true });
const dir = positionals[0] ?? usage();
const passesArgument = positionals[1] ?? '3';
const files = readdirSync(dir).sort();

function digitCount(text: string): number {
	const digit = /\d/g;
	let count = 0;
	while (digit.exec(text)) count++;
	return count;
}

function pass() {
	let ingestNs = 0n;
	let extractNs = 0n;
	let floorNs = 0n;
	let bytes = 0;
	let chars = 0;
	let mentions = 0;
	let digits = 0;
	for (const name of files) {
		const raw = readFileSync(join(dir, name));
		bytes += raw.length;
		let started = process.hrtime.bigint();
		const { seed, problems } = ingestSeed(`seeds/${name}`, raw);
		if (!seed) throw new Error(`${name}: ${problems.map((p) => p.message).join('; ')}`);
		ingestNs += process.hrtime.bigint() - started;
		started = process.hrtime.bigint();
		mentions += extractMentions(seed.text).length;
		extractNs += process.hrtime.bigint() - started;
		chars += seed.text.length;
		started = process.hrtime.bigint();
		digits += digitCount(seed.text);
		floorNs += process.hrtime.bigint() - started;
	}
	return {
		ingestMs: Number(ingestNs) / 1e6,
		extractMs: Number(extractNs) / 1e6,
		floorMs: Number(floorNs) / 1e6,
		bytes,
		chars,
		mentions,
		digits
	};
}

/** One pass of `curate draft` over every article, against the project's own dictionary. */
function draftPass(): number {
	const loaded = loadInputs(readInputs(join(import.meta.dirname, '../..')));
	const statusesOf = new Map<string, Set<Status>>();
	for (const source of loaded.curations.values()) {
		for (const f of source.data.facts) {
			statusesOf.set(f.indicator, (statusesOf.get(f.indicator) ?? new Set()).add(f.status));
		}
	}
	const context = { indicators: loaded.indicators, statusesOf, factIds: new Set<string>() };
	const started = process.hrtime.bigint();
	for (const name of files) {
		const { seed } = ingestSeed(`seeds/${name}`, readFileSync(join(dir, name)));
		if (seed) draftArticle(seed, extractMentions(seed.text), context);
	}
	return Number(process.hrtime.bigint() - started) / 1e6;
}

// The best of a few passes: the first also pays for compiling the extractor.
const passes = Array.from({ length: Math.max(1, Number(passesArgument)) }, pass);
const best = (key: 'ingestMs' | 'extractMs' | 'floorMs') => Math.min(...passes.map((p) => p[key]));
const first = passes[0] as ReturnType<typeof pass>;
process.stdout.write(
	JSON.stringify({
		articles: files.length,
		bytes: first.bytes,
		chars: first.chars,
		mentions: first.mentions,
		digits: first.digits,
		ingestMs: best('ingestMs'),
		extractMs: best('extractMs'),
		floorMs: best('floorMs'),
		firstPassMs: first.ingestMs + first.extractMs,
		draftMs: draftPass(),
		maxRssMB: process.resourceUsage().maxRSS / 1024
	}) + '\n'
);
