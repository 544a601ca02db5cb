import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catXml, timeMarkable } from './ecb-test-xml.js';
import { readAnnotatedSentences, readEcbDocument } from './ecb-times.js';

test('the text is rebuilt as a newspaper writes it, one paragraph per sentence', () => {
  const xml = catXml('9_1ecb.xml', [
    'The ferry left at 3 : 33 p . m . on an eight - year route , a 7: 15 start ( late ) .',
    '`` We \'re ready , \'\' the captain said at 9 . 25 am , on 04 / 9 / 2012 .',
    'Mr Brown \'s $ 5 fare rose 10 % , and it did n\'t stop ; the mayor ’ s office called it " fair . "',
  ]);
  const doc = readEcbDocument(xml, '9_1ecb', new Set([0, 1, 2]));
  assert.equal(doc.text, [
    'The ferry left at 3:33 p.m. on an eight-year route, a 7:15 start (late).',
    '"We\'re ready," the captain said at 9.25 am, on 04/9/2012.',
    'Mr Brown\'s $5 fare rose 10%, and it didn\'t stop; the mayor’s office called it "fair."',
  ].join('\n\n'));
  assert.deepEqual(doc.annotated.map((s) => doc.text.slice(s.start, s.end).slice(0, 9)), ['The ferry', '"We\'re re', 'Mr Brown\'']);
});

test('gold times are the anchored TIME_* mentions of the listed sentences, and an ecbplus URL sentence is left out', () => {
  const xml = catXml('9_2ecbplus.xml', [
    'http : / / example . org / ferry - 2012',
    'Ferry sails again on Monday',
    'It ran for two weeks last spring .',
    'Crews worked overnight on Tuesday .',
  ], [
    timeMarkable('TIME_DATE', 1, 11), // "2012" in the URL
    timeMarkable('TIME_REPETITION', 2, 14),
    timeMarkable('TIME_DATE', 3, 15, 16),
    timeMarkable('TIME_DURATION', 4, 19, 20, 21),
    timeMarkable('TIME_DATE', 5, 22, 23),
    timeMarkable('TIME_OF_THE_DAY', 6, 27), // in sentence 3, not listed
    '<TIME_DATE m_id="7" RELATED_TO="" TAG_DESCRIPTOR="t1_monday" instance_id="TIM1" />',
    timeMarkable('ACTION_OCCURRENCE', 8, 13),
  ].join('\n'));
  const doc = readEcbDocument(xml, '9_2ecbplus', new Set([0, 1, 2]));
  assert.equal(doc.text, 'Ferry sails again on Monday\n\nIt ran for two weeks last spring.\n\nCrews worked overnight on Tuesday.');
  assert.deepEqual(doc.times.map((t) => [t.type, t.text, doc.text.slice(t.start, t.end)]), [
    ['TIME_REPETITION', 'again', 'again'],
    ['TIME_DATE', 'on Monday', 'on Monday'],
    ['TIME_DURATION', 'for two weeks', 'for two weeks'],
    ['TIME_DATE', 'last spring', 'last spring'],
  ]);
  assert.equal(doc.annotated.length, 2);
});

test('the sentence list maps "<topic>,<n>ecbplus,<sentence>" rows to file ids, trimming stray spaces', () => {
  const list = readAnnotatedSentences('Topic,File,Sentence Number\n9,2ecbplus,1\n9,2ecbplus,3 \n9,1ecb,0\n');
  assert.deepEqual([...list].map(([id, s]) => [id, [...s]]), [['9_2ecbplus', [1, 3]], ['9_1ecb', [0]]]);
  assert.throws(() => readAnnotatedSentences('Topic,File,Sentence Number\n9,2ecbplus,first\n'), /cannot read/);
});
