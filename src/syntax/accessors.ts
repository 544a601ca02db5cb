import type { TokenLayer } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { POS_TAGS, type PosTag } from '../model/tokens.js';
import { RELATIONS, type Relation, type SyntaxLayer } from './layer.js';

/**
 * Small questions asked of the syntax layer. Every token argument and result is a document
 * token index (as in the token layer); -1 means "none".
 */

export function headOf(syntax: SyntaxLayer, i: number): number {
  return syntax.head[i];
}

export function relationOf(syntax: SyntaxLayer, i: number): Relation {
  return RELATIONS[syntax.relation[i]];
}

export function uposOf(syntax: SyntaxLayer, i: number): PosTag {
  return POS_TAGS[syntax.upos[i]];
}

/** Penn Treebank tag (`VBD`, `VBN`, `NNP` …). */
export function xposOf(syntax: SyntaxLayer, i: number): string {
  return syntax.xposTags[syntax.xpos[i]];
}

export function lemmaOf(syntax: SyntaxLayer, i: number): string {
  return syntax.lemma[i];
}

/** The children of a token, in text order. */
export function childrenOf(syntax: SyntaxLayer, i: number): number[] {
  return Array.from(syntax.children.subarray(syntax.childStart[i], syntax.childStart[i + 1]));
}

/**
 * The children whose relation is one of `relations`. A name matches that relation exactly
 * (`obl` is not `obl:agent`); `obl:*` matches `obl` and all its subtypes.
 */
export function dependentsOf(syntax: SyntaxLayer, i: number, ...relations: string[]): number[] {
  const out: number[] = [];
  for (let c = syntax.childStart[i]; c < syntax.childStart[i + 1]; c++) {
    const child = syntax.children[c];
    if (relationMatches(RELATIONS[syntax.relation[child]], relations)) out.push(child);
  }
  return out;
}

/** The first child with one of `relations` (see `dependentsOf`), or -1. */
export function dependentOf(syntax: SyntaxLayer, i: number, ...relations: string[]): number {
  for (let c = syntax.childStart[i]; c < syntax.childStart[i + 1]; c++) {
    const child = syntax.children[c];
    if (relationMatches(RELATIONS[syntax.relation[child]], relations)) return child;
  }
  return -1;
}

function relationMatches(relation: string, wanted: readonly string[]): boolean {
  for (const w of wanted) {
    if (w === relation) return true;
    if (w.endsWith(':*') && (relation === w.slice(0, -2) || relation.startsWith(w.slice(0, -1)))) return true;
  }
  return false;
}

/** The token range `[tokenStart, tokenEnd)` a token's subtree covers (its first to its last descendant). */
export function subtreeOf(syntax: SyntaxLayer, i: number): { tokenStart: number; tokenEnd: number } {
  let first = i;
  let last = i;
  const todo = [i];
  while (todo.length) {
    const t = todo.pop()!;
    if (t < first) first = t;
    if (t > last) last = t;
    for (let c = syntax.childStart[t]; c < syntax.childStart[t + 1]; c++) todo.push(syntax.children[c]);
  }
  return { tokenStart: first, tokenEnd: last + 1 };
}

/** The text a token's subtree covers, as exact offsets. */
export function subtreeSpan(tokens: TokenLayer, syntax: SyntaxLayer, i: number): Span {
  const { tokenStart, tokenEnd } = subtreeOf(syntax, i);
  return { start: tokens.start[tokenStart], end: tokens.end[tokenEnd - 1] };
}

/** The tokens from `i` up to its sentence root, `i` first. */
export function ancestorsOf(syntax: SyntaxLayer, i: number): number[] {
  const out = [i];
  for (let t = syntax.head[i]; t >= 0 && out.length <= syntax.length; t = syntax.head[t]) out.push(t);
  return out;
}

/**
 * The tree path from `a` to `b`: up from `a` to their lowest common ancestor, then down to
 * `b`, both ends included. Empty when they are in different sentences.
 */
