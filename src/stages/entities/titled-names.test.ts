import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../kb/index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import type { Entity } from '../../model/layers.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { docWith, type MentionSpec } from './fixtures/doc.js';

const kb = actorsKbFrom(loadKb());
const firstNames = loadFirstNames();

/** What an entity named in a case must be: its type, the titles of its roles, its CAMEO code, the texts of its mentions. */
interface Expected {
  readonly type: Entity['type'];
  readonly titles?: readonly string[];
  readonly cameo?: string | null;
  readonly mentions?: readonly string[];
}

/**
 * Sentences of Wikinews (CC BY 2.5), with the mentions the entity model tagged in them, where a title, a place or an
 * outlet's name was read as something it is not.
 */
const CASES: ReadonlyArray<{ source: string; date: string; text: string; mentions: readonly MentionSpec[]; rule: string; entities: Readonly<Record<string, Expected>>; absent?: readonly string[] }> = [
  {
    source: 'wn-43116baefc80',
    date: '2020-07-25',
    rule: 'a title set off by a comma before another name is that name\'s, a region of two words is no country of its last word, a plural title opens no name',
    text: 'At the time, Bottoms, former National Security Adviser Susan Rice, Congresswoman Val Demings, New Mexico governor Michelle Lujan Grisham, and Senators Kamala Harris and Elizabeth Warren were said to be finalists for the Democratic vice presidential nomination.',
    mentions: [['Bottoms', 'PERSON'], ['National Security', 'ORG'], ['Susan Rice', 'PERSON'], ['Congresswoman Val Demings', 'PERSON'], ['New Mexico', 'GPE'],
      ['Michelle Lujan Grisham', 'PERSON'], ['Senators Kamala Harris', 'PERSON'], ['Elizabeth Warren', 'PERSON'], ['Democratic', 'NORP']],
    entities: {
      Bottoms: { type: 'PERSON', titles: [] },
      'Susan Rice': { type: 'PERSON', titles: ['National Security Adviser'] },
      'Val Demings': { type: 'PERSON', titles: ['Congresswoman'] },
      'Michelle Lujan Grisham': { type: 'PERSON', titles: ['Governor'], cameo: 'USAGOV' },
      'Kamala Harris': { type: 'PERSON', mentions: ['Kamala Harris'] },
    },
    absent: ['Mexico'],
  },
  {
    source: 'wn-2200080f9b45',
    date: '2020-02-14',
    rule: 'a place after a place and a comma is the larger place, not a person the title before the first names',
    text: 'Pete Buttigieg, the former mayor of South Bend, Indiana, came in second with 24.4% of the vote.',
    mentions: [['Pete Buttigieg', 'PERSON'], ['South Bend', 'GPE'], ['Indiana', 'GPE']],
    entities: { Indiana: { type: 'GPE', titles: [] } },
  },
  {
    source: 'wn-4c31c6d58e41',
    date: '2019-01-07',
    rule: 'a definite title with its holder\'s name in apposition is the holder; the last word of "Vice President" is no agent of its own',
    text: 'The Vice President, Mike Pence, said on Friday the United States is "in the midst of a crisis on our southern border."',
    mentions: [['Mike Pence', 'PERSON'], ['United States', 'GPE']],
    entities: { 'Mike Pence': { type: 'PERSON', mentions: ['The Vice President', 'Mike Pence'] } },
    absent: ['President'],
  },
  {
    source: 'wn-9b69c3aeb64d',
    date: '2020-10-19',
    rule: 'a news outlet\'s name is an organisation of the media, which "him" cannot be',
    text: 'Mohr spoke about Blankenship with Wikinews in June, describing him as "a good man with vast knowledge in the political field".',
    mentions: [['Blankenship', 'PERSON'], ['Wikinews', 'PERSON']],
    entities: { Wikinews: { type: 'ORG', mentions: ['Wikinews'] } },
  },
];

for (const c of CASES) {
  test(`${c.rule} (Wikinews ${c.source})`, () => {
    const entities = resolveEntities(docWith(c.text, c.mentions, c.date), kb, firstNames);
    for (const [name, want] of Object.entries(c.entities)) {
      const e = entities.find((x) => x.name === name || x.mentions.some((m) => m.form === 'name' && m.text === name));
      assert.ok(e, `${name} in ${entities.map((x) => x.name).join(', ')}`);
      assert.equal(e.type, want.type, name);
      if (want.titles) assert.deepEqual(e.roles.filter((r) => r.from === 'text').map((r) => r.title), want.titles, name);
      if (want.cameo !== undefined) assert.equal(e.cameo, want.cameo, name);
      if (want.mentions) assert.deepEqual(e.mentions.map((m) => m.text), want.mentions, name);
    }
    for (const name of c.absent ?? []) assert.ok(!entities.some((e) => e.name === name), `no ${name}`);
  });
}

test('a news outlet\'s name: one word in "-news" or a name ending in "News"', async () => {
  const { isOutletName } = await import('./outlets.js');
  const cases: ReadonlyArray<[string, boolean]> = [['Wikinews', true], ['Euronews', true], ['NBC News', true], ['Ballot Access News', true],
    ['News', false], ['Good', false], ['News Corp', false], ['Fox', false]];
  for (const [name, outlet] of cases) assert.equal(isOutletName(name), outlet, name);
});

test('a title and the name of a known person are the person, however the entity model split or typed them: "Foreign Secretary Dominic Raab"', () => {
  // Wikinews (CC BY 2.5), wn-316bd5c2f454 (2019-10-10); the spans are the ways the entity model splits "Defence Secretary Ben Wallace".
  const text = 'Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US Secretary of State Mike Pompeo about the case.';
  const splits: ReadonlyArray<readonly MentionSpec[]> = [
    [['Foreign Secretary Dominic Raab', 'ORG']],
    [['Foreign', 'ORG'], ['Secretary Dominic Raab', 'PERSON']],
  ];
  for (const mentions of splits) {
    const entities = resolveEntities(docWith(text, mentions, '2019-10-10'), kb, firstNames);
    const raab = entities.find((e) => e.mentions.some((m) => m.text.endsWith('Raab')));
    assert.deepEqual([raab?.type, raab?.name, raab?.mentions.map((m) => m.text), raab?.roles.find((r) => r.from === 'text')?.title],
      ['PERSON', 'Dominic Raab', ['Dominic Raab'], 'Foreign Secretary'], JSON.stringify(mentions));
    assert.ok(!entities.some((e) => e.type === 'ORG' && /Foreign/.test(e.name)), entities.map((e) => e.name).join(', '));
  }
});

test('a web outlet in "-news" takes no country from the story: Wikinews reports on Iran from nowhere in Iran', () => {
  // Wikinews (CC BY 2.5), wn-eb3feb5331a9 (2019-01-15), its first sentence and one further on.
  const text = 'A Boeing 707 cargo plane, reported by local press as belonging to the Iranian military, crashed into houses in Karaj, near Tehran, '
    + 'the Iranian capital, yesterday. Wikinews contacted Boeing in an effort to establish the plane\'s initial configuration when manufactured.';
  const entities = resolveEntities(docWith(text, [['Iranian', 'NORP'], ['Karaj', 'GPE'], ['Tehran', 'GPE'], ['Iranian', 'NORP', 2], ['Wikinews', 'ORG'], ['Boeing', 'ORG', 2]], '2019-01-15'), kb, firstNames);
  const outlet = entities.find((e) => e.name === 'Wikinews');
  assert.deepEqual([outlet?.type, outlet?.country, outlet?.cameo], ['ORG', null, null]);
});
