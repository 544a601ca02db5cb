import {
  CONTEXT_SLOTS, CUE_SLOTS, FEATURES_PER_TOKEN, NEIGHBOUR_TEMPLATES, POSITION_SLOTS,
  writeContextFeatures, writeCueFeatures, writePositionFeatures, type ReadWords, type SentenceRange,
} from './features.js';
import type { Lexicon } from './lexicon.js';
import type { LinearLayer } from './model.js';
import { WeightAdder } from './sparse.js';
import { TAG_COUNT } from './tags.js';

const T = TAG_COUNT;

/** `a[ao … ao + 9) += b[bo … bo + 9)`. */
function addVector(a: Int32Array, ao: number, b: Int32Array, bo: number): void {
  a[ao] += b[bo]; a[ao + 1] += b[bo + 1]; a[ao + 2] += b[bo + 2]; a[ao + 3] += b[bo + 3]; a[ao + 4] += b[bo + 4];
  a[ao + 5] += b[bo + 5]; a[ao + 6] += b[bo + 6]; a[ao + 7] += b[bo + 7]; a[ao + 8] += b[bo + 8];
}

/**
 * The local layer's scores from a sparse table, the same integers as summing the weights of every token's
 * `FEATURES_PER_TOKEN` features (`writeFeatures`), but with fewer lookups: the sums of the features a word
 * decides alone, and of each neighbour template with the word as that neighbour, come from the lexicon that
 * read the words (once per word, for every document); the features of what the document says of a word
 * (`CUE_SLOTS`) are looked up once per distinct word and position kind; only the features of a word with its
 * neighbours, and those of a word at a sentence start, in capitals or in the gazetteer, are looked up per
 * token. Scores are added to `out[i * 9 + tag]` times `scale`.
 */
export function addLocalScores(layer: LinearLayer, lexicon: Lexicon, read: ReadWords, sentences: readonly SentenceRange[], out: Float64Array): void {
  const { values, cues } = read;
  if (read.reader !== lexicon) throw new Error('addLocalScores needs the lexicon the words were read through');
  if (!lexicon.scored || layer.weights instanceof Int16Array) throw new Error('addLocalScores needs the sparse first layer its lexicon was scored with');
  const { typeOf, types, ids } = values;
  const { gazCodes, sentenceStart, upperSentence } = cues;
  const { lexicalScores, positionScores, neighbourScores, edgeScores } = lexicon;
  const adder = new WeightAdder(layer.weights, layer.bits);
  const scratch = new Uint32Array(FEATURES_PER_TOKEN);
  const cueSlots = Int32Array.from(CUE_SLOTS);
  const positionSlots = Int32Array.from(POSITION_SLOTS);
  const contextSlots = Int32Array.from(CONTEXT_SLOTS);
  const templates = NEIGHBOUR_TEMPLATES.length;
  const offsets = NEIGHBOUR_TEMPLATES.map(([, , offset]) => offset);

  // Per distinct word, each neighbour template with the word as that neighbour; rows `types` and
  // `types + 1` hold the sentence's edges.
  const BEFORE = types;
  const AFTER = types + 1;
  const neighbours = offsets.map((offset, n) => {
    const rows = new Int32Array((types + 2) * T);
    for (let t = 0; t < types; t++) addVector(rows, t * T, neighbourScores, (ids[t] * templates + n) * T);
    addVector(rows, (offset < 0 ? BEFORE : AFTER) * T, edgeScores, ((offset < 0 ? 0 : templates) + n) * T);
    return rows;
  });

  // Per distinct word, its lexical and plain position features with its cues at no sentence start,
  // for tokens at no sentence start, outside capitals and the gazetteer (filled when first needed).
  const plain = new Int32Array(types * T);
  const plainDone = new Uint8Array(types);
  const sum = new Int32Array(T);
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      const t = typeOf[i];
      const id = ids[t];
      sum.fill(0);
      for (let n = 0; n < templates; n++) {
        const j = i + offsets[n];
        addVector(sum, 0, neighbours[n], (j < s.start ? BEFORE : j >= s.end ? AFTER : typeOf[j]) * T);
      }
      const gaz = gazCodes[i];
      const first = sentenceStart[i];
      const upper = upperSentence[i];
      if (gaz === 0 && first === 0 && upper === 0) {
        if (plainDone[t] === 0) {
          addVector(plain, t * T, lexicalScores, id * T);
          addVector(plain, t * T, positionScores, id * T);
          writeCueFeatures(values, cues, t, 0, scratch, 0);
          adder.addSlots(scratch, 0, cueSlots, plain, t * T);
          plainDone[t] = 1;
        }
        addVector(sum, 0, plain, t * T);
      } else {
        addVector(sum, 0, lexicalScores, id * T);
        writePositionFeatures(values, t, gaz, first, upper, scratch, 0);
        adder.addSlots(scratch, 0, positionSlots, sum, 0);
        writeCueFeatures(values, cues, t, first, scratch, 0);
        adder.addSlots(scratch, 0, cueSlots, sum, 0);
      }
      writeContextFeatures(values, cues, s, i, scratch, 0);
      adder.addSlots(scratch, 0, contextSlots, sum, 0);
      const o = i * T;
      for (let k = 0; k < T; k++) out[o + k] += sum[k] * layer.scale;
    }
  }
}
