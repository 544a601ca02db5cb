import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictOf } from './baseline.js';
import { CHECKS, checkContext } from './checks.js';
import { describe, differences } from './compare.js';

test('differences name the path of every changed figure and item, and nothing when the outputs agree', () => {
  // the shape of `parley eval time --json`, with one figure and one list item changed
  const before = { task: 'time', strict: { f1: 0.8954496208017334 }, timexes: ['188-194 DATE 2025-01-13 time/weekday «Monday»'] };
  const after = { task: 'time', strict: { f1: 0.8954496208017335 }, timexes: ['188-194 DATE 2025-01-06 time/weekday «Monday»'], extra: 1 };
  assert.deepEqual(differences(before, structuredClone(before)), []);
  assert.deepEqual(describe(differences(before, after)), [
    'extra: (absent) → 1',
    'strict.f1: 0.8954496208017334 → 0.8954496208017335',
    'timexes[0]: "188-194 DATE 2025-01-13 time/weekday «Monday»" → "188-194 DATE 2025-01-06 time/weekday «Monday»"',
  ]);
  assert.equal(differences({ a: [1, 2, 3] }, { a: [4, 5, 6] }, 2).length, 2);
});

// The fast subset of `npm run equivalence`, which CI runs through `npm test`: the time, quote and entity
// layers of the demo corpus and the seed checks, as stored in data/eval/equivalence/.
const context = checkContext();
for (const check of CHECKS.filter((c) => c.fast)) {
  test(`equivalence: ${check.name} gives the output stored as its baseline`, () => {
    const verdict = verdictOf(check, check.run(context));
    const detail = verdict.kind === 'different' ? describe(verdict.differences).join('\n') : '';
    assert.equal(verdict.kind, 'same', `${check.name}: ${verdict.kind}\n${detail}\nIf the change is meant (a retrained model, a better rule), run \`npm run equivalence -- --update\` and commit data/eval/equivalence/.`);
  });
}
