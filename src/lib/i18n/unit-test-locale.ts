// Unit tests run outside any request and any page: without this, Paraglide's strategy would
// fall back to the base locale (Russian), and the tests read the English interface.
import { overwriteGetLocale } from '$lib/paraglide/runtime';

overwriteGetLocale(() => 'en');