export function pathBetween(syntax: SyntaxLayer, a: number, b: number): number[] {
  const up = ancestorsOf(syntax, a);
  const down = ancestorsOf(syntax, b);
  const onUp = new Map(up.map((t, k) => [t, k]));
  const meet = down.findIndex((t) => onUp.has(t));
  if (meet < 0) return [];
  return [...up.slice(0, onUp.get(down[meet])! + 1), ...down.slice(0, meet).reverse()];
}

/** Relations whose dependent heads a clause of its own. */
const CLAUSE_RELATIONS = new Set<string>([
  'root', 'ccomp', 'xcomp', 'advcl', 'advcl:relcl', 'acl', 'acl:relcl', 'csubj', 'csubj:pass', 'csubj:outer', 'parataxis',
]);
const SUBJECTS = ['nsubj', 'nsubj:pass', 'nsubj:outer', 'csubj', 'csubj:pass', 'csubj:outer'];

/** Is `i` the predicate of a clause: a clausal relation, or a verb (or predicate with a subject) conjoined to one? */
export function headsClause(syntax: SyntaxLayer, i: number): boolean {
  const relation = RELATIONS[syntax.relation[i]];
  if (CLAUSE_RELATIONS.has(relation) || syntax.head[i] < 0) return true;
  if (relation !== 'conj' || !headsClause(syntax, syntax.head[i])) return false;
  return POS_TAGS[syntax.upos[i]] === 'VERB' || dependentOf(syntax, i, ...SUBJECTS, 'cop', 'aux', 'aux:pass') >= 0;
}

/** The predicate of the clause a token belongs to (the token itself when it heads one). */
export function clauseOf(syntax: SyntaxLayer, i: number): number {
  let t = i;
  for (let steps = 0; t >= 0 && steps <= syntax.length; steps++) {
    if (headsClause(syntax, t)) return t;
    t = syntax.head[t];
  }
  return i;
}

/** Function words that hang on a predicate: "has", "been", "is" of "has been sent", "is ready". */
const AUXILIARIES = ['aux', 'aux:pass', 'cop'];

/** The predicate an auxiliary or copula serves; any other token is its own predicate. */
export function predicateOf(syntax: SyntaxLayer, i: number): number {
  const relation = RELATIONS[syntax.relation[i]];
  return AUXILIARIES.includes(relation) && syntax.head[i] >= 0 ? syntax.head[i] : i;
}

export interface VerbGroup {
  /** The predicate: the main verb, or the word a copula links ("ready" in "is ready"). */
  readonly head: number;
  /** Its auxiliaries and copula, in text order ("could", "have", "been"). */
  readonly auxiliaries: readonly number[];
  /** The negation words on it ("not", "n't", "never"). */
  readonly negation: readonly number[];
  readonly passive: boolean;
}

const NEGATION_LEMMAS = new Set(['not', 'never', "n't"]);

/** The verb group of a predicate (or of the predicate an auxiliary serves). */
export function verbGroup(syntax: SyntaxLayer, i: number): VerbGroup {
  const head = predicateOf(syntax, i);
  return {
    head,
    auxiliaries: dependentsOf(syntax, head, ...AUXILIARIES),
    negation: dependentsOf(syntax, head, 'advmod').filter((t) => NEGATION_LEMMAS.has(syntax.lemma[t].toLowerCase())),
    passive: isPassive(syntax, head),
  };
}

/** Is the predicate negated ("did not sign", "never met")? */
export function isNegated(syntax: SyntaxLayer, i: number): boolean {
  return verbGroup(syntax, i).negation.length > 0;
}

/**
 * Is the predicate passive: a passive auxiliary or an agent ("was signed by"), a passive subject
 * of a verb that is not a finite active form, or a past participle modifying a noun ("the treaty
 * signed in 1990"). A passive subject of "signed" tagged a past tense (VBD) with no passive
 * auxiliary is a mislabelled active subject ("Presidents … signed the agreement").
 */
