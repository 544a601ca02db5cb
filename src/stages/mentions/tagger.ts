import { documentFeatures } from './document-features.js';
import { readWords, writeFeatures, type ReadWords, type SentenceRange } from './features.js';
import { addLocalScores } from './local-scores.js';
import { Lexicon } from './lexicon.js';
import { addLayerEmissions, viterbi, ViterbiScratch, type LinearLayer, type NerModel } from './model.js';
import { TAG_COUNT, tagsToSpans, type TagSpan } from './tags.js';

/**
 * Tags every sentence of a document; spans are token ranges with CoNLL class labels. `lexicon` (made from
 * `model`) may be kept from one document to the next, so that each word is read once.
 */
export function tagWords(model: NerModel, words: readonly string[], sentences: readonly SentenceRange[], lexicon = new Lexicon(model)): TagSpan[] {
  if (lexicon.source !== model) throw new Error('the lexicon was made for another NER model');
  const { local, document } = model;
  const read = readWords(words, sentences, lexicon, model.gazetteer);
  const emissions = localEmissions(local, lexicon, read, sentences);
  const scratch = new ViterbiScratch();
  const firstPass = new Uint8Array(words.length);
  for (const s of sentences) viterbi(emissions, local.transitions, s.start, s.end, firstPass, scratch);
  const docFeatures = documentFeatures(words, sentences, firstPass, read.values.typeOf);
  const tags = new Uint8Array(words.length);
  const spans: TagSpan[] = [];
  for (const s of sentences) {
    addLayerEmissions(document, docFeatures, s.start, s.end, emissions);
    viterbi(emissions, document.transitions, s.start, s.end, tags, scratch);
    for (const span of tagsToSpans(tags, s.start, s.end)) spans.push(span);
  }
  return spans;
}

/**
 * The first pass's scores: from the sparse table as shipped by `addLocalScores`, which looks up most features
 * once per distinct word; from a dense table (the bench's "before") over every token's features.
 */
function localEmissions(layer: LinearLayer, lexicon: Lexicon, read: ReadWords, sentences: readonly SentenceRange[]): Float64Array {
  const emissions = new Float64Array(read.values.typeOf.length * TAG_COUNT);
  if (layer.weights instanceof Int16Array) {
    const features = writeFeatures(read, sentences);
    for (const s of sentences) addLayerEmissions(layer, features, s.start, s.end, emissions);
  } else {
    addLocalScores(layer, lexicon, read, sentences, emissions);
  }
  return emissions;
}
