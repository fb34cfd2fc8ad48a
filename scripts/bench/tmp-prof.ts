import { readdirSync, readFileSync } from 'node:fs';
import { extractMentions } from '../curate/extract/extract-mentions';
const texts = readdirSync('/tmp/corpus1000').map((f) =>
	readFileSync('/tmp/corpus1000/' + f, 'utf8')
);
let n = 0;
for (let i = 0; i < 200; i++) for (const t of texts) n += extractMentions(t).length;
console.log(n);
