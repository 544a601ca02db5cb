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
 * the word got, and the neighbouring first-pass tags.
 */
export function documentFeatures(words: readonly string[], sentences: readonly SentenceRange[], firstPass: Uint8Array): Uint32Array {
  const n = words.length;
  const keys = words.map((w) => w.toLowerCase());
  const votes = new Map<string, Int32Array>();
  const inLongName = new Map<string, number>();
  const voteOf = (key: string) => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Int32Array(CLASSES.length + 1)));
    return v;
  };
  const spanLength = new Int32Array(n);
  for (const s of sentences) {
    for (let i = s.start; i < s.end;) {
      const tag = firstPass[i];
      if (tag === 0) {
        voteOf(keys[i])[OUTSIDE]++;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.end && firstPass[j] === tag + (tag % 2)) j++;
      const cls = classOf(tag);
      for (let k = i; k < j; k++) {
        voteOf(keys[k])[cls]++;
        spanLength[k] = j - i;
        if (j - i > 1 && !inLongName.has(keys[k])) inLongName.set(keys[k], cls);
      }
      i = j;
    }
  }

  const out = new Uint32Array(n * DOCUMENT_FEATURES_PER_TOKEN);
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      const v = votes.get(keys[i])!;
      const own = firstPass[i] === 0 ? OUTSIDE : classOf(firstPass[i]);
      let majority = NO_OTHER;
      let most = 0;
      for (let c = 0; c <= CLASSES.length; c++) {
        const count = v[c] - (c === own ? 1 : 0);
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
      out[k++] = mix(53, inLongName.get(keys[i]) ?? NO_OTHER, spanLength[i] > 1 ? 1 : 0, cap);
      out[k++] = mix(54, prev, firstPass[i], next);
    }
  }
  return out;
}
