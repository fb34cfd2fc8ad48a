import { score } from './evaluate';
import { moreForms } from './more-forms';
const s = score(moreForms);
console.log(JSON.stringify({ ...s, misses: s.misses.length }));
for (const m of s.misses) console.log(' ', m.kind, '|', m.expected, '|', m.got, '|', m.text);
