import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../kb/index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { isReligionCode, religiousType } from './religious-names.js';
import { docWith, type MentionSpec } from './fixtures/doc.js';

const kb = actorsKbFrom(loadKb());
const firstNames = loadFirstNames();
const ZARA_KAY = 'Wikinews (CC BY 2.5), wn-fa8b2bdfcc68, "Zara Kay tells Wikinews about her non-profit organisation Faithless Hijabi" (2020-07-06)';

/** Sentences with the types the entity model gave their religious names, and the entities they must make. */
const CASES: ReadonlyArray<{ source: string; text: string; mentions: readonly MentionSpec[]; entities: Readonly<Record<string, readonly [string, string | null]>> }> = [
  {
    source: ZARA_KAY,
    text: 'Numerous times, over the years, people have been sentenced to death penalty for renouncing Islam. At times there have been protests against the restrictions on free speech in Islam. It was never a reason why I left Islam.',
    mentions: [['Islam', 'PERSON'], ['Islam', 'GPE', 2], ['Islam', 'GPE', 3]],
    entities: { Islam: ['MISC', null] },
  },
  {
    source: ZARA_KAY,
    text: 'Zara Kay: I feel like ex-Muslims have been cornered by the right-wing. WN: So do you find more resistance from Muslims, or Western non-Muslims when you criticise Islam?',
    mentions: [['Zara Kay', 'PERSON'], ['Muslims', 'PERSON', 2], ['Islam', 'PERSON']],
    entities: { 'Zara Kay': ['PERSON', null], Muslims: ['NORP', 'MUS'], Islam: ['MISC', null] },
  },
  {
    source: ZARA_KAY,
    text: 'Because God has made you to love women if you\'re a man". I studied Islam and Christianity for a long time.',
    mentions: [['God', 'PERSON'], ['Islam', 'ORG'], ['Christianity', 'PERSON']],
    entities: { God: ['MISC', null], Islam: ['MISC', null], Christianity: ['MISC', null] },
  },
];

for (const c of CASES) {
  test(`religions, gods and their followers are no people or states: ${c.text.slice(0, 60)}… (${c.source})`, () => {
    const doc = docWith(c.text, c.mentions, '2020-07-06');
    const entities = resolveEntities(doc, kb, firstNames);
    for (const [name, [type, agent]] of Object.entries(c.entities)) {
      const e = entities.find((x) => x.mentions.some((m) => m.text === name));
      assert.ok(e, `${name} is an entity`);
      assert.equal(e.type, type, name);
      assert.equal(e.agent ?? null, agent, name);
    }
  });
}

test('a religion is named from its followers\' word in the agents dictionary; other names are not religious', () => {
  const cases: ReadonlyArray<[string, string | null]> = [
    ['Islam', 'MISC'], ['Christianity', 'MISC'], ['Hinduism', 'MISC'], ['Buddhism', 'MISC'], ['God', 'MISC'], ['Allah', 'MISC'],
    ['Muslims', 'NORP'], ['Christians', 'NORP'], ['Jews', 'NORP'], ['Sunni', 'NORP'],
    ['Islamabad', null], ['Christopher', null], ['Islamic State', null], ['Mosul', null],
    // a doctrine's name in "-ism", whatever the dictionary lists (Wikinews wn-ec0c9e990c97, "He converted to Catholicism in 1993")
    ['Catholicism', 'MISC'], ['Judaism', 'MISC'], ['Sikhism', 'MISC'], ['Communism', 'MISC'], ['Prism', null], ['Tourism Australia', null],
  ];
  for (const [name, type] of cases) assert.equal(religiousType(name, kb), type, name);
});

test('a doctrine the entity model tagged as a place is no place: "He converted to Catholicism in 1993"', () => {
  // Wikinews (CC BY 2.5), wn-ec0c9e990c97 (2020-08-31), as the entity model tagged it.
  const text = 'Patel, the son of Indian immigrants, is a high school teacher. He converted to Catholicism in 1993 and engaged with the Knights of Columbus.';
  const entities = resolveEntities(docWith(text, [['Patel', 'PERSON'], ['Indian', 'NORP'], ['Catholicism', 'GPE'], ['Knights of Columbus', 'ORG']], '2020-08-31'), kb, firstNames);
  const faith = entities.find((e) => e.name === 'Catholicism');
  assert.deepEqual([faith?.type, faith?.country ?? null, faith?.cameo ?? null], ['MISC', null, null]);
});

test('a religion code is one made of religion codes only: Muslim rebels are rebels', () => {
  assert.deepEqual(['MUS', 'CHRCTH', 'REBMUS', 'MUSRAD', 'GOV'].map(isReligionCode), [true, true, false, false, false]);
});

// Written for this test, in the shape of a wire report.
test('a follower\'s word that is a person\'s given name in the text stays the person ("Christian Lindner" … "Christian")', () => {
  const text = 'German Finance Minister Christian Lindner defended the budget. Christian said the debt brake stays.';
  const doc = docWith(text, [['German', 'NORP'], ['Christian Lindner', 'PERSON'], ['Christian', 'PERSON', 2]], '2023-07-05');
  const person = resolveEntities(doc, kb, firstNames).find((e) => e.mentions.some((m) => m.text === 'Christian Lindner'));
  assert.equal(person?.type, 'PERSON');
  assert.equal(person?.mentions.filter((m) => m.form === 'name').length, 2);
});
