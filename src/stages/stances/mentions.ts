import { childrenOf, dependentOf, dependentsOf, headOf } from '../../syntax/accessors.js';
import { ANAPHOR_DETERMINERS, ANAPHOR_NOUNS, EMPTY_COMPLEMENTS, FRAME_NOUNS, PROPOSAL_NOUNS, PROPOSAL_VERBS, STANCE_VERBS, isTopicHead } from './lexicon.js';
import type { StanceView } from './view.js';

/** One mention of a topic: the words that name it, and whether it only points back to one named before. */
export interface TopicMention {
  /** Token range of the mention. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Token range of the words that say what the topic is (its label), inside or equal to the mention. */
  readonly labelStart: number;
  readonly labelEnd: number;
  /** The head word of the phrase. */
  readonly head: number;
  /** "this idea", "the request", "it": refers back, names nothing itself. */
  readonly anaphoric: boolean;
}

/** Relations of a head's dependents that are not part of a topic's name: relative clauses, asides, punctuation. */
const OUTSIDE = new Set(['acl:relcl', 'parataxis', 'punct', 'appos', 'advcl', 'cc', 'conj', 'dep']);
/** Leading words a label drops: "the", "to", "of", "that", possessives are kept. */
const LEADING = new Set(['det', 'case', 'mark', 'punct', 'cc', 'advmod', 'aux']);

/** The token range of a head and the dependents that name it with it (no relative clause, no aside). */
function phrase(v: StanceView, head: number, keepConj = false): [number, number] {
  let from = head;
  let to = head + 1;
  const visit = (t: number, top: boolean) => {
    for (const c of childrenOf(v.syntax, t)) {
      const r = v.rel(c);
      if (top && OUTSIDE.has(r) && !(keepConj && (r === 'conj' || r === 'cc'))) continue;
      if (top && r.startsWith('obl') && circumstance(v, c)) continue;
      if (r === 'punct' && (c < from || c >= to)) continue;
      from = Math.min(from, c);
      to = Math.max(to, c + 1);
      visit(c, false);
    }
  };
  visit(head, true);
  return [from, to];
}

/** "after the leak of …", "since mid-December": when or why, not what. */
const CIRCUMSTANCE = new Set(['after', 'before', 'since', 'during', 'despite', 'amid', 'amidst', 'following', 'because', 'until', 'when']);

function circumstance(v: StanceView, c: number): boolean {
  const kase = dependentOf(v.syntax, c, 'case', 'mark');
  return (kase >= 0 && CIRCUMSTANCE.has(v.word(kase))) || v.rel(c) === 'obl:tmod' || v.rel(c) === 'obl:unmarked';
}

function trimLeading(v: StanceView, from: number, to: number, head: number): number {
  while (from < head && LEADING.has(v.rel(from)) && headOf(v.syntax, from) !== -1) from++;
  while (from < to - 1 && v.pos(from) === 'PUNCT') from++;
  return from;
}

function trimTrailing(v: StanceView, from: number, to: number): number {
  while (to - 1 > from && v.pos(to - 1) === 'PUNCT') to--;
  return to;
}

/** The content a proposal noun or verb carries: its to-infinitive, gerund, that-clause or "for"/"of" phrase. */
export function complementOf(v: StanceView, head: number): number {
  const clause = dependentsOf(v.syntax, head, 'xcomp', 'ccomp', 'acl').find((c) => v.rel(c) !== 'acl' || isContentClause(v, c));
  if (clause !== undefined) return throughProposal(v, clause);
  const adjacent = adjacentClause(v, head);
  if (adjacent >= 0) return adjacent;
  for (const c of dependentsOf(v.syntax, head, 'nmod', 'obl')) {
    const kase = dependentOf(v.syntax, c, 'case', 'mark');
    const word = kase >= 0 ? v.word(kase) : '';
    if ((word === 'of' || word === 'for' || word === 'on') && v.entityOf[c] < 0) return c;
  }
  return -1;
}

/** A clause that says what a noun is ("offer to resign", "possibility of deploying", "calls … asking"), not a participle describing it ("idea, entertained by"). */
function isContentClause(v: StanceView, c: number): boolean {
  const mark = dependentOf(v.syntax, c, 'mark', 'case');
  if (mark >= 0 && mark < c && ['to', 'of', 'for'].includes(v.word(mark))) return true;
  return PROPOSAL_VERBS.has(v.lemma(c));
}

/**
 * "Honcharuk's offer to resign", "the request of … Boris Johnson to suspend Parliament": the parser often hangs
 * the infinitive on the verb; an infinitive or "of"-gerund right after the noun's phrase is its content.
 */
function adjacentClause(v: StanceView, noun: number): number {
  const [, to] = phrase(v, noun);
  const word = v.word(to);
  if ((word === 'to' || word === 'of') && to + 1 < v.tokens.length && v.pos(to + 1) === 'VERB' && v.sentenceOf[to + 1] === v.sentenceOf[noun]) return to + 1;
  return -1;
}

/**
 * "calls … asking the United States to waive …": the content of the inner proposal verb; "this move to
 * consider European troop deployment": what is considered.
 */
