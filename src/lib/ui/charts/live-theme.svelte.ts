import { onMount } from 'svelte';
import { fallbackTheme, readTheme, type ChartTheme } from './theme';

/**
 * The chart theme of the page, kept current when the colour scheme changes. Create it while a
 * component initialises; until mount (and in the prerender) it is the light palette.
 */
export class LiveTheme {
	current = $state<ChartTheme>(fallbackTheme);

	constructor() {
		onMount(() => {
			const scheme = matchMedia('(prefers-color-scheme: dark)');
			const update = () => (this.current = readTheme());
			update();
			scheme.addEventListener('change', update);
			return () => scheme.removeEventListener('change', update);
		});
	}
}
