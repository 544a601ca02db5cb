import type { SentenceRange } from './features.js';
import { mix } from '../../util/hash.js';
import { classOf, CLASSES, TAG_COUNT } from './tags.js';

/** Hashed features per token for the second, document-level pass. */
export const DOCUMENT_FEATURES_PER_TOKEN = 5;

const NO_OTHER = CLASSES.length + 1;
const OUTSIDE = CLASSES.length;

/**
 * Features from the first pass's tags over the whole document: which class the other
 * occurrences of the same word got (by majority), which class a longer name containing
 * the word got, and the neighbouring first-pass tags. `typeOf` (each token's distinct-word
 * index, as `readWords` gives it) spares lower-casing every token.
 */
export function documentFeatures(words: readonly string[], sentences: readonly SentenceRange[], firstPass: Uint8Array, typeOf?: Int32Array): Uint32Array {
  const n = words.length;
  const keys = lowerCaseKeys(words, typeOf);
  const classes = CLASSES.length + 1;
  const votes = new Int32Array(keys.count * classes);
  const inLongName = new Int32Array(keys.count).fill(-1);
  const spanLength = new Int32Array(n);
  for (const s of sentences) {
    for (let i = s.start; i < s.end;) {
      const tag = firstPass[i];
      if (tag === 0) {
        votes[keys.of[i] * classes + OUTSIDE]++;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.end && firstPass[j] === tag + (tag % 2)) j++;
      const cls = classOf(tag);
      for (let k = i; k < j; k++) {
        const key = keys.of[k];
        votes[key * classes + cls]++;
        spanLength[k] = j - i;
        if (j - i > 1 && inLongName[key] < 0) inLongName[key] = cls;
      }
      i = j;
    }
  }

  const out = new Uint32Array(n * DOCUMENT_FEATURES_PER_TOKEN);
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      const key = keys.of[i];
      const own = firstPass[i] === 0 ? OUTSIDE : classOf(firstPass[i]);
      let majority = NO_OTHER;
      let most = 0;
      for (let c = 0; c < classes; c++) {
        const count = votes[key * classes + c] - (c === own ? 1 : 0);
        if (count > most) {
          most = count;
          majority = c;
        }
      }
      const c0 = words[i].charCodeAt(0);
      const cap = c0 >= 65 && c0 <= 90 ? 1 : 0;
      const prev = i > s.start ? firstPass[i - 1] : TAG_COUNT;
      const next = i + 1 < s.end ? firstPass[i + 1] : TAG_COUNT;
      let k = i * DOCUMENT_FEATURES_PER_TOKEN;
      out[k++] = mix(50, 0);
      out[k++] = mix(51, majority, cap);
      out[k++] = mix(52, majority, firstPass[i]);
      out[k++] = mix(53, inLongName[key] < 0 ? NO_OTHER : inLongName[key], spanLength[i] > 1 ? 1 : 0, cap);
      out[k++] = mix(54, prev, firstPass[i], next);
    }
  }
  return out;
}

/** Each token's lower-cased word as an index (`of`), lower-casing each distinct word once. */
function lowerCaseKeys(words: readonly string[], typeOf?: Int32Array): { of: Int32Array; count: number } {
  const index = new Map<string, number>();
  const keyOf = (word: string) => {
    const lower = word.toLowerCase();
    let key = index.get(lower);
    if (key === undefined) index.set(lower, (key = index.size));
    return key;
  };
  const of = new Int32Array(words.length);
  if (!typeOf) {
    for (let i = 0; i < words.length; i++) of[i] = keyOf(words[i]);
    return { of, count: index.size };
  }
  const typeKeys = new Int32Array(words.length).fill(-1);
  for (let i = 0; i < words.length; i++) {
    const t = typeOf[i];
    if (typeKeys[t] < 0) typeKeys[t] = keyOf(words[i]);
    of[i] = typeKeys[t];
  }
  return { of, count: index.size };
}
