import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../kb/index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { spells } from './acronyms.js';
import { docWith } from './fixtures/doc.js';

const kb = actorsKbFrom(loadKb());
const firstNames = loadFirstNames();

test('an acronym spells the initials of a name, with or without its small words', () => {
  assert.ok(spells('Syrian Democratic Forces', 'SDF'));
  assert.ok(spells('Democratic Republic of the Congo', 'DRC'));
  assert.ok(spells('African Continental Free Trade Area', 'ACFTA'));
  assert.ok(!spells('Democratic Forces', 'SDF'));
});

test('a name defined with its acronym is what the acronym names later; a nationality word the initials need joins the name', () => {
  // Wikinews, "US President Trump announces troop withdrawal from Syria" (2019-10-08), CC BY 2.5.
  const text = 'The US had been allied with Kurdish groups in fighting ISIS. One of these groups, the Syrian Democratic Forces (SDF), '
    + 'opposed the withdrawal. According to the BBC, the SDF is largely made up of YPG militia.';
  const doc = docWith(text, [['US', 'GPE'], ['Kurdish', 'NORP'], ['ISIS', 'ORG'], ['Syrian', 'NORP'], ['Democratic Forces', 'PERSON'], ['SDF', 'ORG'],
    ['BBC', 'ORG'], ['SDF', 'ORG', 2], ['YPG', 'ORG']], '2019-10-08');
  const sdf = resolveEntities(doc, kb, firstNames).find((e) => e.mentions.some((m) => m.text === 'SDF'));
  assert.equal(sdf?.name, 'Syrian Democratic Forces');
  assert.equal(sdf?.type, 'ORG');
  assert.deepEqual(sdf?.mentions.map((m) => m.text), ['Syrian Democratic Forces', 'SDF', 'SDF']);
  assert.equal(sdf?.country, 'SYR');
});

test('an acronym takes the KB link of the name it stands for', () => {
  // Wikinews, "Magnitogorsk apartment building collapses after explosion, dozens dead" (2018-12-31), CC BY 2.5.
  const text = 'The Investigative Committee and the Federal Security Service (FSB) said they believe gas was the trigger. The FSB found no trace of explosives.';
  const doc = docWith(text, [['Investigative Committee', 'ORG'], ['Federal Security Service', 'ORG'], ['FSB', 'ORG'], ['FSB', 'ORG', 2]], '2018-12-31');
  const fsb = resolveEntities(doc, kb, firstNames).find((e) => e.mentions.some((m) => m.text === 'FSB'));
  assert.equal(fsb?.name, 'Federal Security Service');
  assert.equal(fsb?.cameo, 'RUSCOP');
  assert.deepEqual(fsb?.mentions.filter((m) => m.form === 'name').map((m) => m.text), ['Federal Security Service', 'FSB', 'FSB']);
});
