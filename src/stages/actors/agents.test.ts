import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/layers.js';
import { loadKb } from '../../kb/index.js';
import { resolveActors } from './index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import { docWith, type MentionSpec } from './fixtures/doc.js';

const kb = actorsKbFrom(loadKb());

/** One case: a sentence, the NER mentions a tagger finds in it, and the actors it must hold: text → [country, CAMEO]. */
interface ActorCase {
  readonly source: string;
  readonly text: string;
  readonly mentions: readonly MentionSpec[];
  readonly actors: Readonly<Record<string, readonly [string | null, string | null]>>;
  /** Texts that must be no mention of any agent. */
  readonly notAgents?: readonly string[];
}

const WN = 'Wikinews (CC BY 2.5), https://en.wikinews.org/wiki/';

/**
 * Common-noun actors (agents) and people the KB does not know, from English Wikinews sentences and PLOVER
 * gold sentences (CC BY-SA 4.0, from the CAMEO manual's examples).
 */
const CASES: readonly ActorCase[] = [
  {
    source: `${WN}Hong_Kong_protesters_surround_downtown_police_complex`,
    text: "On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and helmets gathered around Hong Kong's principal police complex, blocking the exits as they chanted slogans and threw eggs.",
    mentions: [['Hong Kong', 'GPE'], ['Hong Kong', 'GPE', 2]],
    actors: { 'Hong Kong protesters': ['HKG', 'HKGOPP'] },
    notAgents: ['police complex'],
  },
  {
    source: 'PLOVER gold record PLOVER-GSR01-DEMAND-0004',
    text: 'The Bush administration declared Tuesday that China must drop barriers to U.S. exports.',
    mentions: [['Bush', 'PERSON'], ['China', 'GPE'], ['U.S.', 'GPE']],
    actors: { 'Bush administration': ['USA', 'USAGOV'] },
  },
  {
    source: 'PLOVER gold record PLOVER-GSR01-COOPERATE-0003',
    text: 'French and Egyptian warships on Monday launched 10 days of war games in the Mediterranean Sea.',
    mentions: [['French', 'NORP'], ['Egyptian', 'NORP'], ['Mediterranean Sea', 'LOC']],
    actors: { 'Egyptian warships': ['EGY', 'EGYMIL'], 'French and Egyptian warships': ['FRA', 'FRAMIL'] },
  },
  {
    source: 'PLOVER gold record PLOVER-GSR01-PROTEST-0002',
    text: 'Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, where 24 people were killed in nationalist riots last March.',
    mentions: [['Albanians', 'NORP'], ['Serbia', 'GPE']],
    actors: { Albanians: ['SRB', 'SRBCVL'] },
  },
  {
    source: `${WN}North_Korea_puts_military_in_'quasi-state_of_war'`,
    text: 'According to Yonhap news agency, quoting North Korea\'s main news agency Korean Central News Agency (KCNA), the country\'s military has been placed on high alert and has been told to prepare a "quasi-state of war".',
    mentions: [['Yonhap', 'ORG'], ['North Korea', 'GPE'], ['Korean Central News Agency', 'ORG'], ['KCNA', 'ORG']],
    actors: { military: ['PRK', 'PRKMIL'] },
  },
  {
    source: 'the phrase issue 18 quotes from Wikinews',
    text: 'Russian opposition leader Alexei Navalny was flown to Berlin. Navalny is in a coma.',
    mentions: [['Russian', 'NORP'], ['Alexei Navalny', 'PERSON'], ['Berlin', 'GPE'], ['Navalny', 'PERSON']],
    actors: { 'Alexei Navalny': ['RUS', 'RUSOPP'] },
  },
  {
    source: `${WN}Iran_issues_arrest_warrants_for_36_people,_including_US_President_Trump;_seeks_Interpol's_aid`,
    text: 'On Monday, state-owned Iranian news agency Fars reported Iran issued arrest warrants on 36 people.',
    mentions: [['Iranian', 'NORP'], ['Fars', 'ORG'], ['Iran', 'GPE']],
    actors: { Fars: ['IRN', 'IRNMED'] },
  },
];

const agentOver = (entities: readonly Entity[], text: string) =>
  entities.find((e) => e.mentions.some((m) => m.text === text) && (e.agent !== undefined || e.by === 'actors/context' || e.type === 'NORP'));

for (const c of CASES) {
  test(`actors from context: ${c.text.slice(0, 70)}… (${c.source})`, () => {
    const doc = docWith(c.text, c.mentions, '2019-06-21');
    const entities = resolveActors(doc, kb);
    const shown = entities.map((e) => `${e.type} ${e.name} ${e.country} ${e.cameo} ${e.mentions.map((m) => m.text).join('|')}`).join('\n');
    for (const e of entities) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
    for (const [text, [country, cameo]] of Object.entries(c.actors)) {
      const e = agentOver(entities, text);
      assert.ok(e, `no actor over "${text}":\n${shown}`);
      assert.deepEqual([e.country, e.cameo], [country, cameo], `"${text}":\n${shown}`);
    }
    for (const text of c.notAgents ?? []) {
      assert.ok(!entities.some((e) => e.agent !== undefined && e.mentions.some((m) => text.includes(m.text))), `"${text}" is no agent:\n${shown}`);
    }
  });
}

test('a singular noun names one person, not a body: "the president" and "a diplomat" are no agents', () => {
  const doc = docWith('The president met a diplomat from France.', [['France', 'GPE']], '2019-06-21');
  assert.deepEqual(resolveActors(doc, kb).filter((e) => e.agent !== undefined).map((e) => e.name), []);
});
