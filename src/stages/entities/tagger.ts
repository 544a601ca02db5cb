import { extractFeatures, type SentenceRange } from './features.js';
import { emissionScores, viterbi, type NerModel } from './model.js';
import { TAG_COUNT, tagsToSpans, type TagSpan } from './tags.js';

/** Tags every sentence of a document; spans are token ranges with CoNLL class labels. */
export function tagWords(model: NerModel, words: readonly string[], sentences: readonly SentenceRange[]): TagSpan[] {
  const features = extractFeatures(words, sentences, model.gazetteer);
  const tags = new Uint8Array(words.length);
  let longest = 0;
  for (const s of sentences) longest = Math.max(longest, s.end - s.start);
  const emissions = new Float64Array(longest * TAG_COUNT);
  const spans: TagSpan[] = [];
  for (const s of sentences) {
    emissionScores(model.weights, model.bits, features, s.start, s.end, emissions);
    const sentenceTags = tags.subarray(s.start, s.end);
    viterbi(emissions, model.transitions, s.end - s.start, sentenceTags);
    for (const span of tagsToSpans(sentenceTags)) spans.push({ start: span.start + s.start, end: span.end + s.start, label: span.label });
  }
  return spans;
}
