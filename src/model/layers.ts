import type { SyntaxLayer } from '../syntax/layer.js';
import type { Provenance, Span } from './span.js';

/**
 * Tokens are stored column-wise in typed arrays (as wink-nlp does) so that a long
 * article costs a few arrays, not one object per token. Use the accessors in
 * `tokens.ts` rather than reading the columns directly.
 */
export interface TokenLayer {
  readonly length: number;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** Index into `POS_TAGS` (Universal POS). */
  readonly pos: Uint8Array;
}

export interface Sentence extends Span {
  /** Token index range `[tokenStart, tokenEnd)`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';
export type RoleQualifier = 'incoming' | 'outgoing' | 'former' | 'acting' | 'elect' | null;

/** One span of text that names or refers to something. */
export interface Mention extends Span, Provenance {
  readonly type: EntityType;
  /** Token index range `[tokenStart, tokenEnd)`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Probability-like confidence of the model or rule. */
  readonly score?: number;
  /** ISO 3166 alpha-3 code of the country a GPE or NORP mention names, when known. */
  readonly country?: string | null;
}

export interface Role {
  readonly title: string;
  readonly country: string | null;
  readonly qualifier: RoleQualifier;
  /** Where the role was read: in the text or known from the knowledge base at the document date. */
  readonly from: 'text' | 'kb';
  readonly span?: Span;
}

export interface EntityMentionRef extends Span {
  readonly text: string;
  /** name | nominal | pronoun */
  readonly form?: 'name' | 'nominal' | 'pronoun';
}

/** A document-level entity: mentions merged into one referent, optionally linked to an actor. */
export interface Entity extends Provenance {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** The other names the text calls it by ("Al-Qaeda" for the knowledge base's "Al Qa'ida"), when there are any. */
  readonly aliases?: readonly string[];
  readonly country: string | null;
  readonly actor: { readonly id: string; readonly cameo: string | null } | null;
  /**
   * CAMEO actor code: the linked actor's on the document date, or read from the context for agents and
   * for people and organisations the knowledge base does not know ("Russian opposition leader" → RUSOPP).
   */
  readonly cameo?: string | null;
  /** Common-noun actors ("Iraqi lawmakers", "the police") only: the role or sector code the noun names (LEG, COP). */
  readonly agent?: string;
  readonly roles: readonly Role[];
  readonly mentions: readonly EntityMentionRef[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span, Provenance {
  readonly type: TimexType;
  readonly value: string;
  readonly mod: string | null;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote extends Span, Provenance {
  readonly kind: QuoteKind;
  /** Entity id of the speaker, or null when unknown. */
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  readonly cue: string | null;
  readonly cueSpan: Span | null;
  /** The date the statement was made (a timex value or the publication date). */
  readonly date: string | null;
}

export type EventMode = 'asserted' | 'negated' | 'intended' | 'hypothetical' | 'reported';

/** One coded act (analysis-format.md): CAMEO code with its codebook entry, actors, mode, trigger, date; `[start, end)` is the evidence. */
export interface Event extends Span, Provenance {
  readonly id: string;
  readonly code: string;
  readonly label: string;
  /** Two-digit CAMEO root. */
  readonly root: string;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  /** PLOVER type through the CAMEO→PLOVER table; null for CAMEO statements (01), which PLOVER does not code. */
  readonly plover: string | null;
  readonly mode: EventMode;
  /** Entity ids, or null when the actor is not an entity. */
  readonly source: string | null;
  readonly target: string | null;
  readonly sourceActor: string | null;
  readonly targetActor: string | null;
  readonly sourceText: string | null;
  readonly targetText: string | null;
  readonly trigger: Span & { readonly text: string };
  readonly date: string | null;
  readonly dateFrom: 'timex' | 'sentence' | 'published' | null;
  readonly sentence: number;
}

/** A proposal, policy or issue actors take positions on, with every mention of it in the document. */
export interface Topic {
  readonly id: string;
  /** Readable name: the words of its first full mention ("deploying foreign military units in Ukraine"). */
  readonly label: string;
  /** Normalised content lemmas (action first) that let a corpus merge the same topic across articles ("deploy|troop|foreign|military|ukraine"). */
  readonly key: string;
  readonly mentions: ReadonlyArray<Span & { readonly text: string }>;
}

export type Polarity = 'support' | 'oppose' | 'consider' | 'neutral';

/** One actor's position on a topic; `[start, end)` is the evidence (the clause or quote sentence that states it). */
export interface Stance extends Span, Provenance {
  /** Entity id of the holder. */
  readonly holder: string;
  /** The holder's CAMEO actor code (or country), when known. */
  readonly holderActor: string | null;
  readonly topic: string;
  readonly polarity: Polarity;
  /** The words that carry the position ("deemed … premature"). */
  readonly cue: string;
  /** When the position was stated: the governing timex's value, or the publication date. */
  readonly date: string | null;
}

/**
 * The date the text is anchored to: the publication date when the caller gave one,
 * otherwise an estimate from the content, with the range it must lie in and the words
 * that support it.
 */
export interface DocumentDate {
  /** ISO date `YYYY-MM-DD` (or the caller's datetime), or null when nothing dates the text. */
  readonly value: string | null;
  readonly source: 'given' | 'estimated' | 'unknown';
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly evidence: ReadonlyArray<Span & Provenance>;
}

/** Every layer a document can carry, by name. Each has exactly one owning stage. */
export interface Layers {
  anchor: DocumentDate;
  tokens: TokenLayer;
  sentences: readonly Sentence[];
  paragraphs: readonly Span[];
  /** Part of speech, lemma, head and relation of every token (see src/syntax). */
  syntax: SyntaxLayer;
  mentions: readonly Mention[];
  entities: readonly Entity[];
  timexes: readonly Timex[];
  quotes: readonly Quote[];
  events: readonly Event[];
  topics: readonly Topic[];
  stances: readonly Stance[];
}

export type LayerName = keyof Layers;

/**
 * The CAMEO code an entity acts under: its own (the knowledge base actor's on the document date, or the one its context
 * gives), else its country's. Records written before entities carried `cameo` have the actor's only.
 */
export function entityCode(e: Pick<Entity, 'cameo' | 'actor' | 'country'>): string | null {
  return e.cameo ?? e.actor?.cameo ?? e.country ?? null;
}

export const LAYER_NAMES: readonly LayerName[] = [
  'anchor', 'tokens', 'sentences', 'paragraphs', 'syntax', 'mentions', 'entities', 'timexes', 'quotes', 'events', 'topics', 'stances',
];
