import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import { buildPipeline } from './pipeline.js';
import type { Stage } from './stage.js';

const paragraphs: Stage<'paragraphs'> = {
  name: 'paragraphs', requires: [], provides: ['paragraphs'],
  run: (doc) => ({ paragraphs: [{ start: 0, end: doc.text.length }] }),
};
const topics: Stage<'topics'> = {
  name: 'topics', requires: ['paragraphs'], provides: ['topics'],
  run: (doc) => ({ topics: doc.get('paragraphs').map((_, i) => ({ id: `t${i + 1}`, label: 'x', key: 'x', mentions: [] })) }),
};

test('a stage whose requirement no earlier stage provides is refused when the pipeline is built', () => {
  assert.throws(() => buildPipeline([topics, paragraphs], { resources: {} }),
    (err: unknown) => err instanceof ParleyError && err.code === 'E_PIPELINE_ORDER' && /topics.*paragraphs/.test(err.message));
});

test('two stages providing one layer are refused', () => {
  assert.throws(() => buildPipeline([paragraphs, paragraphs], { resources: {} }), /provided by both/);
});

test('a missing resource is refused before any text is processed', () => {
  const needy: Stage<'topics'> = { ...topics, requires: [], resources: ['kb'] };
  assert.throws(() => buildPipeline([needy], { resources: {} }), /resource 'kb'/);
});

test('layers are written by the runner and owned by their stage', () => {
  const doc = buildPipeline([paragraphs, topics], { resources: {} }).run(new Doc('Kyiv asked for air defence.'));
  assert.deepEqual(doc.get('topics'), [{ id: 't1', label: 'x', key: 'x', mentions: [] }]);
  assert.equal(doc.ownerOf('paragraphs'), 'paragraphs');
  assert.throws(() => doc.set('paragraphs', [], 'someone-else'), /belongs to stage 'paragraphs'/);
});

test('a document over its time budget is refused with E_TOO_SLOW after the stage that crossed it', () => {
  const slow: Stage<'topics'> = {
    ...topics, name: 'slow-topics',
    run: (doc) => {
      const until = performance.now() + 30;
      while (performance.now() < until) { /* a stage that takes 30 ms */ }
      return topics.run(doc, { resources: {} });
    },
  };
  const pipeline = buildPipeline([paragraphs, slow], { resources: {} });
  assert.throws(() => pipeline.run(new Doc('Kyiv asked for air defence.'), undefined, 10),
    (err: unknown) => err instanceof ParleyError && err.code === 'E_TOO_SLOW' && /over the 0\.01 s budget .* \(stage 'slow-topics'/.test(err.message));
  assert.equal(pipeline.run(new Doc('Kyiv asked for air defence.'), undefined, 5000).get('topics').length, 1);
});

test('a stage’s workspace is made once per pipeline, serves each of its documents and no other pipeline', () => {
  const made: number[][] = [];
  const counting: Stage<'topics'> = {
    ...topics, name: 'counting-topics',
    workspace: () => { const seen: number[] = []; made.push(seen); return seen; },
    run: (doc, ctx) => { (ctx.workspace as number[]).push(doc.text.length); return topics.run(doc, ctx); },
  };
  const one = buildPipeline([paragraphs, counting], { resources: {} });
  const two = buildPipeline([paragraphs, counting], { resources: {} });
  one.run(new Doc('Kyiv asked for air defence.'));
  one.run(new Doc('Talks resumed.'));
  two.run(new Doc('Moscow said no.'));
  assert.deepEqual(made, [[27, 14], [15]]);
});
