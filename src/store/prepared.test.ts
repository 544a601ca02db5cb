import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bandKeys, fingerprint } from '../dedup/minhash.js';
import { contentHash } from '../model/document.js';
import { NAVALNY_CUT, navalnyArticle, rouhaniArticle } from './store.test-helpers.js';
import { prepareRecord } from './prepared.js';
import { openSqliteStore } from './sqlite/index.js';
import { JSON_LAYERS } from './sqlite/migrations.js';

test('a prepared record holds the text\'s hash, its fingerprint and band keys, and every layer kept as JSON', () => {
  const record = navalnyArticle();
  const prepared = prepareRecord(record);
  assert.equal(prepared.hash, contentHash(record.document.text));
  assert.deepEqual(prepared.fingerprint, fingerprint(record.document.text));
  assert.deepEqual(prepared.bandKeys, bandKeys(prepared.fingerprint.signature));
  assert.deepEqual(prepared.layers.map(([name]) => name), [...JSON_LAYERS, 'tokens']);
  assert.deepEqual(prepared.layers.map(([, json]) => JSON.parse(json)), [...JSON_LAYERS.map((name) => record[name]), record.tokens]);
});

test('a store writes the same records and stories whether it is handed prepared records or prepares them itself', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-prepared-'));
  try {
    const records = () => [navalnyArticle(), rouhaniArticle(), navalnyArticle({ id: 'navalny-cut', text: NAVALNY_CUT })];
    const plain = openSqliteStore(join(dir, 'plain.db'));
    const given = openSqliteStore(join(dir, 'prepared.db'));
    const stored = await plain.putAll(records().map((record) => ({ record, source: { origin: 'test' } })));
    const handed = await given.putAll(records().map((record) => ({ record, prepared: prepareRecord(record), source: { origin: 'test' } })));
    assert.deepEqual(handed, stored);
    assert.equal(new Set(stored.map((s) => s.story)).size, 2); // the cut copy joins the full article's story
    const all = async (store: typeof plain) => { const out = []; for await (const r of store.records()) out.push({ story: r.story, record: r.record }); return out; };
    assert.deepEqual(await all(given), await all(plain));
    await plain.close();
    await given.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
