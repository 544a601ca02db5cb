import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { toRecord } from '../../model/record.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { loadResources, STAGES } from '../../pipeline/presets.js';
import { buildGazetteer } from './gazetteer.js';
import { chunks } from './tags.js';
import { splitAfterCompounds } from './index.js';
import { conllClassOf, countryOf, entityType } from './types.js';

const analyzer = createAnalyzer(['segment', 'mentions']);

function mentionsOf(text: string) {
  const doc = analyzer.run(new Doc(text));
  return doc.get('mentions').map((m) => ({ text: text.slice(m.start, m.end), type: m.type }));
}

test('the seed article\'s people and places are found with exact spans, titles left outside', () => {
  const text = 'Ukrainian President Volodymyr Zelensky announced, on Monday, discussions with French President Emmanuel Macron '
    + 'regarding the possibility of deploying foreign military units in Ukraine. This idea, entertained by figures such as '
    + 'President Macron and Polish Prime Minister Donald Tusk, has been met with resistance from Russia.';
  const found = mentionsOf(text);
  for (const [name, type] of [['Volodymyr Zelensky', 'PERSON'], ['Emmanuel Macron', 'PERSON'], ['Donald Tusk', 'PERSON'],
    ['Macron', 'PERSON'], ['Ukraine', 'GPE'], ['Russia', 'GPE'], ['Ukrainian', 'NORP'], ['French', 'NORP'], ['Polish', 'NORP']]) {
    assert.ok(found.some((m) => m.text === name && m.type === type), `${name} as ${type} in ${JSON.stringify(found)}`);
  }
  assert.ok(!found.some((m) => /President|Minister|Monday/.test(m.text)), JSON.stringify(found));
});

test('news sentences: organisations and US places', () => {
  const found = mentionsOf('In a Washington address, outgoing U.S. President Joe Biden said NATO had grown stronger since 2022.');
  assert.deepEqual(found.filter((m) => m.type !== 'GPE' || m.text !== 'U.S.'), [
    { text: 'Washington', type: 'GPE' }, { text: 'Joe Biden', type: 'PERSON' }, { text: 'NATO', type: 'ORG' },
  ]);
});

test('every mention\'s offsets cover its tokens and its text', () => {
  const text = 'The European Union and the United Nations urged Israel and Hamas to agree a ceasefire in Gaza.';
  const doc = analyzer.run(new Doc(text));
  const tokens = doc.get('tokens');
  assert.ok(doc.get('mentions').length >= 4);
  for (const m of doc.get('mentions')) {
    assert.equal(m.start, tokens.start[m.tokenStart]);
    assert.equal(m.end, tokens.end[m.tokenEnd - 1]);
    assert.equal(m.by, 'mentions/perceptron');
  }
});

// How fast it loads is measured by `npm run bench`; timed assertions flake on busy machines.
test('the ner resource is loaded once per resource set, and frozen', () => {
  const loads: string[] = [];
  const resources = loadResources([STAGES.mentions, STAGES.segment, STAGES.mentions], (name) => loads.push(name));
  assert.deepEqual(loads.sort(), ['ner', 'wink']);
  assert.ok(Object.isFrozen(resources.ner));
  assert.deepEqual(Object.keys(resources).sort(), ['ner', 'wink']);
});

test('CoNLL LOC and MISC split into GPE/LOC and NORP/MISC, and map back for scoring', () => {
  const gaz = buildGazetteer({ phrases: { ukraine: 4, ukrainian: 4 }, countries: { ukraine: 'UKR', ukrainian: 'UKR' } });
  assert.equal(entityType('LOC', 'Ukraine', gaz), 'GPE');
  assert.equal(entityType('LOC', 'Black Sea', gaz), 'LOC');
  assert.equal(entityType('LOC', 'Middle East', gaz), 'LOC');
  assert.equal(entityType('MISC', 'Ukrainians', gaz), 'NORP');
  // A name headed by a natural feature is a place though the tagger calls it an organisation; only the head counts.
  // A region, also one a compass word narrows, is a place no one country holds (Wikinews, CC BY 2.5: wn-30b42e810484, wn-69ed8fda1acc).
  for (const region of ['Eastern Mediterranean', 'South East Asia', 'West Africa']) {
    assert.equal(entityType('ORG', region, gaz), 'LOC', region);
    assert.equal(entityType('LOC', region, gaz), 'LOC', region);
  }
  for (const place of ['Strait of Hormuz', 'Gulf of Aden', 'Sea of Azov', 'Bay of Bengal', 'South China Sea', 'Persian Gulf', 'Nile River', 'Atlas Mountains', 'Panama Canal']) {
    assert.equal(entityType('ORG', place, gaz), 'LOC', place);
  }
  // A state's mission abroad is a body that acts for it, whatever the tagger made of it (Wikinews, CC BY 2.5: wn-4ad5512fe8af).
  for (const [cls, mission] of [['LOC', 'United States Embassy'], ['MISC', 'Russian Embassy'], ['LOC', 'British Consulate']] as const) {
    assert.equal(entityType(cls, mission, gaz), 'ORG', mission);
  }
  for (const body of ['Gulf Cooperation Council', 'Red Sea Governorate', 'Coast Guard', 'Discovery Channel', 'Bank of America', 'Lake County Sheriff']) {
    assert.equal(entityType('ORG', body, gaz), 'ORG', body);
  }
  // A name headed by a law, treaty or agreement is a text, not a body that acts (CoNLL marks them MISC).
  for (const law of ['US Constitution', 'Constitution', 'Voting Rights Act', 'Paris Climate Accord', 'Green New Deal', 'Fourteenth Amendment', 'Geneva Convention']) {
    assert.equal(entityType('ORG', law, gaz), 'MISC', law);
  }
  for (const body of ['North Atlantic Treaty Organization', 'Warsaw Pact', 'Constitution Party', 'Act Party']) {
    assert.equal(entityType('ORG', body, gaz), 'ORG', body);
  }
  assert.equal(entityType('MISC', 'Western', gaz), 'NORP');
  assert.equal(entityType('MISC', 'Olympic', gaz), 'MISC');
  assert.equal(countryOf('NORP', 'Ukrainian', gaz), 'UKR');
  assert.equal(countryOf('PERSON', 'Ukraine', gaz), null);
  assert.equal(conllClassOf('GPE'), 'LOC');
  assert.equal(conllClassOf('NORP'), 'MISC');
});

