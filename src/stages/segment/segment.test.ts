import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadWink, segmentText } from './index.js';

const wink = loadWink();
const sentencesOf = (text: string) => segmentText(text, wink).sentences.map((s) => text.slice(s.start, s.end));

test('a line wrap inside a sentence does not end it (the seed article)', () => {
  const seed = readFileSync(new URL('../../../data/samples/demo.jsonl', import.meta.url), 'utf8');
  const text: string = JSON.parse(seed.split('\n')[0]).text;
  const sentences = sentencesOf(text);
  assert.equal(sentences.length, 13);
  assert.ok(sentences.some((s) => s.includes('incoming U.S. President\nDonald Trump, who is set to take office')));
  assert.ok(sentences.some((s) => s.startsWith('In related developments, outgoing U.S. President\nJoe Biden reaffirmed')));
  assert.ok(sentences.some((s) => s.startsWith('However, this idea')));
});

test('a wire dateline is a sentence of its own; a transcript speaker and capitals in a sentence are not', () => {
  assert.deepEqual(sentencesOf('MOSCOW, June 3 (AFP) - Russia condemned the sanctions.'), ['MOSCOW, June 3 (AFP) -', 'Russia condemned the sanctions.']);
  assert.deepEqual(sentencesOf('WASHINGTON (Reuters) - President Obama met Xi Jinping.'), ['WASHINGTON (Reuters) -', 'President Obama met Xi Jinping.']);
  assert.deepEqual(sentencesOf('NEW YORK — The talks resumed.'), ['NEW YORK —', 'The talks resumed.']);
  assert.deepEqual(sentencesOf('KABUL, Afghanistan: Taliban fighters attacked a police post.'), ['KABUL, Afghanistan:', 'Taliban fighters attacked a police post.']);
  // Wikinews (CC BY 2.5) interviews open each question so
  assert.deepEqual(sentencesOf('WSS: How did your nomination come about?'), ['WSS: How did your nomination come about?']);
  assert.deepEqual(sentencesOf('NATO - the alliance - met.'), ['NATO - the alliance - met.']);
  assert.deepEqual(sentencesOf('US - China talks resumed.'), ['US - China talks resumed.']);
});

test('abbreviations do not end sentences, but an initialism can', () => {
  assert.deepEqual(sentencesOf('Gen. Smith met Dr. Jones on Jan. 5. The U.N. envoy and Mr. Lavrov left.'),
    ['Gen. Smith met Dr. Jones on Jan. 5.', 'The U.N. envoy and Mr. Lavrov left.']);
  assert.deepEqual(sentencesOf('The talks ended in the U.S. The next round is in Geneva.'),
    ['The talks ended in the U.S.', 'The next round is in Geneva.']);
});

test('a quotation over several sentences and lines keeps its closing mark', () => {
  const text = 'Biden stated, "We helped Ukrainians stop [Russian President Vladimir] Putin.\nAfter three years, Putin has failed...\nhe failed due to NATO\'s unity...\nwe cannot give up."\nThis dialogue occurs.';
  assert.deepEqual(sentencesOf(text), [
    'Biden stated, "We helped Ukrainians stop [Russian President Vladimir] Putin.',
    'After three years, Putin has failed...\nhe failed due to NATO\'s unity...\nwe cannot give up."',
    'This dialogue occurs.',
  ]);
});

test('curly quotes, dashes, CRLF and a blank line that ends a sentence without a full stop', () => {
  const text = 'He said “no — never.” She replied ‘fine’.\r\nThe U.S. Army arrived\r\n\r\nA new paragraph begins.';
  assert.deepEqual(sentencesOf(text), ['He said “no — never.”', 'She replied ‘fine’.', 'The U.S. Army arrived', 'A new paragraph begins.']);
});

test('an ellipsis before a capitalised word ends a sentence, before a name it does not', () => {
  assert.deepEqual(sentencesOf('The envoy waited… Then the talks collapsed.'), ['The envoy waited…', 'Then the talks collapsed.']);
  assert.deepEqual(sentencesOf('They came... and they left.'), ['They came... and they left.']);
});

