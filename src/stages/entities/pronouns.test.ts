import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../kb/index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { docWith, type MentionSpec } from './fixtures/doc.js';

const kb = actorsKbFrom(loadKb());
const firstNames = loadFirstNames();

/** Sentences where the mention nearest a pronoun is the object of a preposition inside the phrase of the one it stands for. */
const CASES: ReadonlyArray<{ source: string; text: string; mentions: readonly MentionSpec[]; pronoun: string; antecedent: string }> = [
  {
    source: 'Wikinews (CC BY 2.5), wn-870cfb26f1de, 2019-09-25',
    text: 'Born Robert Burns in Arroyo Grande, California on June 23, 1941, he took his stepfather\'s name sometime in his youth.',
    mentions: [['Robert Burns', 'PERSON'], ['Arroyo Grande', 'PERSON'], ['California', 'GPE']],
    pronoun: 'he',
    antecedent: 'Robert Burns',
  },
  {
    source: 'written for this test, in the shape of a wire report',
    text: 'The police in Minsk said they had detained more than 200 protesters on Sunday.',
    mentions: [['Minsk', 'GPE']],
    pronoun: 'they',
    antecedent: 'police',
  },
];

for (const c of CASES) {
  test(`a pronoun stands for the head of a phrase, not for the place or body after its preposition: ${c.text.slice(0, 50)}… (${c.source})`, () => {
    const entities = resolveEntities(docWith(c.text, c.mentions, '2020-01-01'), kb, firstNames);
    const holder = entities.find((e) => e.mentions.some((m) => m.form === 'pronoun' && m.text === c.pronoun));
    assert.equal(holder?.mentions[0]?.text, c.antecedent);
  });
}
