/**
 * The syntax layer: a dependency tree over Parley's own tokens. Stored column-wise, as
 * the token layer is (`head[i]`, `relation[i]` … for token `i` of the document); read it
 * through the accessors in `accessors.ts`, not by hand.
 */
export interface SyntaxLayer {
  readonly length: number;
  /** Universal POS of each token, an index into `POS_TAGS` (model/tokens.ts). */
  readonly upos: Uint8Array;
  /** Penn Treebank tag of each token, an index into `layer.xposTags`. */
  readonly xpos: Uint8Array;
  readonly xposTags: readonly string[];
  readonly lemma: readonly string[];
  /** Document index of each token's head; -1 for the root of a sentence. */
  readonly head: Int32Array;
  /** Each token's relation to its head, an index into `RELATIONS`. */
  readonly relation: Uint8Array;
  /** Children of token `i` are `children[childStart[i] .. childStart[i + 1])`, in text order. */
  readonly childStart: Uint32Array;
  readonly children: Uint32Array;
  /** The model that produced the layer. */
  readonly by: string;
}

/** Universal Dependencies relations, with the English subtypes UD_English-EWT and GUM use. */
export const RELATIONS = [
  'dep', 'root', 'punct', 'case', 'nsubj', 'det', 'advmod', 'obj', 'amod', 'obl', 'conj', 'compound', 'mark', 'nmod',
  'cc', 'aux', 'cop', 'advcl', 'nmod:poss', 'xcomp', 'ccomp', 'acl:relcl', 'flat', 'parataxis', 'nummod', 'appos',
  'acl', 'aux:pass', 'nsubj:pass', 'obl:unmarked', 'nmod:unmarked', 'discourse', 'compound:prt', 'iobj', 'list',
  'expl', 'fixed', 'nmod:desc', 'obl:agent', 'csubj', 'nsubj:outer', 'det:predet', 'vocative', 'goeswith',
  'advcl:relcl', 'cc:preconj', 'reparandum', 'orphan', 'csubj:pass', 'dislocated', 'csubj:outer', 'obl:tmod',
  'obl:npmod', 'nmod:tmod', 'nmod:npmod', 'flat:foreign', 'compound:lvc', 'flat:name', 'det:poss', 'expl:pv',
] as const;
export type Relation = (typeof RELATIONS)[number];

const RELATION_INDEX = new Map<string, number>(RELATIONS.map((r, i) => [r, i]));

/** Index of a relation; an unknown subtype falls back to its universal part, anything else to `dep`. */
export function relationIndex(relation: string): number {
  return RELATION_INDEX.get(relation) ?? RELATION_INDEX.get(universalPart(relation)) ?? 0;
}

/** `nsubj:pass` → `nsubj`: the part CoNLL 2018 LAS compares. */
export function universalPart(relation: string): string {
  const colon = relation.indexOf(':');
  return colon < 0 ? relation : relation.slice(0, colon);
}

export interface SyntaxColumns {
  readonly upos: ArrayLike<number>;
  readonly xpos: ArrayLike<number>;
  readonly xposTags: readonly string[];
  readonly lemma: readonly string[];
  readonly head: ArrayLike<number>;
  readonly relation: ArrayLike<number>;
  readonly by: string;
}

/** Builds a frozen layer from its columns, indexing every token's children. */
export function makeSyntaxLayer(columns: SyntaxColumns): SyntaxLayer {
  const length = columns.head.length;
  const head = Int32Array.from(columns.head);
  const childStart = new Uint32Array(length + 1);
  for (let i = 0; i < length; i++) if (head[i] >= 0) childStart[head[i] + 1]++;
  for (let i = 0; i < length; i++) childStart[i + 1] += childStart[i];
  const fill = childStart.slice(0, length);
  const children = new Uint32Array(childStart[length]);
  for (let i = 0; i < length; i++) if (head[i] >= 0) children[fill[head[i]]++] = i;
  return Object.freeze({
    length,
    upos: Uint8Array.from(columns.upos),
    xpos: Uint8Array.from(columns.xpos),
    xposTags: Object.freeze([...columns.xposTags]),
    lemma: Object.freeze([...columns.lemma]),
    head,
    relation: Uint8Array.from(columns.relation),
    childStart,
    children,
    by: columns.by,
  });
}
