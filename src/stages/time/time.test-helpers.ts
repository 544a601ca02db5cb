// Helpers shared by the time stage's tests: a `*.test-helpers.ts` file, which only tests import
// (boundaries.test.ts) and which `node --test dist/` does not run as a test of its own.
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import type { Sentence, Timex } from '../../model/layers.js';
import { makeTokenLayer } from '../../model/tokens.js';
import { loadWink, segmentText } from '../segment/index.js';
import type { WinkSegmenter } from '../segment/wink.js';
import { findTimexes, timeStage } from './index.js';

/** The timexes of one sentence published on `published`. */
export function timexes(text: string, published: string | null): Timex[] {
  const sentence: Sentence = { start: 0, end: text.length, tokenStart: 0, tokenEnd: 0, paragraph: 0 };
  return findTimexes(text, published, [sentence]);
}

/** The single timex whose text is `phrase`. */
export function timex(text: string, published: string | null, phrase: string): Timex {
  const all = timexes(text, published);
  const hit = all.find((t) => text.slice(t.start, t.end) === phrase);
  assert.ok(hit, `no timex "${phrase}" in ${JSON.stringify(all.map((t) => text.slice(t.start, t.end)))}`);
  return hit;
}

/** The value of the single timex whose text is `phrase`. */
export const value = (text: string, published: string | null, phrase: string) => timex(text, published, phrase).value;

/** A document of `text` cut into sentences at each full stop, anchored on `published`, after the time stage has run. */
export function docWithTimexes(text: string, published: string): Doc {
  const doc = new Doc(text, { published });
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[^.]+\.\s*/g)) {
    sentences.push({ start: m.index, end: m.index + m[0].trimEnd().length, tokenStart: 0, tokenEnd: 0, paragraph: 0 });
    start = m.index + m[0].length;
  }
  assert.equal(start, text.length);
  doc.set('anchor', { value: published, source: 'given', earliest: published, latest: published, evidence: [] }, 'anchor');
  doc.set('tokens', makeTokenLayer([], [], []), 'segment');
  doc.set('sentences', sentences, 'segment');
  doc.set('timexes', timeStage.run(doc, { resources: {} }).timexes, 'time');
  return doc;
}

// loaded on first use, so test files that read no tokens do not pay for the model
let wink: WinkSegmenter | undefined;

/** The value of `phrase` in `text` read with real tokens and part of speech, as the stage reads a document. */
export function tensed(text: string, published: string, phrase: string): string {
  wink ??= loadWink();
  const { tokens, sentences } = segmentText(text, wink);
  const hit = findTimexes(text, published, sentences, tokens).find((t) => text.slice(t.start, t.end) === phrase);
  assert.ok(hit, `no timex "${phrase}"`);
  return hit.value;
}
