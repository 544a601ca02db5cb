import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../kb/index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import type { Entity } from '../../model/layers.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { docWith, type MentionSpec } from './fixtures/doc.js';

const kb = actorsKbFrom(loadKb());
const firstNames = loadFirstNames();

/**
 * Invented news sentences, with the mentions the entity model tagged in them, where an office title, a rank or a title
 * of address and a name are confused: the entity named must have this type (and, when given, no CAMEO code).
 */
const CASES: ReadonlyArray<{ text: string; mentions: readonly MentionSpec[]; entities: Readonly<Record<string, Entity['type']>>; uncoded?: readonly string[]; absent?: readonly string[] }> = [
  // a company whose name a rank opens is no general
  { text: 'General Motors said it would close the plant.', mentions: [['General Motors', 'ORG']], entities: { 'General Motors': 'ORG' }, absent: ['Motors'] },
  { text: 'General Dynamics won the contract.', mentions: [['General Dynamics', 'ORG']], entities: { 'General Dynamics': 'ORG' }, absent: ['Dynamics'] },
  { text: 'General Mills said sales fell.', mentions: [['General Mills', 'ORG']], entities: { 'General Mills': 'ORG' }, absent: ['Mills'] },
  { text: 'General Petraeus said the war was not over.', mentions: [['General Petraeus', 'ORG']], entities: { Petraeus: 'PERSON' } },
  // a surname spelt as a place, after a rank or a title of address
  { text: 'Sergeant Jordan said the search was over.', mentions: [['Jordan', 'PERSON']], entities: { Jordan: 'PERSON' }, uncoded: ['Jordan'] },
  { text: 'Detective Paris said the case was closed.', mentions: [['Detective Paris', 'PERSON']], entities: { Paris: 'PERSON' }, uncoded: ['Paris'] },
  { text: 'Captain Rochester said the search was over.', mentions: [['Captain Rochester', 'ORG']], entities: { Rochester: 'PERSON' }, uncoded: ['Rochester'] },
  { text: 'Professor Boulder said the study was flawed.', mentions: [['Professor Boulder', 'ORG']], entities: { Boulder: 'PERSON' } },
  { text: 'Mr. Washington said so.', mentions: [['Mr. Washington', 'ORG']], entities: { Washington: 'PERSON' }, uncoded: ['Washington'] },
  // names of places and organisations a title opens keep their type
  { text: 'He visited Prince Edward Island.', mentions: [['Prince Edward Island', 'LOC']], entities: { 'Prince Edward Island': 'LOC' } },
  { text: 'They met at the Queen Victoria Market.', mentions: [['Queen Victoria Market', 'ORG']], entities: { 'Queen Victoria Market': 'ORG' } },
  { text: 'Major London hospitals were full.', mentions: [['London', 'GPE']], entities: { London: 'GPE' } },
  { text: 'The first was Captain America: Civil War.', mentions: [['America', 'GPE']], entities: { 'United States': 'GPE' }, absent: ['America'] },
  { text: 'Labour MP Jane Doe said so.', mentions: [['Labour MP', 'MISC'], ['Jane Doe', 'PERSON']], entities: { 'Jane Doe': 'PERSON' }, absent: ['Labour', 'MP'] },
  // titled people the entity model typed as organisations
  { text: 'Assemblywoman Selena Torres said the bill passed.', mentions: [['Assemblywoman Selena Torres', 'ORG']], entities: { 'Selena Torres': 'PERSON' } },
  { text: 'Kama Melly QC said the trial was fair.', mentions: [['Kama Melly QC', 'ORG']], entities: { 'Kama Melly': 'PERSON' } },
  { text: 'Connecticut Governor Ned Lamont said the state would reopen.', mentions: [['Connecticut Governor Ned Lamont', 'ORG']], entities: { 'Ned Lamont': 'PERSON' } },
  { text: 'She was nominated as a Supreme Court Justice.', mentions: [['Supreme Court Justice', 'ORG']], entities: {}, absent: ['Court Justice'] },
  { text: 'First Lady Melania Trump tested positive.', mentions: [['First Lady Melania Trump', 'ORG']], entities: {}, absent: ['Lady Melania Trump'] },
  { text: 'She studied at the University of North Carolina.', mentions: [['University of North Carolina', 'ORG']], entities: { 'University of North Carolina': 'ORG' } },
  { text: 'The Control Centre of the Coast Guard said so.', mentions: [['Control Centre of the Coast Guard', 'ORG']], entities: { 'Control Centre of the Coast Guard': 'ORG' } },
  { text: 'Federal Judge Amy Coney Barrett was nominated.', mentions: [['Federal Judge Amy Coney Barrett', 'ORG']], entities: { 'Amy Coney Barrett': 'PERSON' } },
  { text: 'The King Edward Memorial Hospital was closed.', mentions: [['King Edward Memorial Hospital', 'ORG']], entities: { 'King Edward Memorial Hospital': 'ORG' } },
];

for (const c of CASES) {
  test(`a title and a name: ${c.text}`, () => {
    const entities = resolveEntities(docWith(c.text, c.mentions, '2020-01-01'), kb, firstNames);
    for (const [name, type] of Object.entries(c.entities)) {
      const e = entities.find((x) => x.name === name);
      assert.ok(e, `${name} in ${entities.map((x) => `${x.name}/${x.type}`).join(', ')}`);
      assert.equal(e.type, type, name);
      if (c.uncoded?.includes(name)) assert.equal(e.actor?.cameo ?? null, null, `${name} has no code`);
    }
    for (const name of c.absent ?? []) assert.ok(!entities.some((e) => e.name === name), `no ${name}`);
  });
}

test('a surname a rank stands before is the person wherever the entity model tagged it so; a place elsewhere stays a place', () => {
  const text = 'Sergeant Jordan said the search was over. He flew to Jordan.';
  const entities = resolveEntities(docWith(text, [['Jordan', 'PERSON'], ['Jordan', 'GPE', 2]], '2020-01-01'), kb, firstNames);
  assert.deepEqual(entities.map((e) => `${e.name}/${e.type}`).sort(), ['Jordan/GPE', 'Jordan/PERSON']);
});