function throughProposal(v: StanceView, clause: number): number {
  if (STANCE_VERBS.get(v.lemma(clause))?.polarity === 'consider') {
    const object = dependentOf(v.syntax, clause, 'obj');
    if (object >= 0) return object;
    for (let t = clause + 1; t < Math.min(clause + 5, v.tokens.length) && v.sentenceOf[t] === v.sentenceOf[clause]; t++) {
      if (v.pos(t) === 'NOUN' && isTopicHead(v.lemma(t))) return t;
    }
    return clause;
  }
  if (!PROPOSAL_VERBS.has(v.lemma(clause))) return clause;
  const inner = dependentOf(v.syntax, clause, 'xcomp', 'ccomp');
  return inner >= 0 ? inner : clause;
}

/** True when a complement names content ("to resign", "waive immunity"), not an empty act ("to reconsider"). */
export function hasContent(v: StanceView, head: number): boolean {
  return v.pos(head) !== 'VERB' || !EMPTY_COMPLEMENTS.has(v.lemma(head));
}

/** A topic mention from the head of a clause (a complement: "to waive diplomatic immunity"). */
export function clauseMention(v: StanceView, head: number): TopicMention {
  const [from, to] = phrase(v, head, true);
  const start = trimLeading(v, from, to, head);
  const end = trimTrailing(v, start, to);
  return { tokenStart: start, tokenEnd: end, labelStart: start, labelEnd: end, head, anaphoric: false };
}

/** Pronouns that stand for a topic named before: "calling it 'null and void'", "This is a political nature". */
const TOPIC_PRONOUNS = new Set(['it', 'this', 'that', 'these']);

/**
 * A topic mention from a noun phrase whose head may be a topic: "the Turkish-Libyan maritime border
 * agreement", "Honcharuk's offer to resign", "this idea", "requests of this nature", "it". Null when the
 * head is not the kind of word a topic is (a person, a place, "support").
 */
export function nounMention(v: StanceView, head: number, strict = false): TopicMention | null {
  // a named agreement, law or plan ("the Paris Agreement", "the Green New Deal") is read by its head noun, lower-cased
  const named = v.entityOf[head] >= 0 ? v.entities[v.entityOf[head]]! : null;
  const lemma = named?.type === 'MISC' ? v.lemma(head).toLowerCase() : v.lemma(head);
  if (named && named.type !== 'MISC' && v.pos(head) !== 'PRON') return null; // an actor ("the government of Hadi"), not a topic
  if (v.pos(head) === 'PRON' || v.pos(head) === 'DET') {
    return TOPIC_PRONOUNS.has(v.word(head)) ? { tokenStart: head, tokenEnd: head + 1, labelStart: head, labelEnd: head + 1, head, anaphoric: true } : null;
  }
  if (v.pos(head) === 'VERB') return clauseMention(v, head);
  if (!isTopicHead(lemma, strict)) return null;
  const [from, to] = phrase(v, head);
  const start = trimLeading(v, from, to, head);
  const end = trimTrailing(v, start, to);
  const content = PROPOSAL_NOUNS.has(lemma) ? complementOf(v, head) : -1;
  if (content >= 0 && hasContent(v, content) && !ofThisKind(v, content)) {
    // the noun and its content, not all the noun heads (a noun at the root of its sentence heads all of it)
    const inner = clauseMention(v, content);
    const last = Math.max(head + 1, inner.tokenEnd);
    if (FRAME_NOUNS.has(lemma)) return { ...inner, tokenStart: Math.min(start, inner.tokenStart), tokenEnd: last, head };
    return { tokenStart: start, tokenEnd: last, labelStart: start, labelEnd: last, head, anaphoric: false };
  }
  if (ANAPHOR_NOUNS.has(lemma) && pointsBack(v, head, start)) {
    // "this idea", "the suggestion": the reference with its determiner, not what is said of it
    const det = start > 0 && ANAPHOR_DETERMINERS.has(v.word(start - 1)) ? start - 1 : start;
    const from = Math.min(det, ...[head, ...dependentsOf(v.syntax, head, 'det', 'nmod:poss', 'amod')].filter((t) => t <= head));
    return { tokenStart: from, tokenEnd: head + 1, labelStart: start, labelEnd: head + 1, head, anaphoric: true };
  }
  return { tokenStart: start, tokenEnd: end, labelStart: start, labelEnd: end, head, anaphoric: false };
}

/** "requests of this nature", "measures of that kind": the phrase points back. */
function ofThisKind(v: StanceView, content: number): boolean {
  const det = dependentOf(v.syntax, content, 'det');
  return det >= 0 && ['this', 'that', 'such'].includes(v.word(det)) && ['nature', 'kind', 'type', 'sort'].includes(v.lemma(content));
}

/** A determiner or possessive that refers back, and no modifier naming the thing itself. */
function pointsBack(v: StanceView, head: number, start: number): boolean {
  const named = dependentsOf(v.syntax, head, 'compound', 'amod', 'nmod').some((c) => v.pos(c) === 'PROPN' || v.pos(c) === 'NOUN' && v.rel(c) !== 'nmod');
  if (named) return false;
  if (dependentsOf(v.syntax, head, 'nmod').some((c) => ofThisKind(v, c))) return true;
  const det = dependentOf(v.syntax, head, 'det', 'nmod:poss');
  if (det >= 0) return ANAPHOR_DETERMINERS.has(v.word(det)) || v.rel(det) === 'nmod:poss';
  return ANAPHOR_DETERMINERS.has(v.word(start)) || (start > 0 && ANAPHOR_DETERMINERS.has(v.word(start - 1)));
}
