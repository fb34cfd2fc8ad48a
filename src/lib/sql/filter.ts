import { z } from 'zod';
import { Sector, Status } from '../domain/schema';

/** The overview's filters; they live in the URL query (`/?sector=automotive&status=plan`). */
export const Filter = z.object({
	sector: Sector.optional().catch(undefined),
	status: Status.optional().catch(undefined)
});
export type Filter = z.infer<typeof Filter>;
export const filterKeys = ['sector', 'status'] as const;

/** Unknown or misspelt values are dropped, so a hand-edited URL cannot reach the SQL. */
export function filterFromParams(params: URLSearchParams): Filter {
	return Filter.parse(
		Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? undefined]))
	);
}

export function filterToParams(filter: Filter): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of filterKeys) if (filter[key]) params.set(key, filter[key]);
	return params;
}

export const isFiltered = (filter: Filter) => filterKeys.some((key) => filter[key] !== undefined);

/** Words for file names and captions: `sector-automotive_status-plan`. */
export const filterSlug = (filter: Filter) =>
	filterKeys.flatMap((key) => (filter[key] ? [`${key}-${filter[key]}`] : [])).join('_');
