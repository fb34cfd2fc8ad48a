// Runs once in the browser, before any page code.
import { z } from 'zod';

// Zod compiles object parsers with `new Function` after probing whether it may; the site's CSP
// (svelte.config.js) forbids eval, so the probe would report a violation on every page. Without
// the JIT zod parses the same way, a little slower, which the few rows parsed here do not notice.
z.config({ jitless: true });
