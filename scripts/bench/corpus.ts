// Synthetic news corpora for the curation benchmark: the real seeds' sentences, recombined, with
// their numbers replaced by others, in digits and in words, so the text reads like the news it
// stands for. Deterministic: the same size and seed give the same files.
import { Case, Gender, numeralize } from 'numeralize-ru';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded generator, so every run of the bench reads the same corpus. */
export function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const segmenter = new Intl.Segmenter('ru', { granularity: 'sentence' });

/** The sentences of every seed, without the date line. */
export function seedSentences(seedsDir: string): string[] {
	const sentences: string[] = [];
	for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
		const text = readFileSync(join(seedsDir, name), 'utf8').replace(/^\uFEFF?\s*date \S+\s*/, '');
		for (const { segment } of segmenter.segment(text)) {
			const sentence = segment.replace(/\s+/g, ' ').trim();
			if (sentence.length > 20) sentences.push(sentence);
		}
	}
	return sentences;
}

const numberPattern = /\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?/g;
const genders = [Gender.Masculine, Gender.Feminine, Gender.Neuter];
const cases = [Case.Nominative, Case.Genitive, Case.Dative, Case.Accusative, Case.Instrumental];

/** Another number of about the same size: in digits, grouped digits, a decimal, or words. */
function varied(original: string, next: () => number): string {
	const digits = original.replace(/\D/g, '').length;
	const value = Math.max(
		1,
		Math.floor(next() * 10 ** Math.min(digits + (next() < 0.3 ? 1 : 0), 9))
	);
	const style = next();
	if (style < 0.2 && value < 1_000_000) {
		const gender = genders[Math.floor(next() * genders.length)] ?? Gender.Masculine;
		const kase = cases[Math.floor(next() * cases.length)] ?? Case.Nominative;
		return numeralize(value, gender, kase, false);
	}
	if (style < 0.45 && value >= 1000) return value.toLocaleString('ru').replace(/\u00a0/g, ' ');
	if (style < 0.55) return `${value},${Math.floor(next() * 10)}`;
	return String(value);
}

/** One synthetic article: a date line and 8 to 24 sentences in paragraphs of two to four. */
export function syntheticArticle(sentences: string[], next: () => number): string {
	const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
	const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
	const lines: string[] = [];
	let paragraph: string[] = [];
	const count = 8 + Math.floor(next() * 17);
	for (let i = 0; i < count; i++) {
		const sentence = sentences[Math.floor(next() * sentences.length)] ?? '';
		paragraph.push(sentence.replace(numberPattern, (n) => varied(n, next)));
		if (paragraph.length >= 2 + Math.floor(next() * 3)) {
			lines.push(paragraph.join(' '));
			paragraph = [];
		}
	}
	if (paragraph.length) lines.push(paragraph.join(' '));
	return ` date 2025-${month}-${day} ${lines.join('\n')}\n`;
}

/** Writes `count` articles to `dir` one at a time (the corpus is never held whole). */
export function writeCorpus(dir: string, count: number, sentences: string[], seed = 2026) {
	mkdirSync(dir, { recursive: true });
	const next = random(seed);
	let bytes = 0;
	for (let i = 0; i < count; i++) {
		const text = syntheticArticle(sentences, next);
		const data = Buffer.from(text, 'utf8');
		writeFileSync(join(dir, `${String(i).padStart(5, '0')}_synthetic.txt`), data);
		bytes += data.length;
	}
	return { articles: count, bytes };
}
