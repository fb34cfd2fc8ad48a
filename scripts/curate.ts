// The curation command: seeds + hand-written curation in, validated fact tables out. See README.md.
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTables } from './curate/build-tables';
import { extractMentions } from './curate/extract/extract-mentions';
import { readInputs, renderTables, staleOutputs } from './curate/files';
import { formatProblems } from './curate/problems';
import { articleProgress } from './curate/progress';
import { draftCuration } from './curate/draft/draft-command';
import { pendingWrites, recoverWrites, writeOutputs } from './curate/write-outputs';

const usage = `usage:
  npm run curate                      validate and write static/data/*.csv
  npm run curate -- --check           validate and compare with the files on disk; write nothing
  npm run curate -- mentions FILE     the numbers of a UTF-8 text file, as JSON Lines
  npm run curate -- draft ARTICLE     write data/curation/ARTICLE.yaml, a draft to review
  npm run curate -- draft ARTICLE --stdout   print the draft instead of writing it`;

function fail(message: string): never {
	process.stderr.write(`curate: ${message}\n`);
	process.exit(1);
}

function printMentions(file: string) {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		fail((error as Error).message);
	}
	let text: string;
	try {
		// ignoreBOM keeps a BOM in the text, so offsets match the file as Node reads it.
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		fail(`${file}: not valid UTF-8 text`);
	}
	const lines = extractMentions(text).map((m) =>
		JSON.stringify({
			start: m.start,
			end: m.end,
			surface: m.surface,
			value: m.value,
			value_max: m.value_max,
			unit: m.unit,
			qualifier: m.qualifier
		})
	);
	process.stdout.write(lines.map((line) => line + '\n').join(''));
}

function run(check: boolean) {
	const root = process.cwd();
	if (check) {
		const [pending] = pendingWrites(root);
		if (pending) fail(`${pending}: a killed run left its write unfinished: run npm run curate`);
	} else {
		for (const journal of recoverWrites(root)) {
			process.stderr.write(`curate: finished the write of a killed run (${journal})\n`);
		}
	}
	const progress = articleProgress(process.stderr);
	const { tables, problems, summary } = buildTables({
		...readInputs(root),
		onArticle: progress.update
	});
	progress.finish();
	// Drafts pass as they stand; the count of their facts tells the reviewer what is left to check.
	const unreviewed = summary.unreviewed
		? `, ${summary.unreviewed} unreviewed (drafts: set reviewed: true once checked)`
		: '';
	const line = `${summary.articles} articles, ${summary.mentions} mentions, ${summary.facts} facts, ${summary.dismissed} dismissed, ${summary.unaccounted} unaccounted${unreviewed}`;
	if (!tables) {
		for (const printed of formatProblems(problems)) process.stderr.write(printed + '\n');
		fail(`${problems.length} problem(s); nothing written (${line})`);
	}
	const outputs = renderTables(tables);
	if (check) {
		const stale = staleOutputs(root, outputs);
		if (stale.length) fail(`stale: ${stale.join(', ')}: run npm run curate and commit the result`);
		process.stdout.write(`${line}; static/data is up to date\n`);
		return;
	}
	writeOutputs(root, outputs);
	process.stdout.write(`${line}\n`);
}

/** Writes the draft beside its final name, then links it there: never over a file, never half. */
function writeDraft(articleId: string, stdout: boolean) {
	const root = process.cwd();
	let result;
	try {
		result = draftCuration(readInputs(root), articleId);
	} catch (error) {
		fail((error as Error).message);
	}
	if (stdout) return void process.stdout.write(result.yaml);
	const target = join(root, result.file);
	const staged = `${target}.${process.pid}.tmp`;
	writeFileSync(staged, result.yaml, { flag: 'wx' });
	try {
		linkSync(staged, target);
	} catch (error) {
		fail(`${result.file}: ${(error as Error).message}`);
	} finally {
		unlinkSync(staged);
	}
	const proposed = result.indicators ? `, ${result.indicators} indicator(s) proposed` : '';
	process.stdout.write(
		`${result.file}: ${result.facts} facts and ${result.dismissed} dismissed drafted${proposed}; review it, then set reviewed: true\n`
	);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { check: { type: 'boolean' }, stdout: { type: 'boolean' } }
	});
} catch (error) {
	fail(`${(error as Error).message}\n${usage}`);
}
const { values, positionals } = parsed;
const [command, argument, ...rest] = positionals;
const only = (...allowed: (keyof typeof values)[]) =>
	Object.keys(values).every((key) => allowed.includes(key as keyof typeof values)) &&
	rest.length === 0;
if (command === 'mentions' && argument && only()) printMentions(argument);
else if (command === 'draft' && argument && only('stdout')) writeDraft(argument, !!values.stdout);
else if (command === undefined && only('check')) run(!!values.check);
else fail(`unknown arguments: ${process.argv.slice(2).join(' ')}\n${usage}`);
