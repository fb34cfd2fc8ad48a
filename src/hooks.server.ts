import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';

/**
 * The locale of each request (prerendered pages included) comes from its path, /ru/… or /en/…;
 * the middleware keeps it per request, so that pages prerendered side by side do not share it.
 * Paths without one (/, the CSVs, the zip) get Russian.
 */
export const handle: Handle = ({ event, resolve }) =>
	// The request is passed on as it came: the routes themselves carry the language ([lang=lang]).
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);
