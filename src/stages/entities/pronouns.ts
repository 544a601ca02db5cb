import type { Doc } from '../../model/document.js';
import type { Sentence } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { sentenceIndexOf } from './mentions.js';
import type { Cluster, Ref } from './refs.js';
import { addRef } from './refs.js';
import { tokenAt, tokenPos } from '../../model/tokens.js';
import { lowerBound } from '../../model/span.js';

type Kind = 'he' | 'she' | 'they' | 'it';

/** Third-person pronouns and what they can stand for. First and second person are the speaker's, not resolved here. */
const PRONOUNS = new Map<string, { kind: Kind; possessive: boolean }>(Object.entries({
  he: { kind: 'he', possessive: false }, him: { kind: 'he', possessive: false }, himself: { kind: 'he', possessive: false },
  his: { kind: 'he', possessive: true },
  she: { kind: 'she', possessive: false }, herself: { kind: 'she', possessive: false }, her: { kind: 'she', possessive: true },
  hers: { kind: 'she', possessive: false },
  they: { kind: 'they', possessive: false }, them: { kind: 'they', possessive: false }, themselves: { kind: 'they', possessive: false },
  their: { kind: 'they', possessive: true }, theirs: { kind: 'they', possessive: false },
  its: { kind: 'it', possessive: true }, itself: { kind: 'it', possessive: false },
}));
/** First letters of the pronouns, tested before a token's text is read. */
const INITIALS = new Set([...PRONOUNS.keys()].flatMap((p) => [p.charCodeAt(0), p.toUpperCase().charCodeAt(0)]));

const OBJECTS = new Set(['him', 'them', 'her']);

/** him, them, and "her" when no noun phrase follows it (then it is the possessive). */
function isObject(doc: Doc, word: string, i: number): boolean {
  const lower = word.toLowerCase();
  if (!OBJECTS.has(lower)) return false;
  if (lower !== 'her') return true;
  const tokens = doc.get('tokens');
  return i + 1 >= tokens.length || !['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(tokenPos(tokens, i + 1));
}

/** How many sentences back an antecedent may be. */
const WINDOW = 3;
/** How many characters around a possessive the fronted-phrase reading looks, and back from any pronoun. */
const REACH = 1000;
const BACK_REACH = 5000;

function fits(c: Cluster, kind: Kind): boolean {
  if (kind === 'he' || kind === 'she') return c.type === 'PERSON' && (c.gender === null || c.gender === (kind === 'he' ? 'm' : 'f'));
  // States and organisations are "it" and, in news English, also "they".
  return c.type === 'GPE' || c.type === 'ORG' || (kind === 'they' && c.type === 'NORP');
}

interface Candidate {
  readonly cluster: Cluster;
  readonly ref: Ref;
}

/**
 * Resolves he/his/him, she/her, they/their and its to the clusters they stand for, also
 * inside quotations. A possessive in a fronted phrase points forward to the subject
 * after the comma ("In his daily address …, Zelensky described"); otherwise the nearest
 * fitting mention earlier in the sentence wins, then the first fitting mention (the
 * likely subject) of the closest earlier sentence that has one.
 */
export function resolvePronouns(doc: Doc, clusters: readonly Cluster[], sentences: readonly Sentence[]): void {
  const tokens = doc.get('tokens');
  const named: Candidate[] = clusters.flatMap((cluster) => cluster.refs.map((ref) => ({ cluster, ref }))).sort((a, b) => a.ref.start - b.ref.start);
  const covered = new Uint8Array(tokens.length);
  for (const { ref } of named) for (let t = tokenAt(tokens, ref.start); t < tokens.length && tokens.start[t] < ref.end; t++) covered[t] = 1;
  const quotes = quotations(doc.text);
  const refs = new CandidateTimeline(named);
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const start = tokens.start[i];
    const end = tokens.end[i];
    if (end - start > 10 || !INITIALS.has(doc.text.charCodeAt(start))) continue;
    const word = doc.text.slice(start, end);
    const pronoun = PRONOUNS.get(word.toLowerCase());
    if (!pronoun) continue;
    while (sentence + 1 < sentences.length && sentences[sentence + 1].start <= start) sentence++;
    const before = refs.passTo(start);
    const chosen = forward(doc, refs, before, pronoun, start, sentences[sentence])
      ?? backward(doc, refs, before, pronoun.kind, isObject(doc, word, i), start, sentence, quotes, sentences);
    if (!chosen) continue;
    if (pronoun.kind === 'he' || pronoun.kind === 'she') chosen.gender = pronoun.kind === 'he' ? 'm' : 'f';
    const ref: Ref = { start, end, text: word, form: 'pronoun', sentence, by: 'entities/pronoun' };
    addRef(chosen, ref);
    refs.addHere({ cluster: chosen, ref });
  }
}