test('tokens carry exact offsets and part of speech, and skip whitespace', () => {
  const text = 'Poland\u2019s Tusk can\'t wait.\r\n';
  const { tokens } = segmentText(text, wink);
  const words = Array.from({ length: tokens.length }, (_, i) => text.slice(tokens.start[i], tokens.end[i]));
  assert.deepEqual(words, ['Poland', '\u2019s', 'Tusk', 'ca', "n't", 'wait', '.']);
});

test('an empty or blank text has no tokens or sentences', () => {
  assert.deepEqual(sentencesOf('  \n\n \t'), []);
});

test('a state after a party letter does not end a sentence, and no sentence opens with a comma or a closing bracket', () => {
  // the way US news names members of Congress: wink breaks after "(D-N." and after "(R-Ky.)"
  assert.deepEqual(sentencesOf('Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that those claims could be grounds for a case. They left.'),
    ['Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that those claims could be grounds for a case.', 'They left.']);
  assert.deepEqual(sentencesOf('Senate Majority Leader Mitch McConnell (R-Ky.), who is married to a board member, said nothing.'),
    ['Senate Majority Leader Mitch McConnell (R-Ky.), who is married to a board member, said nothing.']);
});

test('a dateline heading glued to the first words ends a sentence; a date inside a sentence does not', () => {
  // Wikinews (CC BY 2.5) wn-558c314476a5 and wn-cc87e750253b open so
  assert.deepEqual(sentencesOf('Monday, August 3, 2020 On Thursday, Sviatlana Tsikhanouskaya held a rally.'),
    ['Monday, August 3, 2020', 'On Thursday, Sviatlana Tsikhanouskaya held a rally.']);
  assert.deepEqual(sentencesOf('Friday, March 29, 2019 Toronto Comicon 2019 returned to its titular city.'),
    ['Friday, March 29, 2019', 'Toronto Comicon 2019 returned to its titular city.']);
  assert.deepEqual(sentencesOf('On Monday, August 3, 2020 the talks began.'), ['On Monday, August 3, 2020 the talks began.']);
});

test('a web domain is one word and ends no sentence: "One news site, Znak.com, claims …"', () => {
  // "Magnitogorsk apartment building collapses after explosion, dozens dead", English Wikinews, 2019-01-04, CC BY 2.5
  const text = 'One news site, Znak.com, claims FSB sources have ascribed the explosion to terrorism. It was seen on Amazon.com.';
  assert.deepEqual(sentencesOf(text), ['One news site, Znak.com, claims FSB sources have ascribed the explosion to terrorism.', 'It was seen on Amazon.com.']);
  const words = segmentText(text, wink).tokens;
  const forms = Array.from({ length: words.length }, (_, i) => text.slice(words.start[i], words.end[i]));
  assert.ok(forms.includes('Znak.com') && forms.includes('Amazon.com'));
  // a stop before a word that is no domain still ends a sentence, and initialisms are left as they were
  assert.deepEqual(sentencesOf('He came.It was fine. It ended at 5 p.m. in the U.S. The talks resumed.'), ['He came.', 'It was fine.', 'It ended at 5 p.m. in the U.S.', 'The talks resumed.']);
});

test("two apostrophes for a double mark (NYT archive style) stay with their sentence and leave the word after them whole", () => {
  // written for this test, in the style of the NYT archive text
  const text = "She recalled ''all the people who weren't here.''\n\nShe said she had toured the museum.";
  assert.deepEqual(sentencesOf(text), ["She recalled ''all the people who weren't here.''", 'She said she had toured the museum.']);
  const words = segmentText(text, wink).tokens;
  const forms = Array.from({ length: words.length }, (_, i) => text.slice(words.start[i], words.end[i]));
  assert.deepEqual(forms.slice(0, 5), ['She', 'recalled', "'", "'", 'all']);
});
