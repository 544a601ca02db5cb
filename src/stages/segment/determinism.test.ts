import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { loadWink, segmentText } from './index.js';

const WIKINEWS = new URL('../../../../shared/data/wikinews/articles.jsonl', import.meta.url).pathname;

/**
 * wink-nlp caches every word it has seen, and its tokeniser consults the cache: before the
 * segmenter stopped showing it letters it splits, a second pass over these 315 articles gave
 * 265,789 tokens instead of 265,809 (two Hindi passages merged "है" and "।").
 */
test('segmentation of the Wikinews corpus does not depend on what was segmented before', { skip: !existsSync(WIKINEWS) && 'needs ../shared/data' }, () => {
  const texts: string[] = readFileSync(WIKINEWS, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
  const wink = loadWink();
  const signature = (text: string) => {
    const { tokens, sentences } = segmentText(text, wink);
    return JSON.stringify([Array.from(tokens.start), Array.from(tokens.end), Array.from(tokens.pos), sentences.map((s) => [s.start, s.end])]);
  };
  const forward = texts.map(signature);
  const backward = [...texts].reverse().map(signature).reverse();
  const differing = forward.flatMap((sig, i) => (sig === backward[i] ? [] : [i]));
  assert.deepEqual(differing, []);
});

// Wikinews, "Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews" (2020-04-14)
// and "Wikinews discusses DRM and DMCA with Richard Stallman …" (2020-11-17), CC BY 2.5.
const EARLIER = 'WN: What is your favourite game? Could be yours, or could be someone else\'s.';
const LATER = 'If it\'s a free program, but you pay someone else to run it for you, then you don\'t really get control over what that program is doing, because it\'s running in a someone else\'s computer.';

/**
 * wink keeps a word whole that it has added to its lexicon before: "else's." adds "else's", and a
 * later bare "else's" then stayed one token instead of "else" + "'s" (the Stallman interview had
 * 8,123 tokens after the chess interview and 8,124 alone). Each document now gets a fresh reader.
 */
test('a document is segmented the same after another document as alone', () => {
  const words = (text: string, wink = loadWink()) => {
    const { tokens } = segmentText(text, wink);
    return Array.from(tokens.start, (start, i) => text.slice(start, tokens.end[i]));
  };
  const alone = words(LATER);
  assert.ok(alone.includes('else') && alone.includes("'s"), alone.join(' | '));
  const wink = loadWink();
  words(EARLIER, wink);
  assert.deepEqual(words(LATER, wink), alone);
});

test('a reader taken for an earlier document refuses to parse once a newer one is taken', () => {
  const wink = loadWink();
  const earlier = wink.reader();
  wink.reader();
  assert.throws(() => earlier.parse(EARLIER), /E_WINK_READER/);
});
