import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb, normalizeName } from './index.js';
import { lookupActor } from './lookup.js';

const kb = loadKb();

test('an office holder: the code and office on the date, aliases from Phoenix, where the facts come from', () => {
  const r = lookupActor(kb, 'Haider al-Abadi', '2016-01-01');
  const [abadi] = r.actors;
  assert.equal(abadi?.id, 'person:abadi');
  assert.equal(abadi?.code, 'IRQGOV');
  assert.deepEqual(abadi?.roles.map((x) => [x.title, x.country]), [['Prime Minister', 'IRQ']]);
  assert.ok(abadi?.aliases.includes('Haider Jawad Kadhim al-Abadi'));
  assert.equal(lookupActor(kb, 'Haider al-Abadi', '2020-01-01').actors[0]?.roles.length, 0);
});

test('people only Phoenix lists keep their dated codes; a one-word name is looked up as a surname too', () => {
  const r = lookupActor(kb, 'Ban Ki-moon', '2010-01-01');
  assert.ok(r.actors.some((a) => a.code === 'IGOUNO'), JSON.stringify(r.actors));
  assert.ok(lookupActor(kb, 'Tusk', '2024-02-01').actors.some((a) => a.id === 'person:tusk'));
});

test('places of a country and agent nouns, alone or after a country word', () => {
  assert.equal(lookupActor(kb, 'Basra', '2020-01-01').place?.country, 'IRQ');
  assert.deepEqual(lookupActor(kb, 'police', '2020-01-01').agent, { code: 'COP', number: 'mass' });
  assert.equal(lookupActor(kb, 'Iraqi lawmakers', '2020-01-01').agent?.code, 'IRQLEG');
  assert.equal(lookupActor(kb, 'Hong Kong police', '2020-01-01').agent?.code, 'HKGCOP');
  assert.deepEqual(lookupActor(kb, 'Zzyzx Qwerty', '2020-01-01').actors, []);
});

test('agentStart: whether some agent phrase is or starts with the words, so that a growing phrase knows when to stop', () => {
  for (const words of ['riot', 'riot police', 'police', 'a cabinet', 'a cabinet meeting']) assert.ok(kb.agentStart(words), words);
  for (const words of ['riot polic', 'riot police officers in', 'police said', 'zzyzx', 'lawmakers in']) assert.ok(!kb.agentStart(words), words);
});

test('names written with letters Unicode does not decompose find the actors the dictionaries spell without them', () => {
  // Lech Wałęsa (Phoenix: LECH_WALESA), Jonas Gahr Støre (STORE), as Wikinews and wire copy write them.
  assert.ok(lookupActor(kb, 'Lech Wałęsa', '1992-01-01').actors.some((a) => a.code === 'POLGOV'));
  assert.deepEqual(lookupActor(kb, 'Wałęsa', '1992-01-01').actors.map((a) => a.name), lookupActor(kb, 'Walesa', '1992-01-01').actors.map((a) => a.name));
  const folded: Array<[string, string]> = [['Jonas Gahr Støre', 'jonas gahr store'], ['Kemal Kılıçdaroğlu', 'kemal kilicdaroglu'],
    ['Milo Đukanović', 'milo dukanovic'], ['Wolfgang Schäuble-Straße', 'wolfgang schauble strasse']];
  for (const [name, key] of folded) assert.equal(normalizeName(name), key);
});
