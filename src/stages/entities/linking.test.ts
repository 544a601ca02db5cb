import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/layers.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { docWith, type MentionSpec } from './fixtures/doc.js';
import { loadKb } from '../../kb/index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import { smallKb } from './fixtures/small-kb.js';
import { CASES } from './fixtures/wikinews-sentences.js';

const kb = smallKb();
const firstNames = loadFirstNames();
/** The same cases run on the KB Parley ships, so its data is tested too. */
const KBS = { 'test KB': kb, 'shipped KB': actorsKbFrom(loadKb()) };
const show = (entities: readonly Entity[]) =>
  entities.map((e) => `${e.name} ${JSON.stringify(e.roles.map((r) => [r.title, r.country, r.qualifier, r.from]))} ${e.mentions.map((m) => m.text).join('|')}`).join('\n');

for (const [kbName, someKb] of Object.entries(KBS)) for (const c of CASES) {
  test(`${kbName}, Wikinews ${c.date}: ${c.text.slice(0, 60)}…`, () => {
    const doc = docWith(c.text, c.mentions, c.date);
    const entities = resolveEntities(doc, someKb, firstNames);
    for (const e of entities) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
    for (const p of c.people) {
      const e = entities.find((x) => x.name === p.name && x.type === 'PERSON');
      assert.ok(e, `${p.name} not linked:\n${show(entities)}`);
      const role = e.roles.find((r) => r.title === p.title && r.country === p.country
        && (p.qualifier === undefined || r.qualifier === p.qualifier) && (p.from === undefined || r.from === p.from));
      assert.ok(role, `${p.name} lacks ${JSON.stringify(p)}:\n${show(entities)}`);
      for (const m of p.mentions ?? []) assert.ok(e.mentions.some((x) => x.text === m), `${p.name} lacks mention "${m}":\n${show(entities)}`);
    }
    for (const [name, [type, country, cameo]] of Object.entries(c.places ?? {})) {
      const e = entities.find((x) => x.name === name);
      assert.ok(e, `no ${name}:\n${show(entities)}`);
      assert.deepEqual([e.type, e.country, e.actor?.cameo], [type, country, cameo]);
    }
  });
}

test('one name, two dates: Tusk is a former prime minister in 2019 and the prime minister in 2025', () => {
  const text = 'Donald Tusk spoke in Gdańsk.';
  const roles = (date: string) => resolveEntities(docWith(text, [['Donald Tusk', 'PERSON']], date), kb, firstNames)[0].roles;
  assert.deepEqual(roles('2019-01-14'), []);
  assert.deepEqual(roles('2025-01-14'), [{ title: 'Prime Minister', country: 'POL', qualifier: null, from: 'kb' }]);
});

test('a definite title with a country stands for whoever held the office at the document date', () => {
  const text = 'The British prime minister said the deal was dead.';
  const holder = (date: string) => resolveEntities(docWith(text, [], date), kb, firstNames).find((e) => e.type === 'PERSON')?.name;
  assert.equal(holder('2019-03-28'), 'Theresa May');
  assert.equal(holder('2019-08-29'), 'Boris Johnson');
});

test('an organisation the shipped KB names otherwise keeps the name the text uses as an alias', () => {
  const text = 'Saudi officials said Al-Qaeda had threatened the Abqaiq plant before.';
  const doc = docWith(text, [['Saudi', 'NORP'], ['Al-Qaeda', 'ORG'], ['Abqaiq', 'GPE']], '2019-09-16');
  const qaeda = resolveEntities(doc, KBS['shipped KB'], firstNames).find((e) => e.mentions.some((m) => m.text === 'Al-Qaeda'));
  assert.ok(qaeda?.actor, 'Al-Qaeda not linked');
  assert.notEqual(qaeda.name, 'Al-Qaeda');
  assert.deepEqual(qaeda.aliases, ['Al-Qaeda']);
});

test('a surname alone names a KB person only around the years of their offices', () => {
  const shipped = KBS['shipped KB'];
  const linked = (text: string, mention: [string, 'PERSON' | 'MISC' | 'GPE'], date: string) =>
    resolveEntities(docWith(text, [mention], date), shipped, firstNames).find((e) => e.mentions.some((m) => m.text === mention[0]));
  // Qin Gang was foreign minister from 2022: in 2020 the word is a dynasty's.
  const qin = 'The biggest destruction was by the Qin emperor when he unified China.';
  assert.equal(linked(qin, ['Qin', 'MISC'], '2020-10-22')?.actor, null);
  assert.equal(linked('Qin met his counterpart on Monday.', ['Qin', 'PERSON'], '2023-03-01')?.name, 'Qin Gang');
  // The constellation in 2019 is no pope (Leo XIV from 2025), and stays what the entity model said.
  const leo = linked('It circles a star in the constellation Leo.', ['Leo', 'GPE'], '2019-09-14');
  assert.deepEqual([leo?.type, leo?.actor], ['GPE', null]);
  // Years after a term the surname still means its holder: "the Obama administration" in 2020.
  assert.equal(linked('He said the Obama administration built the cages.', ['Obama', 'MISC'], '2020-10-23')?.name, 'Barack Obama');
});

