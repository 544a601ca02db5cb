import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../util/random.js';
import { countingRandom, courseFile, readCourse, writeCourse } from './course-cache.js';

test('a counting generator draws the seeded sequence, and skipping n draws goes on where n draws would', () => {
  const plain = seededRandom(17);
  const counted = countingRandom(17);
  const skipping = countingRandom(17);
  for (let i = 0; i < 5; i++) assert.equal(counted.rng(), plain());
  skipping.skip(5);
  assert.equal(counted.draws(), 5);
  assert.equal(skipping.draws(), 5);
  assert.equal(skipping.rng(), counted.rng());
});

test('a saved tagging course is read back for sentences of the same lengths only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-course-'));
  try {
    const file = courseFile(dir, 17, { taggerFeatures: 'rich', taggerPasses: 2, taggerEpochs: 12, jackknifeFolds: 4 });
    const compact = { classes: 2, keys: Uint32Array.of(5), count: Uint8Array.of(1), entryClass: Uint8Array.of(1), entryWeight: Float32Array.of(0.5) };
    writeCourse(file, { compact, known: new Map([[7, 1]]), predicted: [Uint8Array.of(1, 0, 1)], draws: 42, lengths: [3] });
    const read = readCourse(file, [3]);
    assert.equal(read?.draws, 42);
    assert.deepEqual([...read!.predicted[0]], [1, 0, 1]);
    assert.equal(read!.known.get(7), 1);
    assert.deepEqual([...read!.compact.entryWeight], [0.5]);
    assert.equal(readCourse(file, [4]), null, 'other sentences: not this course');
    assert.equal(readCourse(join(dir, 'none.v8'), [3]), null);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a tagger with word clusters caches its course under another name; without them the name is as before', () => {
  const shipped = { taggerFeatures: 'rich', taggerPasses: 2, taggerEpochs: 12, jackknifeFolds: 4 };
  assert.equal(courseFile('cache', 17, shipped), join('cache', 'seed17-rich-2p-12e-4f.v8'));
  assert.equal(courseFile('cache', 17, { ...shipped, taggerClusters: null, taggerClusterFeatures: null }), join('cache', 'seed17-rich-2p-12e-4f.v8'));
  assert.equal(courseFile('cache', 17, { ...shipped, taggerClusters: 'tmp/c256.json', taggerClusterFeatures: 'full' }), join('cache', 'seed17-rich-c256-full-2p-12e-4f.v8'));
});
