import { hashString } from '../../util/hash.js';

const PLAIN = /^[a-z.,'-]*$/;

/** The spelling features read: lower case, typographic quotes and apostrophes made plain, digits as 0. */
export function normalise(form: string): string {
  const lower = form.toLowerCase();
  return PLAIN.test(lower) ? lower : lower.replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\d/g, '0');
}

/** Word shape with runs collapsed: "Obama" → "Xx", "U.S." → "X.X.", "1990s" → "dx", "al-Assad" → "x-Xx". */
export function shape(form: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const c = shapeOf(form.charCodeAt(i), form[i]);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function shapeOf(code: number, ch: string): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  if (ch.toLowerCase() !== ch) return 'X';
  return ch.toUpperCase() !== ch ? 'x' : ch;
}

/** Per-word hashes computed once per sentence: what the tagger and the parser's features combine. */
export interface WordHashes {
  readonly length: number;
  readonly word: Uint32Array;
  readonly prefix1: Uint32Array;
  readonly suffix1: Uint32Array;
  readonly suffix2: Uint32Array;
  readonly suffix3: Uint32Array;
  readonly suffix4: Uint32Array;
  readonly shape: Uint32Array;
}

export function hashWords(forms: readonly string[]): WordHashes {
  const n = forms.length;
  const h = {
    length: n, word: new Uint32Array(n), prefix1: new Uint32Array(n), suffix1: new Uint32Array(n), suffix2: new Uint32Array(n),
    suffix3: new Uint32Array(n), suffix4: new Uint32Array(n), shape: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const w = normalise(forms[i]);
    const end = w.length;
    h.word[i] = hashString(w);
    h.prefix1[i] = hashString(w, 0, Math.min(1, end));
    h.suffix1[i] = hashString(w, Math.max(0, end - 1));
    h.suffix2[i] = hashString(w, Math.max(0, end - 2));
    h.suffix3[i] = hashString(w, Math.max(0, end - 3));
    h.suffix4[i] = hashString(w, Math.max(0, end - 4));
    h.shape[i] = hashString(shape(forms[i]));
  }
  return h;
}
