import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventName } from './event-names.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

test('a name ending in the head word of a war, uprising, games or festival names an event', () => {
  for (const name of ['Iran–Iraq War', 'Iraq War', 'Syrian Civil War', 'Arab Spring', 'World Cup', 'Sacred Defence Week', 'Russo-Japanese War']) assert.ok(eventName(name), name);
  // bodies and offices named after one, and a single word, are not
  for (const name of ['Ministry of War', 'Institute for the Study of War', 'War', 'Cup', 'Warsaw', 'War Child', 'Kamloops This Week']) assert.ok(!eventName(name), name);
});

test('a war named after a country is no party to the acts of its sentence (Wikinews, CC BY 2.5, wn-22b5bfe42db1)', () => {
  const text = 'Rouhani was speaking at the opening of Sacred Defence Week, an annual commemoration of the eight-year Iran–Iraq War, which features military parades.';
  const r = analyze(createAnalyzer(), { text, published: '2019-09-23' });
  const war = r.entities.find((e) => e.name.endsWith('Iraq War'));
  assert.equal(war?.type, 'MISC');
  assert.ok(!r.events.some((e) => e.targetActor === 'IRQ'), r.events.map((e) => `${e.code} ${e.targetActor}`).join(', '));
});
