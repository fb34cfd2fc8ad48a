import type { Db } from '../db/types';
import type { Qualifier, Sector, Status } from '../domain/vocabulary';
import type { Filter } from './filter';
import { sqlString, where } from './literals';
import { baseLocale } from '../domain/locale';

/** A fact with what it takes to show and cite it: its indicator's label and its article. */
export interface FactRow {
	fact_id: string;
	indicator_id: string;
	label_en: string;
	label_ru: string;
	sector: Sector;
	value: number;
	value_max: number | null;
	qualifier: Qualifier;
	unit: string;
	status: Status;
	period: string;
	/**
	 * The year a timeline places the fact at: the end of a closed period, else its start; null when
	 * the article gives no period.
	 */
	year: number | null;
	ref_area: string;
	actor: string;
	/** The actor in Russian, empty when the curation gives none. */
	actor_ru: string;
	statement_id: string;
	claim_id: string;
	note: string;
	/** The note in Russian, empty when the curation gives none. */
	note_ru: string;
	headline: boolean;
	reviewed: boolean;
	/** Whether a person has checked the fact's indicator (a draft may propose one). */
	indicator_reviewed: boolean;
	article_id: string;
	article_title: string;
	published: string;
	/** The article's publisher, empty when the curation gives none. */
	publisher: string;
	quote: string;
	/** The quoted sentence's and the figure's offsets in the article's text, as curated. */
	quote_start: number;
	quote_end: number;
	value_start: number;
	value_end: number;
	source: string;
}

/**
 * Where a downloaded row's source link points: the article page of the base language's tree, the
 * one the quote is written in.
 */
export const sourcePath = `/${baseLocale}/articles/`;

const periodYear = `TRY_CAST(coalesce(nullif(regexp_extract(f.period, '(\\d{4})[^0-9]*$', 1), ''), regexp_extract(f.period, '(\\d{4})', 1)) AS INTEGER)`;

/** The columns of FactRow; also the columns of every fact CSV a user downloads. */
export const factColumns = `f.fact_id, f.indicator_id, i.label_en, i.label_ru, i.sector, f.value, f.value_max, f.qualifier,
	f.unit, f.status, f.period, ${periodYear} AS year, f.ref_area, f.actor, f.actor_ru, f.statement_id, f.claim_id,
	f.note, f.note_ru, f.headline, f.reviewed, i.reviewed AS indicator_reviewed, f.article_id, a.title AS article_title, a.published, a.publisher, f.quote,
	f.quote_start, f.quote_end, f.value_start, f.value_end, '${sourcePath}' || f.article_id || '#fact-' || f.fact_id AS source`;

const factsFrom = `FROM facts f JOIN indicators i USING (indicator_id) JOIN articles a USING (article_id)`;

export const filterConditions = (filter: Filter) => [
	filter.sector && `i.sector = ${sqlString(filter.sector)}`,
	filter.status && `f.status = ${sqlString(filter.status)}`
];

export interface FactQuery {
	filter?: Filter;
	/** Reviewed headline facts only. */
	headline?: boolean;
	/**
	 * The reviewed sources of every claim that a reviewed headline fact states: a KPI card draws
	 * the claim once and lists them all, headline or not.
	 */
	headlineClaims?: boolean;
	indicatorId?: string;
	articleId?: string;
	/** Facts of other articles that state a claim this article states. */
	otherSourcesOf?: string;
	/** `reading` (default): article, then position in its text; `year`: by year first. */
	order?: 'reading' | 'year';
}

/** Facts with their sources, in the order asked for. */
export function factsSql(query: FactQuery = {}): string {
	const {
		filter = {},
		headline,
		headlineClaims,
		indicatorId,
		articleId,
		otherSourcesOf,
		order
	} = query;
	return `SELECT ${factColumns} ${factsFrom} ${where([
		...filterConditions(filter),
		// An unreviewed draft never reaches a KPI card.
		headline && 'f.headline AND f.reviewed',
		headlineClaims &&
			'f.reviewed AND f.claim_id IN (SELECT claim_id FROM facts WHERE headline AND reviewed)',
		indicatorId !== undefined && `f.indicator_id = ${sqlString(indicatorId)}`,
		articleId !== undefined && `f.article_id = ${sqlString(articleId)}`,
		otherSourcesOf !== undefined &&
			`f.article_id <> ${sqlString(otherSourcesOf)} AND f.claim_id IN (SELECT claim_id FROM facts WHERE article_id = ${sqlString(otherSourcesOf)})`
	])} ORDER BY ${order === 'year' ? 'year, ' : ''}f.article_id, f.value_start`;
}

export const facts = (db: Db, query?: FactQuery) => db.query<FactRow>(factsSql(query));
