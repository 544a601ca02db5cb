import type { Doc } from '../../model/document.js';
import type { Sentence } from '../../model/layers.js';
import type { Cluster, Ref } from './refs.js';
import { addRef } from './refs.js';
import { sentenceIndexOf } from './mentions.js';
import { tokenPos } from '../../model/tokens.js';

type Kind = 'he' | 'she' | 'they' | 'it';

/** Third-person pronouns and what they can stand for. First and second person are the speaker's, not resolved here. */
const PRONOUNS: Readonly<Record<string, { kind: Kind; possessive: boolean }>> = {
  he: { kind: 'he', possessive: false }, him: { kind: 'he', possessive: false }, himself: { kind: 'he', possessive: false },
  his: { kind: 'he', possessive: true },
  she: { kind: 'she', possessive: false }, herself: { kind: 'she', possessive: false }, her: { kind: 'she', possessive: true },
  hers: { kind: 'she', possessive: false },
  they: { kind: 'they', possessive: false }, them: { kind: 'they', possessive: false }, themselves: { kind: 'they', possessive: false },
  their: { kind: 'they', possessive: true }, theirs: { kind: 'they', possessive: false },
  its: { kind: 'it', possessive: true }, itself: { kind: 'it', possessive: false },
};

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
  const refs: Candidate[] = clusters.flatMap((cluster) => cluster.refs.map((ref) => ({ cluster, ref }))).sort((a, b) => a.ref.start - b.ref.start);
  const taken = (start: number) => refs.some((c) => c.ref.start <= start && start < c.ref.end);
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.start[i];
    const end = tokens.end[i];
    const word = doc.text.slice(start, end);
    const pronoun = PRONOUNS[word.toLowerCase()];
    if (!pronoun || taken(start)) continue;
    const sentence = sentenceIndexOf(sentences, start);
    const chosen = forward(doc, refs, pronoun, start, sentences[sentence]) ?? backward(doc, refs, pronoun.kind, isObject(doc, word, i), start, sentence);
    if (!chosen) continue;
    if (pronoun.kind === 'he' || pronoun.kind === 'she') chosen.gender = pronoun.kind === 'he' ? 'm' : 'f';
    const ref: Ref = { start, end, text: word, form: 'pronoun', sentence, by: 'actors/pronoun' };
    addRef(chosen, ref);
    refs.push({ cluster: chosen, ref });
    refs.sort((a, b) => a.ref.start - b.ref.start);
  }
}

function forward(doc: Doc, refs: readonly Candidate[], pronoun: { kind: Kind; possessive: boolean }, at: number, sentence: Sentence): Cluster | null {
  if (!pronoun.possessive) return null;
  const before = refs.some((c) => c.ref.start >= sentence.start && c.ref.start < at && fits(c.cluster, pronoun.kind));
  if (before) return null;
  const comma = doc.text.indexOf(',', at);
  if (comma < 0 || comma >= sentence.end) return null;
  // Only a title or nationality may stand between the comma and the name ("In his statement, Israeli Prime Minister …").
  const next = refs.find((c) => c.ref.start > comma && c.ref.form === 'name' && fits(c.cluster, pronoun.kind));
  if (!next || !/^,\s*(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+)*$/.test(doc.text.slice(comma, next.ref.start))) return null;
  return next.cluster;
}

/**
 * An object pronoun does not refer to the subject of its own clause ("Johnson succeeding
 * her" is not Johnson): a mention a few words before it, with no clause break between,
 * is ruled out.
 */
function sameClause(doc: Doc, ref: Ref, at: number): boolean {
  const between = doc.text.slice(ref.end, at);
  return between.split(/\s+/).filter(Boolean).length <= 3 && !/[,;:"“”]|\b(?:and|but|that|who|which|as|because|after|before|when|while|if)\b/.test(between);
}

function backward(doc: Doc, refs: readonly Candidate[], kind: Kind, object: boolean, at: number, sentence: number): Cluster | null {
  const earlier = refs.filter((c) => c.ref.start < at && c.ref.sentence >= sentence - WINDOW && fits(c.cluster, kind)
    && !(object && sameClause(doc, c.ref, at)));
  const same = earlier.filter((c) => c.ref.sentence === sentence);
  if (same.length) return same[same.length - 1].cluster;
  for (let s = sentence - 1; s >= sentence - WINDOW; s--) {
    const first = earlier.find((c) => c.ref.sentence === s);
    if (first) return first.cluster;
  }
  return null;
}
