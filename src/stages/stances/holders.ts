import { dependentsOf, headOf } from '../../syntax/accessors.js';
import type { StanceView } from './view.js';

/** A holder of a position: an entity of the record, by index into the entities. */
export type Holder = number;

/** Words by which a speaker refers to itself inside its own quote. */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
/** Nouns of an organ that speaks for the person or body named before it: "the Biden campaign", "Trump's spokesman". */
const SPEAKS_FOR_OWNER = new Set(['campaign', 'camp', 'spokesman', 'spokeswoman', 'spokesperson', 'office', 'team', 'administration', 'government', 'ministry']);
/** Pronouns an organisation's spokesperson uses for it: "they 'would not consider requests of this nature'". */
const INSTITUTIONAL = new Set(['they', 'we']);

/**
 * The entities a phrase names as holders: the phrase's own entity, or each of a list ("President Macron
 * and Polish Prime Minister Donald Tusk"), or those its noun introduces ("figures such as President
 * Macron"); a speaker for "I" and "we" in a quote; "the embassy" for the US Embassy named before.
 */
export function holdersOf(v: StanceView, head: number): Holder[] {
  if (head < 0) return [];
  const out: Holder[] = [];
  for (const t of [head, ...conjuncts(v, head)]) {
    const e = one(v, t);
    if (e >= 0) {
      if (!out.includes(e)) out.push(e);
      continue;
    }
    // an organ that speaks for its owner names the owner: "The Biden campaign criticized the commutation"
    const owners = SPEAKS_FOR_OWNER.has(v.lemma(t).toLowerCase()) ? dependentsOf(v.syntax, t, 'compound', 'nmod:poss') : [];
    for (const c of [...dependentsOf(v.syntax, t, 'nmod', 'appos'), ...owners]) {
      for (const e2 of [c, ...conjuncts(v, c)].map((x) => one(v, x))) if (e2 >= 0 && !out.includes(e2)) out.push(e2);
    }
  }
  return out;
}

function conjuncts(v: StanceView, t: number): number[] {
  return dependentsOf(v.syntax, t, 'conj');
}

function one(v: StanceView, t: number): Holder {
  const word = v.word(t);
  const quote = v.quoteOf[t];
  if (quote >= 0 && FIRST_PERSON.has(word)) return v.speakerOf(quote);
  if (INSTITUTIONAL.has(word)) {
    const speaker = reportingSpeaker(v, t);
    if (speaker >= 0) return speaker;
  }
  if (v.entityOf[t] >= 0) return v.entityOf[t];
  if (word === 'which' || word === 'who') return relativeAntecedent(v, t);
  if (v.pos(t) === 'NOUN') return titledName(v, t) ?? namedBefore(v, t);
  return -1;
}

/** "The spokesperson added …, they would not consider": an institution's pronoun in its speaker's report. */
function reportingSpeaker(v: StanceView, t: number): Holder {
  let p = headOf(v.syntax, t);
  for (let steps = 0; p >= 0 && steps < 4; steps++) {
    const r = v.rel(p);
    const up = headOf(v.syntax, p);
    if ((r === 'ccomp' || r === 'parataxis') && up >= 0) {
      const subject = dependentsOf(v.syntax, up, 'nsubj')[0] ?? -1;
      const e = subject >= 0 ? (v.entityOf[subject] >= 0 ? v.entityOf[subject] : namedBefore(v, subject)) : -1;
      return e >= 0 && v.entities[e]!.type !== 'PERSON' ? e : -1;
    }
    p = up;
  }
  return -1;
}

/** "Labour Party leader Jeremy Corbyn" parsed with the title as subject: the person named right after the title. */
function titledName(v: StanceView, t: number): Holder | null {
  const next = t + 1;
  if (next >= v.tokens.length || v.sentenceOf[next] !== v.sentenceOf[t]) return null;
  const e = v.entityOf[next];
  return e >= 0 && v.entities[e]!.type === 'PERSON' ? e : null;
}

/** "Russia, which deemed …": the entity just before the relative pronoun. */
function relativeAntecedent(v: StanceView, t: number): Holder {
  const sentence = v.sentences[v.sentenceOf[t]]!;
  for (let i = t - 1; i >= Math.max(sentence.tokenStart, t - 3); i--) if (v.entityOf[i] >= 0) return v.entityOf[i];
  return -1;
}

/** "the embassy", "the spokesperson": the nearest entity named before with a mention of several words ending in that noun. */
export function namedBefore(v: StanceView, t: number): Holder {
  const ends = v.mentionsEndingIn(v.word(t));
  const start = v.tokens.start[t];
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? ends[lo - 1]!.entity : -1;
}
