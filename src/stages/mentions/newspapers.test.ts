import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';

const analyzer = createAnalyzer(['segment', 'mentions']);

function mentionsOf(text: string) {
  return analyzer.run(new Doc(text)).get('mentions').map((m) => ({ text: text.slice(m.start, m.end), type: m.type }));
}

/** Sentences of English Wikinews articles (CC BY 2.5, Wikinews contributors; ../shared/data/wikinews), with the newspaper each names. */
const NEWSPAPERS: ReadonlyArray<readonly [string, string]> = [
  ['In December, a Turkish official said that the trans-Anatolian pipeline, which is already up and running, renders the EastMed building effort '
    + 'unnecessary, Cyprus Mail reported.', 'Cyprus Mail'],
  ['According to the Cyprus Mail, the 2000 km long pipeline is to connect the fields with Crete, the Greek mainland, and would end in Otranto, Italy.', 'Cyprus Mail'],
  ["USA Today noted the commission's scope allows it to advise including women in the draft or eliminating the draft entirely.", 'USA Today'],
  ['Both companies have been in operation since the 1970s according to USA Today.', 'USA Today'],
  ['According to Samoa Observer editor Keni Lesa, the anti-vaccine movement was able to tap into the resulting public mistrust.', 'Samoa Observer'],
  ["The Las Vegas Review-Journal reported the possibility of the 2020 caucuses being Nevada's last.", 'Las Vegas Review-Journal'],
];

/** A newspaper's word that does not end the name leaves the place as it is (same corpus). */
const NOT_NEWSPAPERS: ReadonlyArray<readonly [string, string]> = [
  ['First, after CNN reporter and former Bill Clinton White House Press Secretary Joe Lockhart questioned whether the visit was the result of a stroke, '
    + 'Trump alleged the media was falsely claiming it.', 'White House Press'],
];

test('a place followed by a newspaper\'s word is the newspaper, an organisation', () => {
  for (const [sentence, name] of NEWSPAPERS) {
    const found = mentionsOf(sentence);
    assert.ok(found.some((m) => m.text === name && m.type === 'ORG'), `${name} in ${JSON.stringify(found)}`);
  }
});

test('a newspaper\'s word that does not end the name makes no newspaper', () => {
  for (const [sentence, name] of NOT_NEWSPAPERS) {
    assert.ok(!mentionsOf(sentence).some((m) => m.text === name), sentence);
  }
});