test('IOB1 and IOB2 labels chunk alike, as conlleval reads them', () => {
  assert.deepEqual(chunks(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), [
    { start: 0, end: 2, label: 'PER' }, { start: 3, end: 4, label: 'LOC' }, { start: 4, end: 5, label: 'LOC' }]);
  assert.deepEqual(chunks(['B-ORG', 'I-ORG', 'I-PER']), [{ start: 0, end: 2, label: 'ORG' }, { start: 2, end: 3, label: 'PER' }]);
});

test('without linked entities the record shows one entity per mention', () => {
  const text = 'Russia and Ukrainian officials met in Geneva.';
  const record = toRecord(analyzer.run(new Doc(text)));
  const russia = record.entities.find((e) => e.name === 'Russia');
  assert.ok(russia, JSON.stringify(record.entities));
  assert.equal(russia.type, 'GPE');
  assert.equal(russia.country, 'RUS');
  assert.deepEqual(russia.mentions, [{ start: 0, end: 6, text: 'Russia', form: 'name' }]);
  assert.match(record.entities[0].id, /^e1$/);
  assert.ok(record.entities.every((e) => text.slice(e.mentions[0].start, e.mentions[0].end) === e.name));
});

test('"A.M." and "P.M." after a clock time are part of the time, not a place (issue 15)', () => {
  for (const text of ['The attack began at 4:00 A.M. on Sunday in Kabul.', 'The polls close at 8 P.M. in Ohio.']) {
    const found = mentionsOf(text);
    assert.ok(!found.some((m) => /^[AP]\.M\.$/.test(m.text)), JSON.stringify(found));
    assert.ok(found.some((m) => m.type === 'GPE'), JSON.stringify(found));
  }
});

test('a name compounded with a participle ends its mention: "the Al Qaeda-linked | Somali militant group"', () => {
  const words = ['The', 'Al', 'Qaeda-linked', 'Somali', 'militant', 'group', 'al-Shabab'];
  assert.deepEqual(splitAfterCompounds(words, [{ start: 1, end: 4, label: 'MISC' }]), [{ start: 1, end: 3, label: 'MISC' }, { start: 3, end: 4, label: 'MISC' }]);
  // the compound as the name's last word, or a name without one, stays whole
  assert.deepEqual(splitAfterCompounds(['the', 'Yemen-based'], [{ start: 1, end: 2, label: 'MISC' }]), [{ start: 1, end: 2, label: 'MISC' }]);
  assert.deepEqual(splitAfterCompounds(['the', 'Al', 'Qaeda'], [{ start: 1, end: 3, label: 'ORG' }]), [{ start: 1, end: 3, label: 'ORG' }]);
});

test('a time zone is a name of no actor (MISC): "10 a.m. Central European Time (0800 UTC)"', () => {
  // Wikinews, "SARS-CoV-2 surpasses one million infections worldwide" (2020-04-05), CC BY 2.5
  const text = 'The World Health Organization reported 79,332 cases in the twenty four hours preceding 10 a.m. Central European Time (0800 UTC) on April 2. The United States had over 1,000 deaths.';
  const doc = new Doc(text, { published: '2020-04-05' });
  createAnalyzer(['segment', 'mentions']).run(doc);
  const zones = doc.get('mentions').filter((m) => /UTC|Time$/.test(text.slice(m.start, m.end)));
  assert.deepEqual(zones.map((m) => [text.slice(m.start, m.end), m.type, m.country]), [['Central European Time', 'MISC', null], ['UTC', 'MISC', null]]);
});
