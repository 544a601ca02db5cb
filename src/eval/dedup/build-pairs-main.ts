import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPairs, readArticles } from './pairs.js';

/** `npm run data:dedup-pairs`: rebuilds data/eval/dedup-pairs.jsonl from ../shared/data/wikinews (seeded, reproducible). */
const root = new URL('../../../', import.meta.url);
const source = fileURLToPath(new URL('../shared/data/wikinews/articles.jsonl', root));
const target = fileURLToPath(new URL('data/eval/dedup-pairs.jsonl', root));
const pairs = buildPairs(readArticles(source));
writeFileSync(target, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
const count = (dup: boolean) => pairs.filter((p) => p.duplicate === dup).length;
console.log(`${target}: ${pairs.length} pairs (${count(true)} near-duplicates, ${count(false)} different articles on the same topic)`);
