// `npm run curate -- draft`, end to end in a small project of its own: the draft is written once,
// passes as it stands, joins the claims already there, and becomes reviewed by one edit.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parseCsv } from '../src/lib/server/csv';
import { tables as schemas } from '../src/lib/server/schema';
import { runCurate } from './curate/fixture-project';
import { dataFolder, tableFile } from '../src/lib/domain/data-files';
import type { TableName } from '../src/lib/domain/vocabulary';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const plan = 'Мэрия Бишкека планирует в этом году закупить 600 автобусов.';
const deliveries = readFileSync(
	join(import.meta.dirname, '../tests/fixtures/draft-articles/bus-deliveries.txt')
);

/** A project with one curated article (the 600-bus plan) and a new one, not yet curated. */
function project(): string {
	const root = mkdtempSync(join(tmpdir(), 'kg-draft-'));
	roots.push(root);
	for (const dir of ['seeds', 'data/curation', 'static/data'])
		mkdirSync(join(root, dir), { recursive: true });
	writeFileSync(join(root, 'seeds/plan.txt'), ` date 2026-01-31 ${plan}`);
	writeFileSync(join(root, 'seeds/deliveries.txt'), deliveries);
	writeFileSync(
		join(root, 'data/indicators.yaml'),
		[
			'indicators:',
			'  - id: bus_purchase_plan',
			'    label_en: Buses to be purchased',
			'    label_ru: Планируемая закупка автобусов',
			'    sector: automotive',
			'    unit: buses',
			'    description: Buses a public body plans to buy.',
			''
		].join('\n')
	);
	writeFileSync(
		join(root, 'data/curation/plan.yaml'),
		[
			'facts:',
			'  - id: plan-buses',
			'    indicator: bus_purchase_plan',
			`    quote: ${plan}`,
			'    value: 600',
			'    status: plan',
			"    period: '2026'",
			'    period_basis: relative',
			'    ref_area: KG-GB',
			'    note: Bishkek plans to buy 600 buses in 2026.',
			''
		].join('\n')
	);
	return root;
}

const read = (root: string, name: TableName) =>
	readFileSync(join(root, dataFolder, tableFile(name)), 'utf8');
const factsOf = (root: string) => parseCsv(schemas.facts, read(root, 'facts'));
const indicatorsOf = (root: string) => parseCsv(schemas.indicators, read(root, 'indicators'));

test('a draft is written once, passes as it stands, and shares the claims it restates', () => {
	const root = project();
	const before = runCurate(root);
	expect(before.status).toBe(1);
	expect(before.stderr).toMatch(
		/draft data\/curation\/deliveries\.yaml with npm run curate -- draft deliveries/
	);

	const printed = runCurate(root, 'draft', 'deliveries', '--stdout');
	expect(printed.status).toBe(0);
	expect(printed.stdout).toMatch(/^reviewed: false$/m);
	expect(existsSync(join(root, 'data/curation/deliveries.yaml'))).toBe(false);

	const written = runCurate(root, 'draft', 'deliveries');
	expect(written.stderr).toBe('');
	expect(written.stdout).toMatch(
		/^data\/curation\/deliveries\.yaml: \d+ facts and \d+ dismissed drafted/
	);
	const file = join(root, 'data/curation/deliveries.yaml');
	expect(readFileSync(file, 'utf8')).toBe(printed.stdout);

	const again = runCurate(root, 'draft', 'deliveries');
	expect(again.status).toBe(1);
	expect(again.stderr).toMatch(/deliveries\.yaml exists: a draft never overwrites a curation file/);
	expect(readFileSync(file, 'utf8')).toBe(printed.stdout);

	const run = runCurate(root);
	expect(run.stderr).toBe('');
	expect(run.stdout).toMatch(/, \d+ unreviewed \(drafts: set reviewed: true once checked\)\n$/);
	const facts = factsOf(root);
	const buses = facts.filter((f) => f.value === 600 && f.indicator_id === 'bus_purchase_plan');
	expect(buses.map((f) => f.article_id).sort()).toEqual(['deliveries', 'plan']);
	expect(new Set(buses.map((f) => f.claim_id)).size).toBe(1);
	expect(facts.filter((f) => f.article_id === 'deliveries').every((f) => !f.reviewed)).toBe(true);
	const proposed = indicatorsOf(root).filter((i) => i.indicator_id !== 'bus_purchase_plan');
	expect(proposed.length).toBeGreaterThan(0);
	expect(proposed.every((i) => !i.reviewed)).toBe(true);

	// The reviewer's one required edit.
	writeFileSync(file, readFileSync(file, 'utf8').replace('reviewed: false', 'reviewed: true'));
	const reviewed = runCurate(root);
	expect(reviewed.stdout).not.toMatch(/unreviewed/);
	expect(factsOf(root).every((f) => f.reviewed)).toBe(true);
	expect(indicatorsOf(root).every((i) => i.reviewed)).toBe(true);
});

test('draft names what it cannot do', () => {
	const root = project();
	const missing = runCurate(root, 'draft', 'nosuch');
	expect(missing.status).toBe(1);
	expect(missing.stderr).toMatch(/no article "nosuch": expected seeds\/nosuch\.txt/);
	const curated = runCurate(root, 'draft', 'plan');
	expect(curated.stderr).toMatch(/data\/curation\/plan\.yaml exists/);
	const wrong = runCurate(root, 'draft');
	expect(wrong.stderr).toMatch(/unknown arguments: draft\nusage:/);
});
