// The curation command: seeds + hand-written curation in, validated fact tables out. See README.md.
import { readFileSync } from 'node:fs';
import { buildTables } from './curate/build-tables';
import { extractMentions } from './curate/extract/extract-mentions';
import { readInputs, renderTables, staleOutputs } from './curate/files';
import { formatProblems } from './curate/problems';
import { articleProgress } from './curate/progress';
import { suggest } from './curate/suggest';
import { pendingWrites, recoverWrites, writeOutputs } from './curate/write-outputs';

const usage = `usage:
  npm run curate                      validate and write static/data/*.csv
  npm run curate -- --check           validate and compare with the files on disk; write nothing
  npm run curate -- mentions FILE     the numbers of a UTF-8 text file, as JSON Lines
  npm run curate -- suggest ARTICLE   YAML stubs for an article's unaccounted numbers`;

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

const [command, argument, ...rest] = process.argv.slice(2);
if (command === 'mentions' && argument && rest.length === 0) printMentions(argument);
else if (command === 'suggest' && argument && rest.length === 0) {
	try {
		process.stdout.write(suggest(readInputs(process.cwd()), argument));
	} catch (error) {
		fail((error as Error).message);
	}
} else if (command === undefined) run(false);
else if (command === '--check' && argument === undefined) run(true);
else fail(`unknown arguments: ${process.argv.slice(2).join(' ')}\n${usage}`);
