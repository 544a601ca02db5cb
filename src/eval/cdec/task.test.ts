import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_ECB_DIR, SENTENCE_LIST } from './corpus.js';
import { cdecEval } from './task.js';

const staged = existsSync(DEFAULT_ECB_DIR);

test('eval cdec end to end on one ECB+ dev topic: the standard setting, Parley beside the baseline, in the eval format', {
  skip: staged ? false : `ECB+ is not at ${DEFAULT_ECB_DIR} (evaluation data, not in the repository)`,
}, async () => {
  // A folder holding only dev topic 2 (the Oscars host), its sentence list beside it, so the test analyses 21 articles, not 197.
  const root = mkdtempSync(join(tmpdir(), 'parley-cdec-'));
  try {
    mkdirSync(join(root, 'ECB+'));
    symlinkSync(resolve(DEFAULT_ECB_DIR, '2'), join(root, 'ECB+', '2'));
    symlinkSync(resolve(dirname(DEFAULT_ECB_DIR), SENTENCE_LIST), join(root, SENTENCE_LIST));
    const r = await cdecEval.run({ ecb: join(root, 'ECB+') }, []);
    assert.equal(r.task, 'cdec');
    assert.deepEqual(r.setting, { mentions: 'gold', within: 'topic', singletons: true });
    assert.equal(r.documents, 21);
    assert.ok(r.mentions > 0 && r.goldClusters > 0 && r.goldClusters <= r.mentions);
    for (const s of [r, r.baseline]) {
      for (const metric of [s.muc, s.bcubed, s.ceafe]) for (const x of [metric.precision, metric.recall, metric.f1]) assert.ok(x >= 0 && x <= 1);
      assert.ok(Math.abs(s.conllF1 - (s.muc.f1 + s.bcubed.f1 + s.ceafe.f1) / 3) < 1e-12);
      assert.ok(s.clusters >= 1 && s.clusters <= r.mentions);
    }
    const table = cdecEval.table(r);
    assert.match(table, /clustered within each topic, singletons included/);
    assert.match(table, /same-lemma baseline/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
