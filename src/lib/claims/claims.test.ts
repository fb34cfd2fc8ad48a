import { describe, expect, test } from 'vitest';
import { claimsOf, sourcesByArticle } from './claims';
import { factRow } from './test-facts';

describe('claims', () => {
	test('facts of two articles with one claim_id are one claim with both as sources', () => {
		const first = factRow({ claim_id: 'c-same' });
		const second = factRow({ claim_id: 'c-same' });
		const other = factRow();
		const claims = claimsOf([first, other, second]);
		expect(claims.map((c) => c.claimId)).toEqual(['c-same', other.claim_id]);
		expect(claims[0]).toMatchObject({ fact: first, sources: [first, second], articles: 2 });
		expect(claims[1]).toMatchObject({ fact: other, sources: [other], articles: 1 });
	});

	test('a claim stands by its first reviewed source; a fact listed twice is one source', () => {
		const draft = factRow({ claim_id: 'c-x', reviewed: false });
		const checked = factRow({ claim_id: 'c-x' });
		const [claim] = claimsOf([draft, checked, draft]);
		expect(claim?.fact).toBe(checked);
		expect(claim?.sources).toEqual([draft, checked]);
	});

	test('one source per article: the first sentence of each', () => {
		const a1 = factRow({ article_id: 'a' });
		const a2 = factRow({ article_id: 'a' });
		const b = factRow({ article_id: 'b' });
		expect(sourcesByArticle([a1, b, a2])).toEqual([a1, b]);
	});

	test('no rows, no claims', () => expect(claimsOf([])).toEqual([]));
});
