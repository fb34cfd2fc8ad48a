import { isCountedUnit } from '../domain/format';
import { sectors, type Sector, type Status } from '../domain/vocabulary';
import type { FactRow } from '../sql/facts';
import { claimsOf, type Claim } from './claims';
import { disputed, observationsOf, type Observation } from './observations';
import { byEnd, startsOpen, within } from './period-range';
import { progressToward, type Progress } from './progress';

/** A plan, target or promise, with the baseline stated with it and how far an actual has come. */
export interface Goal {
	observation: Observation;
	baseline?: Observation;
	progress?: Progress & { actual: Observation; actualLabel: string };
}

/** One indicator as the overview shows it, built from its rows alone. */
export interface IndicatorOverview {
	indicatorId: string;
	label: string;
	/** The label in Russian. */
	label_ru: string;
	sector: Sector;
	unit: string;
	/** Whether a person has checked the indicator (one proposed by a draft has not). */
	reviewed: boolean;
	facts: FactRow[];
	claims: Claim[];
	/** Per area, the latest of what happened: an actual, else an event, else a lone baseline. */
	latest: Observation[];
	/** Per area, the latest plan, target and promise. */
	goals: Goal[];
}

const goalStatuses: readonly Status[] = ['plan', 'target', 'promise'];
const latestStatuses: readonly Status[] = ['actual', 'event', 'baseline'];

const latestOf = (observations: Observation[]) =>
	observations.reduce<Observation | undefined>(
		(last, o) => (!last || byEnd(last.range, o.range) <= 0 ? o : last),
		undefined
	);
const areasOf = (observations: Observation[]) => [...new Set(observations.map((o) => o.refArea))];
const facts = (o: Observation) => o.claims.flatMap((c) => c.sources);
const statementsOf = (o: Observation) =>
	new Set(facts(o).flatMap((f) => (f.statement_id ? [f.statement_id] : [])));

/** The baseline stated together with a goal ("from 16% to 25%"): one of its statements. */
function baselineOf(goal: Observation, observations: Observation[]): Observation | undefined {
	const statements = statementsOf(goal);
	return observations.find(
		(o) =>
			o.status === 'baseline' &&
			o.refArea === goal.refArea &&
			[...statementsOf(o)].some((s) => statements.has(s))
	);
}

/**
 * Whether an actual counts toward a goal: the same area and unit, and a period inside the goal's,
 * after its baseline; a goal open at its start ("by 2028") counts from the year it was stated.
 */
function countsToward(actual: Observation, goal: Observation, baseline?: Observation) {
	const a = actual.claims[0]!.fact;
	const g = goal.claims[0]!.fact;
	if (a.unit !== g.unit || a.unit === 'year' || actual.refArea !== goal.refArea) return false;
	if (!within(actual.range, goal.range)) return false;
	if (baseline) return actual.range.start > baseline.range.end;
	const stated = g.published.slice(0, 4);
	return !startsOpen(goal.range) || !stated || actual.range.start >= `${stated}-01-01`;
}

/**
 * Actuals that may measure a goal: the indicator's own, and, for counted things (buses, workshops),
 * another indicator's of the same sector and unit ("buses delivered" against "buses to be
 * purchased"). Shares and sums of money are compared within one indicator only: two percentages
 * of one sector need not measure the same thing.
 */
function comparable(goal: FactRow, actual: FactRow) {
	if (actual.indicator_id === goal.indicator_id) return true;
	return actual.sector === goal.sector && actual.unit === goal.unit && isCountedUnit(goal.unit);
}

function goalOf(goal: Observation, own: Observation[], actuals: Observation[]): Goal {
	const baseline = baselineOf(goal, own);
	if (disputed(goal) || (baseline && disputed(baseline))) return { observation: goal, baseline };
	const g = goal.claims[0]!.fact;
	const actual = latestOf(
		actuals.filter(
			(a) => comparable(g, a.claims[0]!.fact) && countsToward(a, goal, baseline) && !disputed(a)
		)
	);
	const progress = actual && progressToward(g, actual.claims[0]!.fact, baseline?.claims[0]!.fact);
	if (!actual || !progress) return { observation: goal, baseline };
	return {
		observation: goal,
		baseline,
		progress: { ...progress, actual, actualLabel: actual.claims[0]!.fact.label_en }
	};
}

/** Every indicator of the rows, by sector (in the schema's order), then by label. */
export function indicatorOverviews(rows: readonly FactRow[]): IndicatorOverview[] {
	const claims = claimsOf(rows);
	const observations = observationsOf(claims);
	const actuals = observations.filter((o) => o.status === 'actual');
	const byIndicator = new Map<string, Claim[]>();
	for (const claim of claims) {
		const list = byIndicator.get(claim.fact.indicator_id);
		if (list) list.push(claim);
		else byIndicator.set(claim.fact.indicator_id, [claim]);
	}
	const overviews = [...byIndicator].map(([indicatorId, own]): IndicatorOverview => {
		const first = own[0]!.fact;
		const mine = observations.filter((o) => o.indicatorId === indicatorId);
		const goals = mine.filter((o) => goalStatuses.includes(o.status));
		const tied = new Set(goals.map((g) => baselineOf(g, mine)?.key));
		const latest = areasOf(mine).flatMap((area) => {
			for (const status of latestStatuses) {
				const found = latestOf(
					mine.filter((o) => o.refArea === area && o.status === status && !tied.has(o.key))
				);
				if (found) return [found];
			}
			return [];
		});
		const latestGoals = areasOf(goals).flatMap((area) =>
			goalStatuses.flatMap((status) => {
				const found = latestOf(goals.filter((o) => o.refArea === area && o.status === status));
				return found ? [goalOf(found, mine, actuals)] : [];
			})
		);
		return {
			indicatorId,
			label: first.label_en,
			label_ru: first.label_ru,
			sector: first.sector,
			unit: first.unit,
			reviewed: first.indicator_reviewed,
			facts: rows.filter((r) => r.indicator_id === indicatorId),
			claims: own,
			latest,
			goals: latestGoals
		};
	});
	return overviews.sort(
		(a, b) =>
			sectors.indexOf(a.sector) - sectors.indexOf(b.sector) || a.label.localeCompare(b.label)
	);
}