export function isPassive(syntax: SyntaxLayer, i: number): boolean {
  const head = predicateOf(syntax, i);
  if (dependentOf(syntax, head, 'aux:pass', 'obl:agent') >= 0) return true;
  const xpos = syntax.xposTags[syntax.xpos[head]];
  if (!FINITE_ACTIVE.has(xpos) && dependentOf(syntax, head, 'nsubj:pass', 'csubj:pass') >= 0) return true;
  return RELATIONS[syntax.relation[head]] === 'acl' && xpos === 'VBN';
}

/** Penn tags of finite verbs, which are active without a passive auxiliary. */
const FINITE_ACTIVE = new Set(['VBD', 'VBZ', 'VBP']);

/**
 * The subject of a predicate's clause: its own subject, else (for "wants to meet", "arrived
 * and met") the one it shares with the verb it is an open complement or conjunct of; the
 * object of that verb when there is one for a complement ("urged him to resign" → "him").
 */
export function subjectOf(syntax: SyntaxLayer, i: number): number {
  let p = predicateOf(syntax, i);
  for (let steps = 0; p >= 0 && steps <= syntax.length; steps++) {
    const own = dependentOf(syntax, p, ...SUBJECTS);
    if (own >= 0) return own;
    const relation = RELATIONS[syntax.relation[p]];
    if (relation === 'xcomp') {
      const controller = dependentOf(syntax, syntax.head[p], 'obj', 'iobj');
      if (controller >= 0) return controller;
    } else if (relation !== 'conj') {
      return -1;
    }
    p = syntax.head[p];
  }
  return -1;
}

/** The direct object of a predicate, or -1. */
export function objectOf(syntax: SyntaxLayer, i: number): number {
  return dependentOf(syntax, predicateOf(syntax, i), 'obj');
}

/** The agent of a passive predicate ("police" in "was arrested by police"), or -1. */
export function agentOf(syntax: SyntaxLayer, i: number): number {
  return dependentOf(syntax, predicateOf(syntax, i), 'obl:agent');
}

/** Relative pronouns (Penn WDT, WP) that open a relative clause as its subject or object. */
const RELATIVE_PRONOUN_TAGS: ReadonlySet<string> = new Set(['WDT', 'WP']);

/**
 * Whether token `i` stands in a clause that describes a noun: a relative or adnominal clause on its way up the
 * tree (`acl`, `acl:relcl`), or a clause whose subject or object is a relative pronoun before its verb, however the
 * parse attached it ("to win elections which were held on June 21", where the parse made "held" a `ccomp` of "win").
 */
export function describesNoun(syntax: SyntaxLayer, i: number): boolean {
  for (let at = i, steps = 0; at >= 0 && steps < syntax.length; at = syntax.head[at], steps++) {
    if (RELATIONS[syntax.relation[at]].startsWith('acl')) return true;
    for (let c = syntax.childStart[at]; c < syntax.childStart[at + 1]; c++) {
      const child = syntax.children[c];
      if (child > at) break;
      const relation = RELATIONS[syntax.relation[child]];
      if ((relation === 'nsubj' || relation === 'nsubj:pass' || relation === 'obj') && RELATIVE_PRONOUN_TAGS.has(xposOf(syntax, child))) return true;
    }
  }
  return false;
}

/**
 * Whether the verb at `i` tells its act in the past tense: its first auxiliary is a past form ("was killed",
 * "had fired", "did not attack"), or it has none and is itself one ("fired"). "Has fired", "will fire", "could
 * fire" are not.
 */
export function isPastTense(syntax: SyntaxLayer, i: number): boolean {
  for (let c = syntax.childStart[i]; c < syntax.childStart[i + 1]; c++) {
    const child = syntax.children[c];
    if (child > i) break;
    const relation = RELATIONS[syntax.relation[child]];
    if (relation === 'aux' || relation === 'aux:pass') return xposOf(syntax, child) === 'VBD';
  }
  return xposOf(syntax, i) === 'VBD';
}
