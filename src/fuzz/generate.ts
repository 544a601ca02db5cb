import { seededRandom } from '../util/random.js';
/**
 * Hostile documents for the fuzz run, from a seeded generator so a failing case can be made
 * again from its number. Two families: random Unicode (every script, astral characters,
 * combining marks, controls, odd spaces, quote marks, lone surrogates) and real articles
 * mutated the ways text arrives broken (cut, spliced, repeated, quotes unbalanced, lone
 * surrogates and control characters inserted, one 100k-character line, runs without spaces,
 * thousands of quote marks).
 */

/** mulberry32: small, fast and good enough to spread cases. */
export const generator = seededRandom;

export interface FuzzSizes {
  /** Longest run without a space (base64, URLs, glued words). */
  readonly maxRun: number;
  /** Most quote marks in one document. */
  readonly maxQuotes: number;
  /** Length of the one long line some documents get. */
  readonly longLine: number;
}

export interface FuzzCase {
  readonly n: number;
  /** What was done to make it, for the report of a failing case. */
  readonly recipe: string[];
  readonly text: string;
}

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
/** A size from lo to hi, mostly small: the largest are rare, so a run of thousands stays quick. */
const skewed = (r: Random, lo: number, hi: number) => (r() < 0.2 ? hi : lo + Math.floor((hi - lo) * r() ** 4));

/** Code point ranges a news text can hold, and some it should not. */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], [0x20, 0x7e], [0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x590, 0x5ff], [0x600, 0x6ff],
  [0x900, 0x97f], [0xe00, 0xe7f], [0x1100, 0x11ff], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x3000, 0x303f], [0x4e00, 0x9fff],
  [0xac00, 0xd7a3], [0xfe00, 0xfe0f], [0xff00, 0xffef], [0x300, 0x36f], [0x1, 0x1f], [0x7f, 0x9f],
  [0x1f300, 0x1faff], [0x1d400, 0x1d7ff], [0x10000, 0x1007f], [0xe0000, 0xe007f], [0xd800, 0xdfff],
];
const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2009', '\u3000', '\u2028', '\u200b'];
const QUOTES = ['"', '“', '”', '„', '‘', '’', "'", '«', '»', '‹', '›', '「', '」', '``', "''"];
const CONTROLS = ['\u0007', '\u0008', '\u001b[2J', '\u001b]0;title\u0007', '\u001b[31m', '\u009b1m', '\u007f', '\u000b', '\u000c', '\u0085', '\u202e', '\u2066', '\ufeff', '\u0001'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function randomUnicode(r: Random, length: number): string {
  let out = '';
  while (out.length < length) {
    const roll = r();
    if (roll < 0.15) out += pick(r, SPACES);
    else if (roll < 0.2) out += pick(r, QUOTES);
    else {
      const [lo, hi] = pick(r, RANGES);
      out += String.fromCodePoint(int(r, lo, hi));
    }
  }
  return out;
}

const insertAt = (text: string, at: number, piece: string) => text.slice(0, at) + piece + text.slice(at);
const somewhere = (r: Random, text: string) => int(r, 0, text.length);

type Mutation = (r: Random, text: string, others: readonly string[], sizes: FuzzSizes) => string;

/** How often each mutation is drawn: the ones that make big texts are rarer. */
const WEIGHTS: Readonly<Record<string, number>> = {
  cut: 3, splice: 3, repeat: 3, unbalanceQuotes: 3, loneSurrogate: 2, controls: 3, longLine: 1, runWithoutSpaces: 1, manyQuotes: 1,
};
const DRAW = Object.entries(WEIGHTS).flatMap(([name, w]) => Array<string>(w).fill(name));

const MUTATIONS: Readonly<Record<string, Mutation>> = {
  cut: (r, t) => {
    const a = somewhere(r, t);
    return t.slice(a, int(r, a, t.length));
  },
  splice: (r, t, others) => {
    const o = pick(r, others);
    const a = somewhere(r, o);
    return insertAt(t, somewhere(r, t), o.slice(a, a + int(r, 1, 2000)));
  },
  repeat: (r, t) => {
    const a = somewhere(r, t);
    const piece = t.slice(a, a + int(r, 1, 300));
    return insertAt(t, somewhere(r, t), piece.repeat(int(r, 2, 50)));
  },
  unbalanceQuotes: (r, t) => {
    let out = t;
    for (let i = int(r, 1, 20); i > 0; i--) {
      const at = somewhere(r, out);
      out = r() < 0.5 ? insertAt(out, at, pick(r, QUOTES)) : out.replace(/["“”«»]/, '');
    }
    return out;
  },
  loneSurrogate: (r, t) => insertAt(t, somewhere(r, t), pick(r, SURROGATES)),
  controls: (r, t) => {
    let out = t;
    for (let i = int(r, 1, 10); i > 0; i--) out = insertAt(out, somewhere(r, out), pick(r, CONTROLS));
    return out;
  },
  longLine: (r, t, _o, sizes) => {
    const flat = t.replace(/\s+/g, ' ') || 'Kyiv said no. ';
    const length = skewed(r, 1000, sizes.longLine);
    return insertAt(t, somewhere(r, t), `\n${flat.repeat(Math.ceil(length / flat.length)).slice(0, length)}\n`);
  },
  runWithoutSpaces: (r, t, _o, sizes) => {
    let run = '';
    const length = skewed(r, 100, sizes.maxRun);
    const alphabet = r() < 0.5 ? BASE64 : 'abcdefghijklmnopqrstuvwxyzÉçğłşžКиївالقدس';
    while (run.length < length) run += alphabet[Math.floor(r() * alphabet.length)];
    return insertAt(t, somewhere(r, t), run);
  },
  manyQuotes: (r, t, _o, sizes) => {
    const count = skewed(r, 100, sizes.maxQuotes);
    // A block of quote marks is also a run without spaces, so it is no longer than those.
    if (r() < 0.3) return insertAt(t, somewhere(r, t), pick(r, QUOTES).repeat(count).slice(0, sizes.maxRun));
    const words = t.split(' ');
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(`${pick(r, QUOTES)}${words[i % words.length]}`);
    return out.join(' ');
  },
};

/** The n-th case of a run seeded with `seed`; the same arguments always give the same case. */
export function fuzzCase(seed: number, n: number, articles: readonly string[], sizes: FuzzSizes): FuzzCase {
  const r = generator((seed * 1_000_003 + n) >>> 0);
  if (r() < 0.3) {
    const length = int(r, 1, r() < 0.9 ? 600 : 6000);
    return { n, recipe: [`random unicode ${length}`], text: randomUnicode(r, length) };
  }
  let text = pick(r, articles);
  const recipe: string[] = ['article'];
  for (let i = int(r, 1, 4); i > 0; i--) {
    const name = pick(r, DRAW);
    recipe.push(name);
    text = MUTATIONS[name](r, text, articles, sizes);
  }
  return { n, recipe, text };
}
