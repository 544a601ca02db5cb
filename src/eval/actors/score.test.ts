import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/layers.js';
import { codeRight, countryRight, entityOver, locate } from './score.js';

// Sentences of the PLOVER gold records (CC BY-SA 4.0; examples of the CAMEO manual).
const text = 'Iraqi Kurds demonstrated in Iraq on Monday.';

test('an actor text is found as whole words, else word by word with what stands between', () => {
  assert.deepEqual(locate(text, 'Iraq'), { start: 28, end: 32 });
  const gap = 'Bosnian Serbs said on Tuesday their forces had completed their withdrawal.';
  assert.deepEqual(locate(gap, 'Bosnian Serbs ... forces'), { start: 0, end: gap.indexOf('forces') + 6 });
  assert.equal(locate(text, 'Kabul'), null);
});

const entity = (name: string, start: number, end: number, country: string | null, cameo: string | null): Entity => ({
  id: name, type: 'ORG', name, country, actor: null, cameo, roles: [], mentions: [{ start, end, text: text.slice(start, end) }], by: 'test',
});

test('the entity with most of the span is the one scored; country is the head of its code', () => {
  const kurds = entity('Iraqi Kurds', 0, 11, 'IRQ', 'IRQCVL');
  const iraq = entity('Iraq', 28, 32, 'IRQ', 'IRQ');
  assert.equal(entityOver([kurds, iraq], { start: 0, end: 11 }), kurds);
  assert.equal(countryRight({ actorText: 'Iraqi Kurds', code: 'IRQ', sector: 'CVLkur' }, kurds), true);
  assert.equal(codeRight({ actorText: 'Iraqi Kurds', code: 'IRQ', sector: 'CVLkur' }, kurds), true);
  assert.equal(codeRight({ actorText: 'Iraq', code: 'IRQ', sector: 'GOV' }, iraq), false);
  assert.equal(countryRight({ actorText: 'Tokyo', code: 'JAP', sector: null }, entity('Tokyo', 0, 5, 'JPN', 'JPNGOV')), true);
  assert.equal(codeRight({ actorText: 'UN', code: 'IGO', sector: null }, entity('UN', 0, 2, null, 'IGOUNO')), true);
});