/**
 * The candidates in text order while the pronouns, read left to right, are added among them: those
 * before the reading point (with the pronouns added there) in `passed`, the rest still in `ahead`.
 * A pronoun is added at the reading point with a push; a splice into one array per pronoun grew with
 * the square of the text (8 s of 8 MB of quote-heavy text).
 */
class CandidateTimeline {
  private readonly passed: Candidate[] = [];
  private next = 0;

  constructor(private readonly ahead: readonly Candidate[]) {}

  get length(): number {
    return this.passed.length + this.ahead.length - this.next;
  }

  /** The k-th candidate in text order. */
  at(k: number): Candidate {
    return k < this.passed.length ? this.passed[k] : this.ahead[this.next + k - this.passed.length];
  }

  /** Moves the reading point to `offset` (never back); the index of the first candidate starting at or after it. */
  passTo(offset: number): number {
    while (this.next < this.ahead.length && this.ahead[this.next].ref.start < offset) this.passed.push(this.ahead[this.next++]);
    return this.passed.length;
  }

  /** Adds a candidate at the reading point. */
  addHere(c: Candidate): void {
    this.passed.push(c);
  }
}

function forward(doc: Doc, refs: CandidateTimeline, next: number, pronoun: { kind: Kind; possessive: boolean }, at: number, sentence: Sentence): Cluster | null {
  if (!pronoun.possessive) return null;
  // (every look is bounded by REACH characters, so that a sentence megabytes long costs its length once)
  const from = Math.max(sentence.start, at - REACH);
  const to = Math.min(sentence.end, at + REACH);
  for (let k = next - 1; k >= 0 && refs.at(k).ref.start >= from; k--) if (fits(refs.at(k).cluster, pronoun.kind)) return null;
  const comma = doc.text.slice(at, to).indexOf(',') + at;
  if (comma < at) return null;
  let k = next;
  while (k < refs.length && refs.at(k).ref.start < to && !(refs.at(k).ref.start > comma && refs.at(k).ref.form === 'name' && fits(refs.at(k).cluster, pronoun.kind))) k++;
  if (k >= refs.length || refs.at(k).ref.start >= to) return null;
  // Only a title or nationality may stand between the comma and the name ("In his statement, Israeli Prime Minister …").
  return /^,\s*(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+)*$/.test(doc.text.slice(comma, refs.at(k).ref.start)) ? refs.at(k).cluster : null;
}

/**
 * An object pronoun does not refer to the subject of its own clause ("Johnson succeeding
 * her" is not Johnson): a mention a few words before it, with no clause break between,
 * is ruled out.
 */