test('a one-word name after "the" that ends its phrase is not made a person by a KB surname', () => {
  const moon = resolveEntities(docWith('He posted: "Today we went to the Moon and came back to earth!"', [['Moon', 'MISC']], '2019-10-13'), KBS['shipped KB'], firstNames)[0];
  assert.deepEqual([moon.type, moon.actor], ['MISC', null]);
});

test('a name the text introduces as unknown ("a student named Wong") is not the office holder of that surname', () => {
  const text = 'A university student named Wong said, "Hong Kong people never back down."';
  const wong = resolveEntities(docWith(text, [['Wong', 'PERSON']], '2023-03-01'), KBS['shipped KB'], firstNames)[0];
  assert.deepEqual([wong.name, wong.actor], ['Wong', null]);
  const named = resolveEntities(docWith('Wong said Australia would talk to China.', [['Wong', 'PERSON'], ['Australia', 'GPE'], ['China', 'GPE']], '2023-03-01'), KBS['shipped KB'], firstNames);
  assert.equal(named.find((e) => e.type === 'PERSON')?.name, 'Penny Wong');
});

test('the armed forces news names most are in the shipped KB under the names news uses', () => {
  // Wikinews (CC BY 2.5), wn-4ad5512fe8af
  const text = 'al-Muhandis was the deputy commander of the Popular Mobilization Forces (PMF), an Iranian-backed militia. The Iranian Revolutionary Guard Corps (IRGC), which includes the Quds Force, declared that Soleimani was martyred.';
  const mentions: MentionSpec[] = [['Popular Mobilization Forces', 'ORG'], ['PMF', 'ORG'], ['Iranian Revolutionary Guard Corps', 'ORG'], ['IRGC', 'ORG'], ['Quds Force', 'ORG'], ['Soleimani', 'PERSON']];
  const codes = Object.fromEntries(resolveEntities(docWith(text, mentions, '2020-01-05'), KBS['shipped KB'], firstNames)
    .filter((e) => e.type === 'ORG' && e.by === 'entities/kb-link').map((e) => [e.name, e.cameo]));
  assert.deepEqual(codes, { 'Popular Mobilization Forces': 'IRQMIL', 'Islamic Revolutionary Guard Corps': 'IRNMIL' });
});

test('a person only the Phoenix lists name is linked only when the story names their country or gives them a state office', () => {
  const shipped = KBS['shipped KB'];
  const person = (text: string, mentions: readonly MentionSpec[], name: string, date: string) =>
    resolveEntities(docWith(text, mentions, date), shipped, firstNames).find((e) => e.type === 'PERSON' && e.mentions.some((m) => m.text.endsWith(name)));
  // Wikinews (CC BY 2.5), wn-f92b0f828ee7 (2019-12-02): a namesake of a governor of Hong Kong, in London
  const wilson = person('Police shot the attacker in London. Birmingham City University criminology professor David Wilson told the press it was "suicide by cop".',
    [['London', 'GPE'], ['Birmingham City University', 'ORG'], ['David Wilson', 'PERSON']], 'Wilson', '2019-12-02');
  assert.equal(wilson?.actor ?? null, null);
  // a story that names no country says nothing against the KB's person; a country in the name itself is named
  const nixon = person('A third president, Richard Nixon, resigned before any impeachment vote.', [['Richard Nixon', 'PERSON']], 'Nixon', '2019-09-25');
  assert.equal(nixon?.actor?.cameo, 'USAELI');
  const authority = person('A complaint was filed against Israel by the Palestinian Authority.', [['Israel', 'GPE'], ['Palestinian Authority', 'PERSON']], 'Authority', '2014-06-01');
  assert.equal(authority?.actor?.cameo, 'PSEGOV');
  // a PLOVER-style wire sentence, written for this test: the office alone, no country named
  const bouteflika = person('In an interview this weekend, President Abdelaziz Bouteflika said he is prepared to lift the ban.', [['Abdelaziz Bouteflika', 'PERSON']], 'Bouteflika', '1999-07-10');
  assert.equal(bouteflika?.actor?.cameo?.slice(0, 3), 'DZA');
});
