// axe-core inside a page. Its source goes in through page.evaluate, which a page's Content Security
// Policy does not govern (a <script> tag would be blocked by a strict one).
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The WCAG 2.0, 2.1 and 2.2 rules of levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/** Runs axe over the whole page; returns every violation with its impact and where it is. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// A string is evaluated as it stands by DevTools (no eval() inside the page, which CSP forbids).
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate(async (tags) => {
		const scope = window as unknown as { axe: typeof import('axe-core') };
		const results = await scope.axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations']
		});
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? null,
			help: v.help,
			targets: v.nodes.map((n) => n.target.join(' '))
		}));
	}, wcagTags);
}

/** Violations axe rates serious or critical: what the dashboard must never have. */
export const seriousOrCritical = (violations: AxeViolation[]) =>
	violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** One line per violation and target, for a failure message a person can act on. */
export const describeViolations = (violations: AxeViolation[]) =>
	violations
		.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.targets.map((t) => `  - ${t}`).join('\n')}`)
		.join('\n');

/**
 * Fails with a readable list when axe finds a serious or critical violation. Every <details> is
 * opened first, since axe skips what is hidden and the table views hold most of the content.
 */
export async function expectNoSeriousViolation(page: Page, where: string) {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const violations = seriousOrCritical(await axeViolations(page));
	expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}
