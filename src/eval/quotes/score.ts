import type { Quote } from '../../model/layers.js';
import { overlaps, type Span } from '../../model/span.js';
import type { GoldAttribution } from './brat.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassScore {
  content: PRF;
  sourceAccuracy: number;
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
}

export const emptyTally = (): Tally => ({ system: 0, systemMatched: 0, gold: 0, goldMatched: 0, sourced: 0, sourceRight: 0 });

export type SystemQuote = Pick<Quote, 'start' | 'end' | 'kind' | 'speaker' | 'speakerSpan'>;

/** A gold attribution is direct when its content holds a quotation mark ('' counts: some wires write it so). */
export function isDirectGold(text: string, gold: GoldAttribution): boolean {
  return gold.content.some((s) => /["“”]|''/.test(text.slice(s.start, s.end)));
}

const hits = (spans: readonly Span[], q: Span) => spans.some((s) => overlaps(s, q));
const overlapLength = (spans: readonly Span[], q: Span) =>
  spans.reduce((n, s) => n + Math.max(0, Math.min(s.end, q.end) - Math.max(s.start, q.start)), 0);

/**
 * Scores one document into the tallies. A system quote matches a gold attribution when
 * their content spans overlap. For each matched gold attribution the system quote
 * overlapping it most is judged on its speaker: right when the speaker span overlaps
 * the gold Source, or when the speaker entity has a mention that does.
 */
export function scoreDocument(
  text: string,
  gold: readonly GoldAttribution[],
  system: readonly SystemQuote[],
  tallies: { direct: Tally; indirect: Tally; overall: Tally },
  entityMentions: ReadonlyMap<string, readonly Span[]> = new Map(),
): void {
  const goldDirect = gold.map((g) => isDirectGold(text, g));
  system.forEach((q) => {
    const direct = q.kind !== 'indirect';
    const matched = gold.some((g, i) => goldDirect[i] === direct && hits(g.content, q));
    const matchedAny = gold.some((g) => hits(g.content, q));
    const cls = direct ? tallies.direct : tallies.indirect;
    cls.system++;
    if (matched) cls.systemMatched++;
    tallies.overall.system++;
    if (matchedAny) tallies.overall.systemMatched++;
  });
  gold.forEach((g, i) => {
    const cls = goldDirect[i] ? tallies.direct : tallies.indirect;
    const candidates = system.filter((q) => hits(g.content, q));
    const best = candidates.sort((a, b) => overlapLength(g.content, b) - overlapLength(g.content, a))[0];
    for (const t of [cls, tallies.overall]) {
      t.gold++;
      if (!best) continue;
      t.goldMatched++;
      if (g.source.length === 0) continue;
      t.sourced++;
      if (speakerRight(g.source, best, entityMentions)) t.sourceRight++;
    }
  });
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
  return { content: { precision, recall, f1 }, sourceAccuracy: ratio(t.sourceRight, t.sourced), gold: t.gold, system: t.system };
}
