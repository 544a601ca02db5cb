import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GoldAttribution } from './brat.js';
import { emptyTally, isDirectGold, scoreDocument, summarise, type SystemQuote } from './score.js';

const text = 'Biden said, "We cannot give up." Russia deemed the suggestion premature. Analysts expect more talks.';
const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const gold: GoldAttribution[] = [
  { content: [span('"We cannot give up."')], cue: [span('said')], source: [span('Biden')] },
  { content: [span('the suggestion premature')], cue: [span('deemed')], source: [span('Russia')] },
  { content: [span('more talks')], cue: [span('expect')], source: [span('Analysts')] },
];
const tallies = () => ({ direct: emptyTally(), indirect: emptyTally(), overall: emptyTally() });

test('direct gold is the gold whose content holds a quotation mark', () => {
  assert.deepEqual(gold.map((g) => isDirectGold(text, g)), [true, false, false]);
});

test('overlapping content matches; the speaker is judged on the best-overlapping quote', () => {
  const system: SystemQuote[] = [
    { ...span('We cannot give up.'), kind: 'direct', speaker: null, speakerSpan: span('Biden') },
    { ...span('suggestion premature'), kind: 'indirect', speaker: null, speakerSpan: span('Analysts') },
    { ...span('Analysts expect'), kind: 'indirect', speaker: null, speakerSpan: null },
  ];
  const t = tallies();
  scoreDocument(text, gold, system, t);
  const direct = summarise(t.direct);
  assert.deepEqual(direct.content, { precision: 1, recall: 1, f1: 1 });
  assert.equal(direct.sourceAccuracy, 1);
  const indirect = summarise(t.indirect);
  assert.equal(indirect.content.precision, 0.5);
  assert.equal(indirect.content.recall, 0.5);
  assert.equal(indirect.sourceAccuracy, 0); // "Analysts" is not Russia
  assert.equal(summarise(t.overall).content.recall, 2 / 3);
});

test('a speaker entity whose mention overlaps the gold source is right even when its span does not', () => {
  const system: SystemQuote[] = [{ ...span('the suggestion'), kind: 'indirect', speaker: 'e1', speakerSpan: span('Analysts') }];
  const t = tallies();
  scoreDocument(text, gold, system, t, { entityMentions: new Map([['e1', [span('Russia')]]]) });
  assert.equal(summarise(t.indirect).sourceAccuracy, 1);
});
