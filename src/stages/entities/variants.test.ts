import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../kb/index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { docWith } from './fixtures/doc.js';
import { oneLetterApart } from './variants.js';

const kb = actorsKbFrom(loadKb());
const firstNames = loadFirstNames();

test('names one letter apart: changed, added, dropped or swapped, never short names or other first letters', () => {
  assert.ok(oneLetterApart('Saree', 'Sarea'));
  assert.ok(oneLetterApart('Tsikhanouskaya', 'Tsikhanovskaya'));
  assert.ok(oneLetterApart('Zelensky', 'Zelenskyy'));
  assert.ok(oneLetterApart('Gaddafi', 'Gadafi'));
  assert.ok(oneLetterApart('Abbas', 'Abbsa'));
  assert.ok(!oneLetterApart('Khan', 'Kahn'));
  assert.ok(!oneLetterApart('Sarea', 'Barea'));
  assert.ok(!oneLetterApart('Sarea', 'Sarea'));
  assert.ok(!oneLetterApart('Morales', 'Moralez1'));
});

test('a one-word name spelt one letter off the surname of one person named in full is that person', () => {
  // shaped as a Wikinews report (CC BY 2.5, "Drone attacks cause fires at Saudi Aramco facilities"), words changed
  const text = 'Houthi military spokesperson Yahya Sarea said the group had used ten drones. "Our targets will keep expanding," Saree said.';
  const doc = docWith(text, [['Houthi', 'NORP'], ['Yahya Sarea', 'PERSON'], ['Saree', 'PERSON']], '2019-09-14');
  const people = resolveEntities(doc, kb, firstNames).filter((e) => e.type === 'PERSON');
  assert.deepEqual(people.map((e) => [e.name, e.mentions.filter((m) => m.form === 'name').map((m) => m.text)]), [['Yahya Sarea', ['Yahya Sarea', 'Saree']]]);
  // two people it could be: neither
  const two = 'Yahya Sarea and Ali Sarei spoke. Saree said more.';
  const both = resolveEntities(docWith(two, [['Yahya Sarea', 'PERSON'], ['Ali Sarei', 'PERSON'], ['Saree', 'PERSON']], '2019-09-14'), kb, firstNames);
  assert.ok(both.some((e) => e.name === 'Saree'), both.map((e) => e.name).join(', '));
});
