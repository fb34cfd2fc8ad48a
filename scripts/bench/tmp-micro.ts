import { readdirSync, readFileSync } from 'node:fs';
import { extractMentions } from '../curate/extract/extract-mentions';
const texts = readdirSync('/tmp/corpus1000').map((f) =>
	readFileSync('/tmp/corpus1000/' + f, 'utf8')
);
const floor = () => {
	let n = 0;
	for (const t of texts) {
		const d = /\d/g;
		while (d.exec(t)) n++;
	}
	return n;
};
const ext = () => {
	let n = 0;
	for (const t of texts) n += extractMentions(t).length;
	return n;
};
const time = (f: () => number) => {
	let best = Infinity;
	for (let i = 0; i < 60; i++) {
		const s = performance.now();
		f();
		best = Math.min(best, performance.now() - s);
	}
	return best;
};
const fl = time(floor),
	ex = time(ext);
console.log(
	'floor',
	fl.toFixed(1),
	'extract',
	ex.toFixed(1),
	'ratio',
	((fl / ex) * 100).toFixed(0) + '%',
	'mentions',
	ext()
);
