/**
 * Cross-document coreference scores (MUC, B³, CEAF-e and their mean, the CoNLL F1) with the
 * scorers of `parley eval coref`, over gold mentions, singletons included.
 */
import { addCounts, bcubed, ceafe, emptyCounts, muc, toPrf, type Chain, type Prf } from '../coref/metrics.js';

export interface ScoredMention {
  readonly id: string;
  /** The gold event it refers to. */
  readonly instance: string;
  /** The topic it belongs to: no chain, gold or system, crosses a topic. */
  readonly topic: number;
}

export interface CorefScores {
  readonly muc: Prf;
  readonly bcubed: Prf;
  readonly ceafe: Prf;
  /** The mean of the three F1 scores. */
  readonly conllF1: number;
}

function chainsBy(mentions: readonly ScoredMention[], label: (m: ScoredMention) => string): Chain[] {
  const chains = new Map<string, string[]>();
  for (const m of mentions) {
    const key = label(m);
    const chain = chains.get(key);
    if (chain) chain.push(m.id);
    else chains.set(key, [m.id]);
  }
  return [...chains.values()];
}

/**
 * Scores `cluster` (mention id → system cluster id; an unclustered mention is a singleton)
 * against the gold instances. Counts are summed over topics: since no chain crosses a topic,
 * that equals scoring the whole corpus as one document, as the reference scorer is run on ECB+,
 * while CEAF-e's alignment stays small.
 */
export function scoreClusters(mentions: readonly ScoredMention[], cluster: ReadonlyMap<string, string>): CorefScores {
  const totals = { muc: emptyCounts(), bcubed: emptyCounts(), ceafe: emptyCounts() };
  const topics = new Map<number, ScoredMention[]>();
  for (const m of mentions) {
    const inTopic = topics.get(m.topic);
    if (inTopic) inTopic.push(m);
    else topics.set(m.topic, [m]);
  }
  for (const inTopic of topics.values()) {
    const key = chainsBy(inTopic, (m) => m.instance);
    const response = chainsBy(inTopic, (m) => cluster.get(m.id) ?? `self:${m.id}`);
    addCounts(totals.muc, muc(key, response));
    addCounts(totals.bcubed, bcubed(key, response));
    addCounts(totals.ceafe, ceafe(key, response));
  }
  const scores = { muc: toPrf(totals.muc), bcubed: toPrf(totals.bcubed), ceafe: toPrf(totals.ceafe) };
  return { ...scores, conllF1: (scores.muc.f1 + scores.bcubed.f1 + scores.ceafe.f1) / 3 };
}
