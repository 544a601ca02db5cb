import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKb } from './check.js';
import { loadKb } from './index.js';
import type { Kb, KbActor } from './types.js';

test('the shipped knowledge base passes kb:check', () => {
  assert.deepEqual(checkKb(), []);
});

/** The real knowledge base with one more actor, to show each check catches what it should. */
function withExtra(extra: KbActor): Kb {
  const kb = loadKb();
  return { ...kb, all: () => [...kb.all(), extra] };
}

const claimant: KbActor = {
  id: 'person:claimant',
  kind: 'person',
  name: 'Test Claimant',
  aliases: ['Zelenskyy'],
  country: 'UKR',
  cameo: 'UKRGOV',
  source: 'manual',
  codes: [],
  surname: 'Claimant',
  tenures: [
    { office: 'President', title: 'President', country: 'UKR', start: '2022-02-24', end: '2022-03-01', elected: null, cameo: 'UKRGOV', source: 'manual' },
    { office: 'Grand Vizier', title: 'Grand Vizier', country: 'ZZZ', start: '2022-02-30', end: '2021-01-01', elected: '2023-01-01', cameo: 'UKRXYZ', source: 'manual' },
  ],
};

test('kb:check reports overlaps, unknown codes, bad dates and unexplained shared names', () => {
  const problems = checkKb(withExtra(claimant)).join('\n');
  assert.match(problems, /President of UKR: person:zelensky .* overlaps person:claimant/);
  assert.match(problems, /unknown office "Grand Vizier"/);
  assert.match(problems, /unknown country or organisation ZZZ/);
  assert.match(problems, /invalid CAMEO code UKRXYZ/);
  assert.match(problems, /start is not a real YYYY-MM-DD date/);
  assert.match(problems, /ends \(2021-01-01\) before it starts/);
  assert.match(problems, /elected 2023-01-01 is not a real date on or before the start/);
  assert.match(problems, /name "zelenskyy" is shared by person:zelensky, person:claimant/);
});
