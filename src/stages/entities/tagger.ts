import { documentFeatures } from './document-features.js';
import { extractTypedFeatures, WORD_SLOTS, type SentenceRange, type TypedFeatures } from './features.js';
import { addLayerEmissions, viterbi, type LinearLayer, type NerModel } from './model.js';
import { addSparseSlots } from './sparse.js';
import { TAG_COUNT, tagsToSpans, type TagSpan } from './tags.js';

/** Tags every sentence of a document; spans are token ranges with CoNLL class labels. */
export function tagWords(model: NerModel, words: readonly string[], sentences: readonly SentenceRange[]): TagSpan[] {
  const { local, document } = model;
  const typed = extractTypedFeatures(words, sentences, model.gazetteer, model.clusters);
  const emissions = new Float64Array(words.length * TAG_COUNT);
  const firstPass = new Uint8Array(words.length);
  const addLocal = localEmissions(local, typed);
  for (const s of sentences) {
    addLocal(s.start, s.end, emissions);
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

const WORD_SLOT_SET = new Set(WORD_SLOTS);

/**
 * The first pass's scores. A word's own features (WORD_SLOTS) weigh the same at each of its occurrences,
 * so with the sparse table their sum is looked up once per distinct word of the document and the other
 * slots per token; the sums are the same, in the same order per part (the bench's dense table goes the plain way).
 */
function localEmissions(layer: LinearLayer, typed: TypedFeatures): (from: number, to: number, out: Float64Array) => void {
  const { features, typeOf, types } = typed;
  const weights = layer.weights;
  if (weights instanceof Int16Array) return (from, to, out) => addLayerEmissions(layer, features, from, to, out);
  const wordSlots = Int32Array.from(WORD_SLOTS);
  const tokenSlots = Int32Array.from({ length: layer.perToken }, (_, k) => k).filter((k) => !WORD_SLOT_SET.has(k));
  const wordSums = new Float64Array(types * TAG_COUNT);
  const summed = new Uint8Array(types);
  return (from, to, out) => {
    for (let i = from; i < to; i++) {
      const t = typeOf[i];
      const base = i * layer.perToken;
      if (summed[t] === 0) {
        addSparseSlots(weights, layer.bits, features, base, wordSlots, wordSums, t * TAG_COUNT, 1);
        summed[t] = 1;
      }
      const o = i * TAG_COUNT;
      const w = t * TAG_COUNT;
      for (let k = 0; k < TAG_COUNT; k++) out[o + k] += wordSums[w + k] * layer.scale;
      addSparseSlots(weights, layer.bits, features, base, tokenSlots, out, o, layer.scale);
    }
  };
}
