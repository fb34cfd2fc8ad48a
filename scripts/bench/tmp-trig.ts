import { readdirSync, readFileSync } from 'node:fs';
import { numberWordSource } from '../curate/extract/number-words';
import { LETTER_CLASS } from '../curate/extract/chars';
const texts = readdirSync('/tmp/corpus1000').map((f) =>
	readFileSync('/tmp/corpus1000/' + f, 'utf8')
);
const B = ' \\n\\r\\t\\u00a0\\u202f\\u2009(«"„“';
const W = `${numberWordSource}(?![${LETTER_CLASS}])`;
const variants: Record<string, RegExp> = {
	cur: new RegExp(`[0-9]|[${B}]${W}`, 'g'),
	swap: new RegExp(`[${B}]${W}|[0-9]`, 'g'),
	look: new RegExp(`[0-9]|[${B}](?=[оОдДтТчЧпПшШсСвВнН])${W}`, 'g')
};
const run = (re: RegExp) => {
	let n = 0;
	for (const t of texts) {
		re.lastIndex = 0;
		while (re.test(t)) n++;
	}
	return n;
};
for (let k = 0; k < 2; k++)
	for (const [name, re] of Object.entries(variants)) {
		let best = Infinity;
		for (let i = 0; i < 30; i++) {
			const s = performance.now();
			run(re);
			best = Math.min(best, performance.now() - s);
		}
		console.log(name, best.toFixed(2), run(re));
	}
