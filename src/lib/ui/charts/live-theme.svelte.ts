import { browser } from '$app/environment';
import { MediaQuery } from 'svelte/reactivity';
import { fallbackTheme, readTheme, type ChartTheme } from './theme';

/**
 * The chart theme of the page, kept current when the colour scheme changes: a canvas cannot follow
 * the CSS custom properties by itself. In the prerender it is the light palette.
 */
export class LiveTheme {
	readonly #dark = new MediaQuery('(prefers-color-scheme: dark)');

	readonly current: ChartTheme = $derived.by(() => {
		if (!browser) return fallbackTheme;
		// Read so that a flip of the scheme re-reads the properties, which follow it in app.css.
		void this.#dark.current;
		return readTheme();
	});
}
