import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAnn } from './brat.js';

test('an attribution relation gathers its content, cue and source spans, discontinuous ones too', () => {
  const ann = [
    'T9\tContent 315 448;463 553\t“One of the things …,” “Yesterday, there were two polls.”',
    'T10\tCue 449 453\tsaid',
    'T11\tSource 454 461\tCaddell',
    'T12\tAttribution 449 453\tsaid',
    'E3\tAttribution:T12 Source:T11 Cue:T10 Content:T9',
    '#1\tAnnotatorNotes T9\tlong quote',
  ].join('\n');
  assert.deepEqual(parseAnn(ann), [{
    content: [{ start: 315, end: 448 }, { start: 463, end: 553 }],
    cue: [{ start: 449, end: 453 }],
    source: [{ start: 454, end: 461 }],
  }]);
});

test('a relation without a source keeps an empty source, and continuation lines are skipped', () => {
  const ann = [
    'T1\tCue 10 18\treported',
    'T2\tContent 20 60\tthe talks in Geneva had',
    'stalled over the ceasefire line',
    'E1\tAttribution-no-source:T1 Content:T2 Cue:T1',
  ].join('\n');
  const [only] = parseAnn(ann);
  assert.deepEqual(only.source, []);
  assert.deepEqual(only.content, [{ start: 20, end: 60 }]);
});
