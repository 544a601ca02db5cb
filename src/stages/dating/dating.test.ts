import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateDocument } from './index.js';
import { explicitDates } from './explicit.js';

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
