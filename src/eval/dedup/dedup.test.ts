import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NAVALNY_TEXT, ROUHANI_TEXT } from '../../store/store.test-helpers.js';
import { cut, reorder, seeded, trimQuotes } from './edits.js';
import { dedupEval } from './task.js';

// Texts from English Wikinews (CC BY 2.5); see src/store/store.test-helpers.ts for the pages.
const dir = mkdtempSync(join(tmpdir(), 'parley-dedup-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const article = { id: 'navalny', title: 'Germany says Alexei Navalny poisoned with Novichok', text: NAVALNY_TEXT };

test('the edits keep the lead and change what they say they change', () => {
  const random = seeded(1);
  const short = cut(article, random);
  assert.ok(NAVALNY_TEXT.startsWith(short.text) && short.text.length < NAVALNY_TEXT.length);
  const moved = reorder(article, random);
  assert.equal(moved.text.split('\n\n')[0], NAVALNY_TEXT.split('\n\n')[0]);
  assert.deepEqual(moved.text.split('\n\n').sort(), NAVALNY_TEXT.split('\n\n').sort());
  const rouhani = trimQuotes({ id: 'r', title: 'Rouhani', text: ROUHANI_TEXT });
  assert.match(rouhani.text, /"The presence of foreign forces can be dangerous for the region, international waters, as well as the security …"/);
  assert.match(rouhani.text, /"get out of the region"/, 'a quotation of six words or fewer is kept');
});

test('eval dedup scores labelled pairs and reports by kind', async () => {
  const path = join(dir, 'pairs.jsonl');
  const pairs = [
    { a: NAVALNY_TEXT, b: cut(article, seeded(2)).text, duplicate: true, kind: 'cut' },
    { a: { text: NAVALNY_TEXT }, b: { text: ROUHANI_TEXT }, duplicate: false, kind: 'different' },
    { a: ROUHANI_TEXT, b: ROUHANI_TEXT, duplicate: true, kind: 'exact' },
  ];
  writeFileSync(path, pairs.map((p) => JSON.stringify(p)).join('\n'));
  const r = await dedupEval.run({ pairs: path }, []);
  assert.deepEqual([r.task, r.pairs, r.precision, r.recall, r.f1], ['dedup', 3, 1, 1, 1]);
  assert.deepEqual(r.byKind.different, { pairs: 1, right: 1, accuracy: 1 });
  writeFileSync(path, '{"a": "x"}\n');
  await assert.rejects(dedupEval.run({ pairs: path }, []), /expected \{"a", "b", "duplicate"/);
});
