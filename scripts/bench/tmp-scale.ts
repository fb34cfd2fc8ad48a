import { curationAtScale } from './curation-scale';
const r = curationAtScale([1000, 10_000], (l) => process.stderr.write(l + '\n'));
for (const s of r)
	console.log(
		s.articles,
		'extract MB/s',
		s.extractMbPerSecond.toFixed(0),
		'floor',
		s.floorMbPerSecond.toFixed(0),
		'ratio',
		(s.ratioToFloor * 100).toFixed(0) + '%',
		'all MB/s',
		s.mbPerSecond.toFixed(0)
	);
