import type { Quote } from '../../model/layers.js';
import { overlaps, type Span } from '../../model/span.js';
import type { GoldAttribution } from './brat.js';
import { classifySource, type GoldSource } from './sources.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassScore {
  content: PRF;
  /** Speaker right by span overlap with the gold source, or by a mention of its entity overlapping it. */
  sourceAccuracy: number;
  /** Matched gold sources holding a proper name: the share whose speaker is an entity with a mention overlapping that name. */
  entity: { accuracy: number; named: number; right: number };
  /** Matched gold sources that are a pronoun: how many got a speaker entity at all (whether it is right is read by hand). */
  pronoun: { sources: number; resolved: number; share: number };
  /** Matched gold sources that are a common-noun phrase, and how many of them the span-overlap test counts right. */
  nominal: { sources: number; right: number };
  /** Share of the system's quotes with no speaker entity. */
  noSpeaker: number;
  gold: number;
  system: number;
}

/** Running counts for one class of attributions (direct, indirect, or all). */
export interface Tally {
  system: number;
  systemMatched: number;
  gold: number;
  goldMatched: number;
  /** Matched gold attributions that have a source, and how many of those got the right speaker. */
  sourced: number;
  sourceRight: number;
  named: number;
  namedRight: number;
  pronouns: number;
  pronounsResolved: number;
  nominals: number;
  nominalsRight: number;
  systemNoSpeaker: number;
}

export const emptyTally = (): Tally => ({
  system: 0, systemMatched: 0, gold: 0, goldMatched: 0, sourced: 0, sourceRight: 0,
  named: 0, namedRight: 0, pronouns: 0, pronounsResolved: 0, nominals: 0, nominalsRight: 0, systemNoSpeaker: 0,
});

/** A matched gold attribution whose source is a pronoun, with the speaker Parley gave it: the sample read by hand. */
export interface PronounCase {
  readonly source: Span;
  readonly speaker: string | null;
  readonly direct: boolean;
}

export type SystemQuote = Pick<Quote, 'start' | 'end' | 'kind' | 'speaker' | 'speakerSpan'>;

/** A gold attribution is direct when its content holds a quotation mark ('' counts: some wires write it so). */
export function isDirectGold(text: string, gold: GoldAttribution): boolean {
  return gold.content.some((s) => /["“”]|''/.test(text.slice(s.start, s.end)));
}

const hits = (spans: readonly Span[], q: Span) => spans.some((s) => overlaps(s, q));
const overlapLength = (spans: readonly Span[], q: Span) =>
  spans.reduce((n, s) => n + Math.max(0, Math.min(s.end, q.end) - Math.max(s.start, q.start)), 0);

/** How a document's gold and system quotes are scored: entity mentions, and a reader of gold sources. */
export interface ScoreContext {
  readonly entityMentions?: ReadonlyMap<string, readonly Span[]>;
  /** Whether the capitalised word at an offset is a proper noun (for words opening a sentence). */
  readonly properAt?: (offset: number) => boolean;
  /** Receives every matched gold pronoun source, for the sample read by hand. */
  readonly onPronoun?: (c: PronounCase) => void;
}

/**
 * Scores one document into the tallies. A system quote matches a gold attribution when
 * their content spans overlap. For each matched gold attribution the system quote
 * overlapping it most is judged on its speaker: by span (right when the speaker span overlaps
 * the gold Source, or the speaker entity has a mention that does) and by entity (for a source
 * holding a name, right only when the speaker entity has a mention overlapping that name).
 */
export function scoreDocument(
  text: string,
  gold: readonly GoldAttribution[],
  system: readonly SystemQuote[],
  tallies: { direct: Tally; indirect: Tally; overall: Tally },
  context: ScoreContext = {},
): void {
  const entityMentions = context.entityMentions ?? new Map<string, readonly Span[]>();
  const goldDirect = gold.map((g) => isDirectGold(text, g));
  system.forEach((q) => {
    const direct = q.kind !== 'indirect';
    const matched = gold.some((g, i) => goldDirect[i] === direct && hits(g.content, q));
    const matchedAny = gold.some((g) => hits(g.content, q));
    const cls = direct ? tallies.direct : tallies.indirect;
    for (const t of [cls, tallies.overall]) {
      t.system++;
      if (q.speaker === null) t.systemNoSpeaker++;
    }
    if (matched) cls.systemMatched++;
    if (matchedAny) tallies.overall.systemMatched++;
  });
  gold.forEach((g, i) => {
    const cls = goldDirect[i] ? tallies.direct : tallies.indirect;
    const candidates = system.filter((q) => hits(g.content, q));
    const best = candidates.sort((a, b) => overlapLength(g.content, b) - overlapLength(g.content, a))[0];
    const source = best && g.source.length > 0 ? classifySource(text, g.source, context.properAt) : null;
    if (best && source?.kind === 'pronoun') context.onPronoun?.({ source: g.source[0], speaker: best.speaker, direct: goldDirect[i] });
    for (const t of [cls, tallies.overall]) {
      t.gold++;
      if (!best) continue;
      t.goldMatched++;
      if (g.source.length === 0) continue;
      t.sourced++;
      const right = speakerRight(g.source, best, entityMentions);
      if (right) t.sourceRight++;
      if (source) tallyEntity(t, source, best, right, entityMentions);
    }
  });
}

function tallyEntity(t: Tally, source: GoldSource, q: SystemQuote, spanRight: boolean, entityMentions: ReadonlyMap<string, readonly Span[]>): void {
  if (source.kind === 'name') {
    t.named++;
    const mentions = q.speaker ? entityMentions.get(q.speaker) ?? [] : [];
    if (mentions.some((m) => overlaps(m, source.head))) t.namedRight++;
  } else if (source.kind === 'pronoun') {
    t.pronouns++;
    if (q.speaker) t.pronounsResolved++;
  } else {
    t.nominals++;
    if (spanRight) t.nominalsRight++;
  }
}

function speakerRight(source: readonly Span[], q: SystemQuote, entityMentions: ReadonlyMap<string, readonly Span[]>): boolean {
  if (q.speakerSpan && hits(source, q.speakerSpan)) return true;
  const mentions = q.speaker ? entityMentions.get(q.speaker) ?? [] : [];
  return mentions.some((m) => hits(source, m));
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function summarise(t: Tally): ClassScore {
  const precision = ratio(t.systemMatched, t.system);
  const recall = ratio(t.goldMatched, t.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    content: { precision, recall, f1 },
    sourceAccuracy: ratio(t.sourceRight, t.sourced),
    entity: { accuracy: ratio(t.namedRight, t.named), named: t.named, right: t.namedRight },
    pronoun: { sources: t.pronouns, resolved: t.pronounsResolved, share: ratio(t.pronounsResolved, t.pronouns) },
    nominal: { sources: t.nominals, right: t.nominalsRight },
    noSpeaker: ratio(t.systemNoSpeaker, t.system),
    gold: t.gold,
    system: t.system,
  };
}
