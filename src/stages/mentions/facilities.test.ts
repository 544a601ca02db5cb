import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { facilityNames } from './facilities.js';

const analyzer = createAnalyzer(['segment', 'mentions']);

/**
 * Sentences of English Wikinews articles (CC BY 2.5, Wikinews contributors; the corpus in ../shared/data/wikinews),
 * with the facility each names, which the tagger alone reads as a person.
 */
const FACILITIES: ReadonlyArray<readonly [string, string]> = [
  ['On Wednesday, as a part of his pre-election campaign, the Turkish President Recep Tayyip Erdoğan pledged converting Hagia Sophia, '
    + 'formerly a Greek Orthodox church and now a museum, to a mosque, following the election today.', 'Hagia Sophia'],
  ['Namely, President Erdogan said on Wednesday, "Those who remain silent when Masjid Al-Aqsa is attacked, trampled, its windows smashed, '
    + 'cannot tell us what to do about the status of Ayasofya."', 'Masjid Al-Aqsa'],
  ['The first attack reportedly was in Al Noor Mosque at about 13:40 local time (0040 UTC), which left at least 41 people dead.', 'Al Noor Mosque'],
  ['The second attack reportedly was in Linwood Mosque, killing at least eight people, on the same day.', 'Linwood Mosque'],
  ['Last week, at least 76 people were killed when the Al-Ghaza Hotel near the Masjid Al-Haram (Grand Mosque) collasped, the cause of which is unknown.', 'Masjid Al-Haram'],
  ['Tupua Tamasese Meaole Hospital returned to normal operation on Sunday, joining Faleolo District Hospital and Leulumoega District Hospital, '
    + 'which returned to normal on Friday.', 'Tupua Tamasese Meaole Hospital'],
  ['The plane came down into a residential area between Fath Airport, where it was attempting to land, and Payam International Airport.', 'Fath Airport'],
];

/** People in apposition with a word for a facility that does not head the phrase stay people (same corpus). */
const PEOPLE: ReadonlyArray<readonly [string, string]> = [
  ['Other victims included a Kataeb Hezbollah official and Mohammed Reda, an airport protocol officer.', 'Mohammed Reda'],
  ['Dominic Hare, chief executive of the palace, placed the value of the artwork in the range of five to six million US dollars.', 'Dominic Hare'],
];

function mentionsOf(text: string) {
  return analyzer.run(new Doc(text)).get('mentions').map((m) => ({ text: text.slice(m.start, m.end), type: m.type, by: m.by }));
}

test('facilities the tagger reads as people are places, by their own words or an apposition', () => {
  for (const [sentence, name] of FACILITIES) {
    const found = mentionsOf(sentence).filter((m) => m.text === name);
    assert.ok(found.length > 0, `${name} in ${sentence}`);
    for (const m of found) assert.deepEqual([m.type, m.by], ['LOC', 'mentions/facility'], `${name} in ${sentence}`);
  }
});

test('every mention of a facility\'s name in the document is a place', () => {
  const text = FACILITIES[0][0] + ' On Friday in Istanbul, as a part of an election rally, Erdogan said, "After elections, we will change Hagia Sophia\'s name from museum to mosque."';
  const found = mentionsOf(text).filter((m) => m.text === 'Hagia Sophia');
  assert.equal(found.length, 2);
  assert.ok(found.every((m) => m.type === 'LOC'), JSON.stringify(found));
});

test('people in apposition with a facility word stay people', () => {
  for (const [sentence, name] of PEOPLE) {
    assert.equal(facilityNames(sentence, [{ start: sentence.indexOf(name), end: sentence.indexOf(name) + name.length, type: 'PERSON' }]).size, 0, sentence);
  }
});
