import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../kb/index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { docWith } from './fixtures/doc.js';

const kb = actorsKbFrom(loadKb());
const firstNames = loadFirstNames();

test('a named storm is no person nor an organisation of the story\'s country: "Tropical Storm Humberto" … "Humberto"', () => {
  // Wikinews (CC BY 2.5), wn-0ecd0b02d772 (2019-09-16), with the mentions the entity model tagged.
  const text = 'On Sunday night, the National Hurricane Center (NHC) upgraded Tropical Storm Humberto to hurricane status, making it the third '
    + 'hurricane of the 2019 Atlantic hurricane season. Humberto, now officially Hurricane Humberto, is a category 1 hurricane.';
  const entities = resolveEntities(docWith(text, [['National Hurricane Center', 'ORG'], ['NHC', 'ORG'], ['Tropical Storm Humberto', 'ORG'], ['Atlantic', 'LOC'],
    ['Humberto', 'ORG', 2], ['Humberto', 'PERSON', 3]], '2019-09-16'), kb, firstNames);
  const storms = entities.filter((e) => /Humberto/.test(e.name));
  assert.ok(storms.length > 0);
  for (const e of storms) assert.deepEqual([e.type, e.cameo], ['MISC', null], e.name);
  // with or without its storm word, a storm is one entity
  assert.deepEqual(storms.map((e) => e.mentions.map((m) => m.text)), [['Tropical Storm Humberto', 'Humberto', 'Humberto']]);
  // a name that only holds a storm's word is no storm: "Stormy Daniels"
  const daniels = resolveEntities(docWith('Stormy Daniels said she was paid.', [['Stormy Daniels', 'PERSON']], '2018-03-01'), kb, firstNames);
  assert.equal(daniels[0]?.type, 'PERSON');
});
