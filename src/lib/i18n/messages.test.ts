import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import settings from '../../../project.inlang/settings.json';

const messages = (locale: string): Record<string, unknown> =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));

test('every message exists in every language', () => {
	const keys = settings.locales.map((locale) =>
		Object.keys(messages(locale))
			.filter((k) => k !== '$schema')
			.sort()
	);
	for (const [i, locale] of settings.locales.entries()) {
		const missing = keys.flat().filter((k) => !keys[i]!.includes(k));
		expect([...new Set(missing)], `messages/${locale}.json lacks`).toEqual([]);
	}
});

test('Russian messages are written in Russian', () => {
	const russian = JSON.stringify(messages('ru'));
	const english = JSON.stringify(messages('en'));
	expect(russian).not.toBe(english);
	for (const [key, text] of Object.entries(messages('ru'))) {
		// An empty text is a part some language needs and another does not.
		if (key === '$schema' || typeof text !== 'string' || !text) continue;
		expect(text, key).toMatch(/[а-яё]/i);
	}
});
