import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash } from '../model/document.js';
import { readInputs } from './read.js';
import type { SourceDocument } from './sources.js';
import type { Notify } from './text.js';
import { decodeArticle } from './text.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-sources-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

// A sentence from English Wikinews (CC BY 2.5).
/** Every document of one file, through the readers ingest and analyze share. */
async function readSourceFile(path: string, notify?: Notify): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const doc of readInputs([path], { notify })) docs.push(doc);
  return docs;
}

const SENTENCE = 'Russian President Vladimir Putin said talks with Ukraine had stalled. ';

test('a JSON Lines corpus over 10 MB is read under the corpus limit, each article under its own (issue 15)', async () => {
  const article = SENTENCE.repeat(Math.ceil(1_200_000 / SENTENCE.length));
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `${i} ${article}` })).join('\n'));
  assert.equal((await readSourceFile(path)).length, 10);
  const huge = join(dir, 'huge.jsonl');
  writeFileSync(huge, JSON.stringify({ text: SENTENCE.repeat(Math.ceil(11 * 1048576 / SENTENCE.length)) }));
  await assert.rejects(() => readSourceFile(huge), /huge\.jsonl:1: is larger than the 10 MB limit for one article/);
});

test('texts differing only in a lone surrogate are refused before hashing, not merged (issue 16, defect 2)', async () => {
  const path = join(dir, 'lone.jsonl');
  writeFileSync(path, '{"text": "Biden \\ud800 said Putin lied."}\n{"text": "Biden \\ud801 said Putin lied."}');
  await assert.rejects(() => readSourceFile(path), /lone\.jsonl:1: holds a lone UTF-16 surrogate \(\\ud800\) at character 6/);
  // What the store would have made of them: both become U+FFFD in UTF-8, one hash for two texts.
  assert.equal(contentHash('Biden \ud800 said'), contentHash('Biden \ud801 said'));
  const paired = join(dir, 'paired.jsonl');
  writeFileSync(paired, '{"text": "Biden \\ud83d\\ude00 said Putin lied."}');
  assert.equal((await readSourceFile(paired))[0].text, 'Biden 😀 said Putin lied.');
});

test('a UTF-8 byte-order mark is removed from a file and the user is told; one inside JSON text is kept', async () => {
  const notes: string[] = [];
  const text = decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]), 'bom.txt', (m) => notes.push(m));
  assert.equal(text, SENTENCE);
  assert.deepEqual(notes, ['bom.txt: starts with a UTF-8 byte-order mark; it is not part of the text and was removed (offsets count from after it)']);
  const path = join(dir, 'bom.jsonl');
  writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ text: `\ufeff${SENTENCE}` }))]));
  const seen: string[] = [];
  assert.equal((await readSourceFile(path, (m) => seen.push(m)))[0].text, `\ufeff${SENTENCE}`);
  assert.equal(seen.length, 1);
});
