import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asOurStageNames } from './against.js';
import { STAGES } from '../pipeline/presets.js';

test('a build from before the stages were named after their layers is compared stage for stage', () => {
  const before = [
    { name: 'segment', provides: ['tokens', 'sentences', 'paragraphs'] },
    { name: 'entities', provides: ['mentions'] },
    { name: 'dating', provides: ['anchor'] },
    { name: 'actors', provides: ['entities'] },
    { name: 'stances', provides: ['stances', 'topics'] },
  ];
  const names = asOurStageNames(before, Object.values(STAGES));
  assert.deepEqual([...names], [['segment', 'segment'], ['entities', 'mentions'], ['dating', 'anchor'], ['actors', 'entities'], ['stances', 'stances']]);
});

test('a stage this build does not have keeps its own name', () => {
  assert.deepEqual([...asOurStageNames([{ name: 'sentiment', provides: ['sentiment'] }], Object.values(STAGES))], [['sentiment', 'sentiment']]);
});
