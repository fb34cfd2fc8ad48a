import { beforeAll, describe, expect, test } from 'vitest';
import { claimsOf } from '$lib/claims/claims';
import { factRow } from '$lib/claims/test-facts';
import { nodeDb } from '$lib/server/db/node';
import { formatQuantity } from '$lib/domain/format';
import type { FactRow } from '$lib/sql/facts';
import { overviewRows } from '$lib/sql/overview-rows';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { headlineKpis, kpiValueText } from './kpi';

let headline: FactRow[];
beforeAll(async () => {
	headline = (await overviewRows(await nodeDb(), {})).headline;
});

describe('headline KPI cards on made-up rows', () => {
	test('a claim two articles state is one figure, with both articles as its sources', () => {
		const first = factRow({
			claim_id: 'c-one',
			headline: true,
			value: 3000,
			qualifier: 'more_than'
		});
		const second = factRow({ claim_id: 'c-one' });
		const [card, ...rest] = headlineKpis([first, second]);
		expect(rest).toEqual([]);
		expect(card!.figures).toEqual([{ factId: first.fact_id, text: 'more than 3,000' }]);
		expect(card!.sources).toEqual([first, second]);
	});

	test('the claims of one statement make one card, in order, with their status and periods', () => {
		const statement = { statement_id: 'from-16-to-25', unit: 'percent', article_id: 'a' };
		const baseline = factRow({ ...statement, status: 'baseline', value: 16, period: '2024' });
		const target = factRow({ ...statement, status: 'target', value: 25, period: '2025/..' });
		// The same statement in another article, under another statement id.
		const again = factRow({ ...target, fact_id: 'again', article_id: 'b', statement_id: 'b-s' });
		const [card, ...rest] = headlineKpis([baseline, target, again]);
		expect(rest).toEqual([]);
		expect(kpiValueText(card!)).toBe('16 → 25% target');
		expect(card!.statuses).toEqual(['baseline', 'target']);
		expect(card!.period).toBe('2024 → from 2025');
		expect(card!.sources.map((s) => s.fact_id)).toEqual([
			baseline.fact_id,
			target.fact_id,
			'again'
		]);
	});

	test('on a Russian page: Russian label, note, numbers, plural and dates', () => {
		overwriteGetLocale(() => 'ru');
		try {
			const buses = factRow({ headline: true, value: 3000, qualifier: 'more_than', unit: 'buses' });
			const [card] = headlineKpis([buses]);
			expect(card!.label).toEqual({ text: 'Выпуск виджетов', lang: 'ru' });
			expect(card!.note).toEqual({ text: 'Выдуманная цифра.', lang: 'ru' });
			expect(card!.figures[0]!.text).toBe('более\u00a03\u00a0000');
			expect(card!.unit).toBe('автобусов');
			expect(card!.period).toBe('2025');
			// A note without its Russian form is shown in English, and says so.
			const [english] = headlineKpis([factRow({ headline: true, note_ru: '' })]);
			expect(english!.note).toEqual({ text: 'A made-up figure.', lang: 'en' });
		} finally {
			overwriteGetLocale(() => 'en');
		}
	});

	test('no rows, no cards', () => {
		expect(headlineKpis([])).toEqual([]);
	});
});

describe('headline KPI cards on the archive', () => {
	test('every headline claim once; its figure is a claim, written the way its source means it', () => {
		const kpis = headlineKpis(headline);
		const figures = kpis.flatMap((k) => k.figures);
		const claims = claimsOf(headline);
		expect(figures.map((f) => f.factId).sort()).toEqual(claims.map((c) => c.fact.fact_id).sort());
		// A figure followed by another of its statement writes its sign once, after the last.
		for (const claim of claims) {
			const figure = figures.find((f) => f.factId === claim.fact.fact_id)!;
			const last = kpis.some((k) => k.figures.at(-1) === figure);
			if (last) expect(figure.text).toBe(formatQuantity(claim.fact, 'en'));
			else expect(formatQuantity(claim.fact, 'en').startsWith(figure.text), figure.text).toBe(true);
		}
	});

	test("a card's sources are every reviewed fact of its claims, and no draft", () => {
		for (const kpi of headlineKpis(headline)) {
			const claimIds = new Set(kpi.sources.map((s) => s.claim_id));
			expect(kpi.sources.map((s) => s.fact_id).sort()).toEqual(
				headline
					.filter((f) => claimIds.has(f.claim_id))
					.map((f) => f.fact_id)
					.sort()
			);
			expect(kpi.sources.every((s) => s.reviewed)).toBe(true);
			expect(kpi.label.text).toBe(kpi.sources[0]?.label_en);
		}
	});
});
