import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Entity } from '../../model/layers.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { docWith, type MentionSpec } from './fixtures/doc.js';
import { smallKb } from './fixtures/small-kb.js';

const kb = smallKb();
const firstNames = loadFirstNames();
const SEED = readFileSync('../shared/spec/seed-article.txt', 'utf8');

const named = (entities: readonly Entity[], name: string) => {
  const e = entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name} in ${entities.map((x) => x.name).join(', ')}`);
  return e;
};
const texts = (e: Entity) => e.mentions.map((m) => m.text);

/** The seed article with the mentions a NER tags in it, names split by the bracket included. */
const SEED_MENTIONS: MentionSpec[] = [
  ['Russia', 'GPE'], ['Ukrainian', 'NORP'], ['Volodymyr Zelensky', 'PERSON'], ['Monday', 'PERSON'], ['French', 'NORP'],
  ['Emmanuel Macron', 'PERSON'], ['French', 'NORP', 2], ['Ukraine', 'GPE'], ['Zelensky', 'PERSON', 2], ['Zelensky', 'PERSON', 3], ['Zelensky', 'PERSON', 4], ['Macron', 'PERSON', 2], ['Macron', 'PERSON', 3], ['Donald Trump', 'PERSON'],
  ['Donald Tusk', 'PERSON'], ['Polish', 'NORP'], ['Joe Biden', 'PERSON'], ['United States', 'GPE'], ['Washington', 'PERSON'],
  ['Biden', 'PERSON', 2], ['Vladimir', 'PERSON'], ['Putin', 'PERSON', 1], ['Putin', 'PERSON', 2], ['NATO', 'ORG'], ['U.S.', 'GPE'],
];

test('the seed: names, surnames and titles merge into linked people with their roles at the date', () => {
  const doc = docWith(SEED, SEED_MENTIONS, '2025-01-14');
  const entities = resolveEntities(doc, kb, firstNames);
  for (const e of entities) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);

  const zelensky = named(entities, 'Volodymyr Zelensky');
  assert.deepEqual(zelensky.actor, { id: 'p:Volodymyr_Zelensky', cameo: 'UKRGOV' });
  assert.ok(['Volodymyr Zelensky', 'Zelensky', 'his'].every((m) => texts(zelensky).includes(m)));
  assert.ok(zelensky.roles.some((r) => r.title === 'President' && r.country === 'UKR' && r.from === 'text'));
  // the other names the text calls him by, once each; the pronouns are mentions, not names
  assert.deepEqual(zelensky.aliases, ['Zelensky']);

  const trump = named(entities, 'Donald Trump');
  assert.ok(trump.roles.some((r) => r.title === 'President' && r.country === 'USA' && r.qualifier === 'incoming'));
  const biden = named(entities, 'Joe Biden');
  assert.ok(biden.roles.some((r) => r.title === 'President' && r.country === 'USA' && r.qualifier === 'outgoing'));
  assert.notEqual(named(entities, 'Donald Tusk').id, trump.id);
  assert.ok(named(entities, 'Donald Tusk').roles.some((r) => r.title === 'Prime Minister' && r.country === 'POL'));

  const putin = named(entities, 'Vladimir Putin');
  assert.ok(['Vladimir', 'Putin', 'his', 'he'].every((m) => texts(putin).includes(m)), texts(putin).join('|'));
  assert.ok(putin.roles.some((r) => r.title === 'President' && r.country === 'RUS'));
  const he = putin.mentions.find((m) => m.text === 'he')!;
  assert.equal(SEED.slice(he.start, he.start + 21), 'he failed due to NATO');

  assert.deepEqual(named(entities, 'France').mentions.filter((m) => m.form === 'name').map((m) => m.text), ['French', 'French']);
  assert.deepEqual(texts(named(entities, 'Poland')), ['Polish']);
  assert.equal(named(entities, 'Washington').type, 'GPE');
  assert.equal(named(entities, 'Washington').country, 'USA');
  assert.ok(!entities.some((e) => e.type === 'PERSON' && ['Monday', 'Donald', 'Washington'].includes(e.name)));
  assert.ok(texts(named(entities, 'Ukraine')).includes('its'));
  assert.ok(texts(named(entities, 'United States')).includes('its'));
});

test('without a KB link, mentions of one person still merge and keep actor null', () => {
  const text = 'Opposition leader Ana Brnabić arrived in Kyiv. Brnabić said she would stay a week.';
  const [ana] = resolveEntities(docWith(text, [['Ana Brnabić', 'PERSON'], ['Brnabić', 'PERSON', 2], ['Kyiv', 'GPE']], '2019-05-01'), kb, firstNames);
  assert.equal(ana.actor, null);
  assert.deepEqual(texts(ana), ['Ana Brnabić', 'Brnabić', 'she']);
});

test('a lone surname two people bear is the one named most so far, then the one named first', () => {
  // written for this test, in the shape of the Wikinews obituary of Ginger Baker (2019-10-07, CC BY 2.5)
  const text = 'Drummer Ginger Baker died on Sunday. Baker co-founded Cream. His daughter Nettie Baker confirmed his death. '
    + 'Baker was 80. Baker played with Eric Clapton.';
  const entities = resolveEntities(docWith(text, [['Ginger Baker', 'PERSON'], ['Baker', 'PERSON', 2], ['Nettie Baker', 'PERSON'], ['Baker', 'PERSON', 4],
    ['Baker', 'PERSON', 5], ['Eric Clapton', 'PERSON'], ['Cream', 'ORG']], '2019-10-07'), kb, firstNames);
  const ginger = named(entities, 'Ginger Baker');
  assert.deepEqual(texts(ginger).filter((t) => t.includes('Baker')), ['Ginger Baker', 'Baker', 'Baker', 'Baker']);
  assert.deepEqual(texts(named(entities, 'Nettie Baker')).filter((t) => t.includes('Baker')), ['Nettie Baker']);
});

test('NER spans that include the title, an article or a possessive are cut to the name, and the title read as a role', () => {
  const text = "Ukrainian President Volodymyr Zelensky met U.S. President Donald Trump and NATO's chief in the United States.";
  const entities = resolveEntities(docWith(text, [
    ['Ukrainian President Volodymyr Zelensky', 'PERSON'], ['U.S. President Donald Trump', 'PERSON'], ["NATO's", 'ORG'], ['the United States', 'GPE'],
  ], '2025-03-01'), kb, firstNames);
  assert.deepEqual(texts(named(entities, 'Volodymyr Zelensky')), ['Volodymyr Zelensky']);
  assert.deepEqual(texts(named(entities, 'NATO')), ['NATO']);
  assert.deepEqual(texts(named(entities, 'United States')), ['U.S.', 'United States']);
  assert.deepEqual(texts(named(entities, 'Ukraine')), ['Ukrainian']);
  assert.ok(named(entities, 'Donald Trump').roles.some((r) => r.title === 'President' && r.country === 'USA' && r.from === 'text'));
});

test('a title-case headline verb the NER took into a name ends the name', () => {
  // the headline and lead of a HuffPost report (PolNeAR dev), shortened
  const text = 'Trump Could Address Clean Energy, Lindsey Graham Says.\n\nSen. Lindsey Graham told The Huffington Post on Thursday.';
  const entities = resolveEntities(docWith(text, [['Trump', 'PERSON'], ['Lindsey Graham Says', 'PERSON'], ['Lindsey Graham', 'PERSON', 2], ['The Huffington Post', 'ORG']], '2016-09-22'), kb, firstNames);
  assert.deepEqual(texts(named(entities, 'Lindsey Graham')), ['Lindsey Graham', 'Lindsey Graham']);
});

test('"they" after a plural noun is left alone', () => {
  // https://en.wikinews.org/wiki/Biologist_Nick_Bos_tells_Wikinews_about_%27self-medicating%27_ants (CC BY 2.5, via GUM)
  const text = 'Nick Bos, of the University of Helsinki, studies "the amazing adaptations social insects have evolved in order to fight the extreme parasite pressure they experience".';
  const entities = resolveEntities(docWith(text, [['Nick Bos', 'PERSON'], ['University of Helsinki', 'ORG']], '2015-01-01'), kb, firstNames);
  assert.deepEqual(texts(named(entities, 'University of Helsinki')), ['University of Helsinki']);
});

test('a NER span across a line break is two names', () => {
  const entities = resolveEntities(docWith('Noam Chomsky\nNoam Chomsky spoke.', [['Noam Chomsky\nNoam Chomsky', 'PERSON']], '2009-03-13'), kb, firstNames);
  assert.deepEqual(texts(named(entities, 'Noam Chomsky')), ['Noam Chomsky', 'Noam Chomsky']);
});

test('regression: the NER tags the bracketed "Vladimir" a PERSON and "Putin" a GPE', () => {
  const text = 'Biden stated, "We helped Ukrainians stop [Russian President Vladimir] Putin. After three years, Putin has failed."';
  const entities = resolveEntities(docWith(text, [['Biden', 'PERSON'], ['Ukrainians', 'NORP'], ['Russian', 'NORP'], ['Vladimir', 'PERSON'], ['Putin', 'GPE'], ['Putin', 'GPE', 2]], '2025-01-14'), kb, firstNames);
  assert.deepEqual(texts(named(entities, 'Vladimir Putin')), ['Vladimir', 'Putin', 'Putin']);
});

test('"he" inside a quotation is not the speaker named outside it where the quotation opens', () => {
  // https://en.wikinews.org/wiki/Wikinews_interviews_New_York_bar_owner_on_Santorum_cocktail (CC BY 2.5, via GUM)
  const text = 'Regarding how long the beverage will be made available, Stan remarked to The Brooklyn Paper, "We\'ll keep it around until he’s irrelevant. I hope he’s there the whole way".';
  const entities = resolveEntities(docWith(text, [['Stan', 'PERSON'], ['The Brooklyn Paper', 'ORG']], '2012-02-01'), kb, firstNames);
  assert.deepEqual(texts(named(entities, 'Stan')), ['Stan']);
});

test('a patronymic after a given name is part of the name, however the entity model cut it: "Qaboos bin Said", "Haitham bin Tariq Al Said"', () => {
  // Wikinews, "Sultan Qaboos of Oman dies" (2020-01-12), CC BY 2.5.
  const text = 'On Friday, Qaboos bin Said, the long-serving Sultan of Oman, died aged 79. Before Qaboos\'s burial, his successor, '
    + 'Haitham bin Tariq Al Said, attended funeral prayers. After the funeral, Haitham said he would continue Qaboos\'s policies.';
  const doc = docWith(text, [['Qaboos', 'PERSON'], ['Oman', 'GPE'], ['Qaboos', 'PERSON', 2], ['Haitham', 'PERSON'], ['Tariq Al Said', 'PERSON'],
    ['Haitham', 'PERSON', 2], ['Qaboos', 'PERSON', 3]], '2020-01-12');
  const people = resolveEntities(doc, kb, firstNames).filter((e) => e.type === 'PERSON');
  assert.deepEqual(people.map((e) => [e.name, e.mentions.filter((m) => m.form === 'name').length]),
    [['Qaboos bin Said', 3], ['Haitham bin Tariq Al Said', 2]]);
});

test('a title the entity model tagged as a person of its own, right before its holder\'s name, is the holder\'s title', () => {
  // Wikinews, "Iran issues arrest warrants for 36 people, including US President Trump; seeks Interpol's aid" (2020-07-02), CC BY 2.5.
  const text = 'On a press conference held in Saudi Arabia, US Special Representative for Iran Brian Hook said, "This is a political nature." '
    + 'He added, "It is a propaganda stunt that no-one takes seriously."';
  const doc = docWith(text, [['Saudi Arabia', 'GPE'], ['US', 'GPE'], ['Representative', 'PERSON'], ['Iran', 'GPE'], ['Brian Hook', 'PERSON']], '2020-06-30');
  const people = resolveEntities(doc, kb, firstNames).filter((e) => e.type === 'PERSON');
  assert.deepEqual(people.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Brian Hook', ['Brian Hook', 'He']]]);
  assert.deepEqual(people[0]!.roles.map((r) => [r.title, r.country]), [['Special Representative', 'USA']]);
});

test('a title\'s complement after "of" is no part of its holder\'s name, nor a name of its own: "Minister of Information Moammar al-Eryani", "the Governor General of Canada"', () => {
  // Wikinews (CC BY 2.5): wn-aabf18a23631 (2019), wn-b99832aea47c (2019). The entity model tagged both titles with the name as one organisation.
  const yemen = 'The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Eryani, and was left outside a restaurant.';
  const minister = resolveEntities(docWith(yemen, [['Minister of Information Moammar al-Eryani', 'PERSON']], '2019-08-01'), kb, firstNames);
  assert.deepEqual(minister.map((e) => [e.type, e.name]), [['PERSON', 'Moammar al-Eryani']]);
  const canada = 'In early September, Julie Payette, the Governor General of Canada, dissolved the 42nd Canadian Parliament.';
  const governor = resolveEntities(docWith(canada, [['Julie Payette', 'PERSON'], ['Governor General of Canada', 'ORG']], '2019-10-21'), kb, firstNames);
  assert.ok(!governor.some((e) => e.name.startsWith('of ')), governor.map((e) => e.name).join(', '));
  assert.deepEqual(governor.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Julie Payette']);
});

test('ranks of the police and the armed forces are titles, read capitalised only: "said Detective Inspector Steven Jones"', () => {
  // Wikinews (CC BY 2.5): wn-69ae245848d5 (2019), wn-9275b9c0a846 (2008). The entity model tagged "Detective" as a person of its own.
  const text = '"Our priority is to locate the stolen item", said Detective Inspector Steven Jones.';
  const people = resolveEntities(docWith(text, [['Detective', 'PERSON'], ['Steven Jones', 'PERSON']], '2019-09-16'), kb, firstNames).filter((e) => e.type === 'PERSON');
  assert.deepEqual(people.map((e) => [e.name, e.roles.map((r) => r.title)]), [['Steven Jones', ['Detective Inspector']]]);
  // in lower case a rank is a common noun, no title of the name before the comma
  const rathbun = 'According to Rathbun, a detective for the Los Angeles Sheriff\'s office was provided with material from Scientology.';
  const named = resolveEntities(docWith(rathbun, [['Rathbun', 'PERSON'], ['Los Angeles Sheriff', 'ORG'], ['Scientology', 'ORG']], '2008-07-01'), kb, firstNames);
  assert.deepEqual(named.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.roles.length]), [['Rathbun', 0]]);
});

test('a title the entity model split, its first words tagged as a name, is no name: "the Defence | Secretary", "then-National Security | Advisor-designee"', () => {
  // Wikinews (CC BY 2.5): wn-40cea1fcf1e6 (2019), wn-2c0a4b9b146f (2020), wn-b4a473024150 (2020), as the entity model tagged them.
  const manila = '"We will use the full force of the law," said Delfin Lorenzana, the Defence Secretary; he described the attacks as a "dastardly act".';
  const defence = resolveEntities(docWith(manila, [['Delfin Lorenzana', 'PERSON'], ['Defence', 'ORG']], '2019-01-28'), kb, firstNames);
  assert.deepEqual(defence.map((e) => e.name), ['Delfin Lorenzana']);
  const flynn = 'Biden remarked on investigation, shortly before President Trump took office, of then-National Security Advisor-designee General Michael Flynn.';
  const security = resolveEntities(docWith(flynn, [['Biden', 'PERSON'], ['Trump', 'PERSON'], ['then-National Security', 'ORG'], ['Advisor-designee', 'MISC'], ['Michael Flynn', 'PERSON']], '2020-06-19'), kb, firstNames);
  assert.deepEqual(security.filter((e) => e.mentions.some((m) => m.form === 'name')).map((e) => e.type), ['PERSON', 'PERSON', 'PERSON']);
  // the country word before a split title stays a name; a glued "then-" is no part of a name
  const wallace = 'UK Defence Secretary Ben Wallace said on Monday that the troops would stay.';
  const uk = resolveEntities(docWith(wallace, [['UK Defence', 'ORG'], ['Ben Wallace', 'PERSON']], '2021-03-01'), kb, firstNames);
  assert.ok(uk.some((e) => e.mentions.some((m) => m.text === 'UK')) && !uk.some((e) => /Defence/.test(e.name)), uk.map((e) => e.name).join(', '));
  const johnson = 'In 2016, then-Libertarian presidential nominee Gary Johnson was denied access to the debates.';
  const party = resolveEntities(docWith(johnson, [['then-Libertarian', 'MISC'], ['Gary Johnson', 'PERSON']], '2020-10-29'), kb, firstNames);
  assert.deepEqual(party.map((e) => e.mentions[0]!.text), ['Libertarian', 'Gary Johnson']);
  // a police force's own name is no part of its chief's title
  const police = 'Thames Valley Police Chief Constable John Campbell said the force would investigate.';
  const force = resolveEntities(docWith(police, [['Thames Valley Police', 'ORG'], ['John Campbell', 'PERSON']], '2019-09-18'), kb, firstNames);
  assert.ok(force.some((e) => e.name === 'Thames Valley Police'), force.map((e) => e.name).join(', '));
});
