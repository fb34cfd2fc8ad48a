import { sectors, statuses, type Sector, type Status } from '../domain/vocabulary';

/** The overview's filters; they live in the URL query (`/?sector=automotive&status=plan`). */
export interface Filter {
	sector?: Sector;
	status?: Status;
}
export const filterKeys = ['sector', 'status'] as const;

/** `value` if it is one of `values`. */
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
	values.find((allowed) => allowed === value);

/** Unknown or misspelt values are dropped, so a hand-edited URL cannot reach the SQL. */
export const filterFromParams = (params: URLSearchParams): Filter => ({
	sector: oneOf(sectors, params.get('sector')),
	status: oneOf(statuses, params.get('status'))
});

export function filterToParams(filter: Filter): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of filterKeys) if (filter[key]) params.set(key, filter[key]);
	return params;
}

export const isFiltered = (filter: Filter) => filterKeys.some((key) => filter[key] !== undefined);

/** Words for file names and captions: `sector-automotive_status-plan`. */
export const filterSlug = (filter: Filter) =>
	filterKeys.flatMap((key) => (filter[key] ? [`${key}-${filter[key]}`] : [])).join('_');
