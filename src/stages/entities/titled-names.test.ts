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
    source: 'wn-3f838d63837c',
    date: '2020-03-02',
    rule: 'the relative "who" after a place that follows a place and a comma is said of the phrase\'s head, no sign the place is a person',
    text: 'In third was Pete Buttigieg, the former mayor of South Bend, Indiana, who had 26 delegates that he earned in Iowa, New Hampshire, and Nevada.',
    mentions: [['Pete Buttigieg', 'PERSON'], ['South Bend', 'GPE'], ['Indiana', 'GPE'], ['Iowa', 'GPE'], ['New Hampshire', 'GPE'], ['Nevada', 'GPE']],
    entities: { Indiana: { type: 'GPE', titles: [] } },
  },
  {
    source: 'wn-5eacf2e8f5fc',
    date: '2020-11-17',
    rule: 'the relative "who" after a name ending an "of" phrase is said of the phrase\'s head, no sign the name is a person',
    text: 'After this, Wikinews reached out to Richard Stallman, the founder of Free Software Foundation, who has been highly critical of DRM (digital rights management).',
    mentions: [['Wikinews', 'ORG'], ['Richard Stallman', 'PERSON'], ['Free Software Foundation', 'ORG'], ['DRM', 'ORG']],
    entities: { 'Free Software Foundation': { type: 'ORG' }, 'Richard Stallman': { type: 'PERSON' } },
  },
  {
    source: 'wn-8a9b9f579858',
    date: '2020-03-13',
    rule: 'a name right after a noun of a kind of organisation is an organisation, though the entity model took it for a person',
    text: 'Similarly, outside of Australia, on Sunday evening online British supermarket Ocado was observed limiting purchases of Andres toilet paper to two 12-roll packs.',
    mentions: [['Australia', 'GPE'], ['British', 'NORP'], ['Ocado', 'PERSON'], ['Andres', 'ORG']],
    entities: { Ocado: { type: 'ORG', titles: [], cameo: 'GBR' } },
  },
  {
    source: 'wn-8e142781707c',
    date: '2019-11-07',
    rule: 'a name right after a noun of a kind of organisation is an organisation, though the entity model took it for a person',
    text: 'On Monday, Hungarian daily newspaper Magyar Nemzet revealed a deal whereby, on October 29, Hungarian state-owned enterprise HDT Védelmi Ipari Kft. (HDT Limited) acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group.',
    mentions: [['Hungarian', 'NORP'], ['Magyar Nemzet', 'PERSON'], ['Hungarian', 'NORP', 2], ['HDT Védelmi Ipari Kft.', 'ORG'], ['HDT Limited', 'ORG'], ['Austrian', 'NORP'], ['Hirtenberger Defence Group', 'ORG']],
    entities: { 'Magyar Nemzet': { type: 'ORG' } },
  },
  {
    source: 'wn-0f38c240aef8',
    date: '2020-06-30',
    rule: 'a noun of a person\'s trade before a name says nothing of an organisation: "developer" is no kind of organisation',
    text: 'Recently, Finnish open-source video game developer Perttu Ahola discussed Minetest, his "longest ever project", with Wikinews.',
    mentions: [['Finnish', 'NORP'], ['Perttu Ahola', 'PERSON'], ['Minetest', 'ORG'], ['Wikinews', 'ORG']],
    entities: { 'Perttu Ahola': { type: 'PERSON' } },
  },
  {
    source: 'wn-d2688f005a05',
    date: '2019-10-12',
    rule: 'a name an organisation noun heads the apposition of is an organisation, though the entity model took it for a person',
    text: 'Yesterday, Roscosmos, the Russian space agency, announced the death of cosmonaut Alexei Leonov.',
    mentions: [['Roscosmos', 'PERSON'], ['Russian', 'NORP'], ['Alexei Leonov', 'PERSON']],
    entities: { Roscosmos: { type: 'ORG' }, 'Alexei Leonov': { type: 'PERSON' } },
  },
  {
    source: 'wn-935f319a607e',
    date: '2020-09-30',
    rule: '"General" after another office word names a civilian office, no army general',
    text: 'Postmaster General Louis DeJoy, a Republican fundraiser Trump appointed to the post two months prior, instituted new policies at USPS that resulted in a slowed service.',
    mentions: [['Louis DeJoy', 'PERSON'], ['Republican', 'NORP'], ['Trump', 'PERSON'], ['USPS', 'ORG']],
    entities: { 'Louis DeJoy': { type: 'PERSON', titles: ['Postmaster General'] } },
  },
  {
    source: 'wn-e2339109220d',
    date: '2019-08-24',
    rule: '"general" before a lower-case word is that word\'s adjective, no title',
    text: 'Fernando Dallorso, the general manager of Cipriani Dolci, said his roommates said they last saw him on the preceding Saturday, August 17, after his shift at Cipriani Dolci in Manhattan.',
    mentions: [['Fernando Dallorso', 'PERSON'], ['Cipriani Dolci', 'ORG'], ['Cipriani Dolci', 'ORG', 2], ['Manhattan', 'GPE']],
    entities: { 'Fernando Dallorso': { type: 'PERSON', titles: [] } },
  },
  {
    source: 'wn-211fbbadbdf0',
    date: '2020-12-26',
    rule: 'a name headed by a word of places or organisations ("Base", "City", "Administration") is no person a title before it names',
    text: "On Sunday, Chilean military authorities reported 36 infections with COVID-19 at General Bernardo O'Higgins Riquelme Base in Trinity Peninsula, Antarctica.",
    mentions: [['Chilean', 'NORP'], ["Bernardo O'Higgins Riquelme Base", 'GPE'], ['Trinity Peninsula', 'LOC'], ['Antarctica', 'LOC']],
    entities: { "Bernardo O'Higgins Riquelme Base": { type: 'GPE', titles: [] } },
  },
  {
    source: 'wn-54e598f67fdb',
    date: '2019-02-16',
    rule: 'a journal something is published in is an organisation of no country, not a place of the story\'s',
    text: 'On Wednesday, scientists from the University of Miami and Apex Shark Expeditions published a study in Scientific Reports, an on-line journal, documenting the disappearance of the great white shark (Carcharodon carcharias) from a specific area off the coast of South Africa.',
    mentions: [['University of Miami', 'ORG'], ['Apex Shark Expeditions', 'ORG'], ['Scientific Reports', 'GPE'], ['South Africa', 'GPE']],
    entities: { 'Scientific Reports': { type: 'ORG', cameo: null } },
  },
  {
    source: 'wn-86fe7b27a9db',
    date: '2019-05-12',
    rule: 'a title alone the entity model tagged as a person names no one of its own: "the Pope" is the holder named before',
    text: 'On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses to the church authorities.\n\n'
      + 'In February, Catholic bishops from around the world attended a summit in Rome, overseen by the Pope, regarding sexual abuse by the clergy in the churches and the congregations.',
    mentions: [['Pope Francis', 'PERSON'], ['Catholic', 'NORP'], ['Rome', 'GPE'], ['Pope', 'PERSON', 2]],
    entities: { 'Pope Francis': { type: 'PERSON', mentions: ['Francis', 'the Pope'] } },
    absent: ['Pope'],
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
  {
    source: 'wn-5146a5041fd9',
    date: '2019-02-07',
    rule: 'a party member\'s party before a surname is no part of the name: "Democrat Spearman" is Patricia Ann Spearman',
    text: 'State Senator Patricia Ann Spearman remarked, "It\'s been a long, hard fight." Democrat Spearman, a minister and former Army colonel, was first elected to the state senate in 2012 when she was about 57.',
    mentions: [['Patricia Ann Spearman', 'PERSON'], ['Democrat Spearman', 'PERSON'], ['Army', 'ORG']],
    entities: {
      'Patricia Ann Spearman': { type: 'PERSON', mentions: ['Patricia Ann Spearman', 'Spearman', 'she'] },
    },
    absent: ['Democrat Spearman'],
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

/**
 * "son of" (bin, ibn, bint) between names makes a person's name, whatever the entity model called it (mentions.ts NASAB).
 * Wikinews, "US President Trump says Osama bin Laden's son killed" (CC BY 2.5, wn-3bc1b213f308).
 */
test('a name with "bin" or "ibn" is a person, coded as the group the KB lists him under', () => {
  const text = 'US President Donald Trump said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed in a US counter-terrorism operation. '
    + 'Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks on the US of 2001.';
  const doc = docWith(text, [['Donald Trump', 'PERSON'], ['Hamza bin Laden', 'ORG'], ['Al-Qaeda', 'ORG'], ['Osama bin Laden', 'ORG'], ['Osama bin Laden', 'ORG', 2], ['Al-Qaeda', 'ORG', 2], ['US', 'GPE', 2]], '2019-09-17');
  const entities = resolveEntities(doc, kb, firstNames);
  const hamza = entities.find((e) => e.name === 'Hamza bin Laden');
  const osama = entities.find((e) => e.name === 'Osama bin Laden');
  assert.deepEqual([hamza?.type, hamza?.cameo ?? null], ['PERSON', null]);
  assert.deepEqual([osama?.type, osama?.cameo, osama?.mentions.length], ['PERSON', 'IMGMUSALQ', 2]);
});

test('"the president" is who was named president, not the president-elect mentioned since; "the president-elect" is', () => {
  // Wikinews (CC BY 2.5), wn-5e51cc6343ff (2020-11-26), shortened: Biden, named last, is President-elect
  const text = 'Emily W. Murphy sent a letter to President-elect Joe Biden. President Donald Trump responded on Twitter, after he had asserted he won the election despite '
    + 'several states certifying their results in favor of Biden. The president did not concede. The president-elect thanked Murphy.';
  const doc = docWith(text, [['Emily W. Murphy', 'PERSON'], ['Joe Biden', 'PERSON'], ['Donald Trump', 'PERSON'], ['Biden', 'PERSON'], ['Murphy', 'PERSON']], '2020-11-26');
  const entities = resolveEntities(doc, kb, firstNames);
  const holder = (words: string) => entities.find((e) => e.mentions.some((m) => m.text === words && m.start === text.indexOf(`${words} `)))?.name;
  assert.equal(holder('The president'), 'Donald Trump');
  assert.equal(holder('The president-elect'), 'Joe Biden');
});
