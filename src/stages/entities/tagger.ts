import { documentFeatures, DOCUMENT_FEATURES_PER_TOKEN } from './document-features.js';
import { extractFeatures, FEATURES_PER_TOKEN, type SentenceRange } from './features.js';
import { addLayerEmissions, viterbi, type NerModel } from './model.js';
import { TAG_COUNT, tagsToSpans, type TagSpan } from './tags.js';

/** Tags every sentence of a document; spans are token ranges with CoNLL class labels. */
export function tagWords(model: NerModel, words: readonly string[], sentences: readonly SentenceRange[]): TagSpan[] {
  const { local, document } = model;
  const features = extractFeatures(words, sentences, model.gazetteer, model.clusters);
  const emissions = new Float64Array(words.length * TAG_COUNT);
  const firstPass = new Uint8Array(words.length);
  for (const s of sentences) {
    addLayerEmissions(local, features, s.start, s.end, emissions);
    viterbi(emissions, local.transitions, s.start, s.end, firstPass);
  }
  const docFeatures = documentFeatures(words, sentences, firstPass);
  const tags = new Uint8Array(words.length);
  const spans: TagSpan[] = [];
  for (const s of sentences) {
    addLayerEmissions(document, docFeatures, s.start, s.end, emissions);
    viterbi(emissions, document.transitions, s.start, s.end, tags);
    for (const span of tagsToSpans(tags, s.start, s.end)) spans.push(span);
  }
  return spans;
}
