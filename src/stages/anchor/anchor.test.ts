import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateDocument } from './index.js';
import { explicitDates } from './explicit.js';
import { readFileSync } from 'node:fs';
import { smallKb } from '../entities/fixtures/small-kb.js';
import { asActorsKb, perDocument } from '../../kb/view.js';
import { loadKb } from '../../kb/index.js';

test('a given publication date is used as it is', () => {
  assert.deepEqual(dateDocument('Talks resumed on Monday.', '2025-01-14'),
    { value: '2025-01-14', source: 'given', earliest: '2025-01-14', latest: '2025-01-14', evidence: [] });
});

test('without one, the latest full date in the text is the estimate', () => {
  const text = 'Trump, who took office on January 20, 2017, said on 3 October 2019 that troops would leave Syria.';
  const d = dateDocument(text, null);
  assert.equal(d.value, '2019-10-03');
  assert.equal(d.source, 'estimated');
  assert.equal(text.slice(d.evidence[0].start, d.evidence[0].end), '3 October 2019');
});

test('a bare year dates the text to that year when nothing more precise is said', () => {
  const d = dateDocument('The 2019 protests in Hong Kong continued into the autumn.', null);
  assert.equal(d.value, '2019-07-01');
  assert.equal(d.earliest, '2019-01-01');
});

test('impossible dates and a text without dates give no estimate', () => {
  assert.deepEqual(explicitDates('It happened on February 30, 2020.').map((e) => e.precision), ['year']);
  assert.equal(dateDocument('Ministers met on Monday to discuss the ceasefire.', null).source, 'unknown');
});

const kb = smallKb();
const SEED = readFileSync('../shared/spec/seed-article.txt', 'utf8');

test('the seed, undated: an incoming and an outgoing U.S. president put it between the election and the inauguration', () => {
  const d = dateDocument(SEED, null, kb);
  assert.equal(d.source, 'estimated');
  assert.deepEqual([d.earliest, d.latest], ['2024-11-01', '2025-01-20']);
  assert.ok(d.value! >= '2024-11-01' && d.value! < '2025-01-20');
  const evidence = d.evidence.map((e) => SEED.slice(e.start, e.end));
  assert.ok(evidence.includes('incoming U.S. President\nDonald Trump') && evidence.includes('After three years'));
});

test('Wikinews 2020-11-07: "Vice President-elect Harris" dates the text before her inauguration', () => {
  // https://en.wikinews.org/wiki/Joe_Biden_projected_US_president-elect (CC BY 2.5)
  const text = 'Biden said in a statement, "I am honored and humbled by the trust the American people have placed in me and in Vice President-elect Harris".';
  const d = dateDocument(text, null, kb);
  assert.deepEqual([d.earliest, d.latest], ['2020-11-01', '2021-01-20']);
});

test('a plain title that contradicts a stated date is left out; the stated date stays the estimate', () => {
  // https://en.wikinews.org/wiki/Thousands_march_in_anti-Brexit_protest,_London (CC BY 2.5), with a later date added
  const text = 'Tom Watson called Prime Minister Theresa May\'s proposed Brexit deal "lousy". The march was held on 23 March 2019.';
  assert.deepEqual(dateDocument(text, null, kb).value, '2019-03-23');
  const later = 'Tom Watson called Prime Minister Theresa May\'s proposed Brexit deal "lousy". The book came out on 1 May 2021.';
  const d = dateDocument(later, null, kb);
  assert.equal(d.value, '2021-05-01');
  assert.deepEqual(d.evidence.map((e) => e.by), ['anchor/explicit-date']);
});

test('on the shipped KB the seed lies between the 2024 U.S. election and the inauguration', () => {
  const d = dateDocument(SEED, null, perDocument(asActorsKb(loadKb())));
  assert.deepEqual([d.earliest, d.latest], ['2024-11-05', '2025-01-20']);
});

test('Wikinews 2019-01-23: two terms fit a plain "President Donald Trump"; the earliest window is taken', () => {
  // https://en.wikinews.org/wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27 (CC BY 2.5)
  const text = 'Last year US President Donald Trump withdrew the US from a nuclear nonproliferation treaty with Iran, which had been agreed under former US President Barack Obama.';
  const d = dateDocument(text, null, perDocument(asActorsKb(loadKb())));
  assert.deepEqual([d.earliest, d.latest], ['2017-01-20', '2021-01-20']);
  assert.equal(d.value, '2019-01-20');
});

test('"after four years" is not counted from a war the text only mentions far away', () => {
  const filler = ' The committee met again.'.repeat(20);
  const text = `Russia and Ukraine went to war.${filler} The mayor was re-elected after four years in office.`;
  assert.equal(dateDocument(text, null, kb).source, 'unknown');
});