function sameClause(doc: Doc, ref: Ref, at: number): boolean {
  if (at - ref.end > 40) return false;
  const between = doc.text.slice(ref.end, at);
  return between.split(/\s+/).filter(Boolean).length <= 3 && !/[,;:"“”]|\b(?:and|but|that|who|which|as|because|after|before|when|while|if)\b/.test(between);
}

/**
 * "it" and "they" mostly stand for common nouns ("the ants … they"), which are not
 * mentions here: a state or organisation is taken only when no noun (for "they", no plural
 * noun) stands between it and the pronoun, and only from the same or the previous sentence.
 */
function nounBetween(doc: Doc, from: number, to: number, pluralOnly: boolean): boolean {
  const tokens = doc.get('tokens');
  for (let t = tokenAt(tokens, from); t < tokens.length && tokens.start[t] < to; t++) {
    if (tokenPos(tokens, t) !== 'NOUN') continue;
    if (!pluralOnly) return true;
    const last = doc.text.slice(tokens.end[t] - 2, tokens.end[t]);
    if (last.endsWith('s') && last !== 'ss') return true;
  }
  return false;
}

/** The nearest fitting mention earlier in the sentence, else the first fitting one of the closest earlier sentence. */
function backward(doc: Doc, refs: CandidateTimeline, next: number, kind: Kind, object: boolean, at: number, sentence: number, quotes: readonly Span[], sentences: readonly Sentence[]): Cluster | null {
  const quote = quoteAround(quotes, at);
  const quoteSentence = quote ? sentenceIndexOf(sentences, quote.start) : -1;
  const collective = kind === 'it' || kind === 'they';
  const reach = collective ? 1 : WINDOW;
  let best: Candidate | null = null;
  for (let k = next - 1; k >= 0; k--) {
    const c = refs.at(k);
    if (c.ref.sentence < sentence - reach || (best && c.ref.sentence < best.ref.sentence) || c.ref.start < at - BACK_REACH) break;
    if (!fits(c.cluster, kind) || (object && sameClause(doc, c.ref, at))) continue;
    if (collective && nounBetween(doc, c.ref.end, at, kind === 'they')) continue;
    // "he" inside a quotation is rarely its speaker, named outside it in the sentence where it opens.
    if (quote && c.ref.sentence >= quoteSentence && (c.ref.start < quote.start || c.ref.start >= quote.end)) continue;
    // "“Obama doesn't get along with Putin,” he said": a pronoun in the narration stands for someone
    // the narration names, not for a name inside a quotation (the one it introduces, or an earlier one)
    if (!quote && quoteAround(quotes, c.ref.start)) continue;
    if (c.ref.sentence === sentence) return headOfPhrase(doc, refs, k, kind).cluster;
    best = c; // keeps moving left within that sentence, to its first fitting mention
  }
  return best?.cluster ?? null;
}

/** A preposition that attaches a place or body to the noun before it: "police IN Minsk", "the government OF Iraq". */
const ATTACHED = /^\s+(?:in|of|from|at|near)\s+(?:the\s+)?$/;

/**
 * The mention whose phrase the k-th candidate modifies, when it is the object of a preposition right after another
 * fitting mention: "The police in Minsk said they had detained …" is the police, not Minsk; "the embassy of Iraq
 * said it". The nearest mention is the last word of that phrase, not its head.
 */
function headOfPhrase(doc: Doc, refs: CandidateTimeline, k: number, kind: Kind): Candidate {
  let head = refs.at(k);
  for (let j = k - 1; j >= 0; j--) {
    const before = refs.at(j);
    if (before.ref.end > head.ref.start) continue;
    if (head.ref.start - before.ref.end > 12 || !ATTACHED.test(doc.text.slice(before.ref.end, head.ref.start))) break;
    if (!fits(before.cluster, kind)) break;
    head = before;
  }
  return head;
}

/**
 * Spans between paired quotation marks (curly, or straight ones taken in pairs; '' is a
 * straight double mark in some wire text). A quotation left open ends with its paragraph.
 */
function quotations(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (const m of text.matchAll(/["\u201c\u201d]|''|\n\s*\n/g)) {
    const i = m.index;
    const mark = m[0];
    if (mark.startsWith('\n')) open = -1;
    else if (mark === '\u201c' || (mark !== '\u201d' && open < 0)) open = i;
    else if (open >= 0) {
      out.push({ start: open, end: i + mark.length });
      open = -1;
    }
  }
  return out;
}

function quoteAround(quotes: readonly Span[], at: number): Span | null {
  const lo = lowerBound(quotes.length, (i) => quotes[i].end <= at);
  return lo < quotes.length && quotes[lo].start <= at ? quotes[lo] : null;
}
