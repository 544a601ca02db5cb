import type { AnalysisRecord } from '../../model/record.js';

/** A stance check of an expectation file (shared/spec/seed-expected.json, spec/articles/*.json). */
export interface StanceCheck {
  readonly kind: 'stance';
  readonly holder: readonly string[];
  readonly polarity: readonly string[];
  readonly topic: readonly string[];
}

const lc = (s: unknown) => String(s ?? '').toLowerCase();
const isCode = (n: string) => /^[A-Z]{3}$/.test(n);

type RecordEntity = AnalysisRecord['entities'][number];

/** Whether an entity answers to one of the names: a three-letter code matches its country or the start of its actor code. */
function entityIs(e: RecordEntity | undefined, names: readonly string[]): boolean {
  if (!e) return false;
  const cameo = lc(e.actor?.cameo ?? e.cameo);
  return names.some((n) => (isCode(n) && (e.country === n || cameo.startsWith(lc(n)))) || lc(e.name) === lc(n));
}

/**
 * The stance check as shared/tools/check-analysis.mjs defines it: some stance whose holder answers to
 * one of the names (or whose actor code starts with one of the codes), of one of the polarities, whose
 * topic label or evidence contains one of the topic words.
 */
export function stanceCheckHolds(record: AnalysisRecord, check: StanceCheck): boolean {
  const text = record.document.text;
  const labels = new Map(record.topics.map((t) => [t.id, t.label]));
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  return record.stances.some((s) => {
    const about = lc(`${labels.get(s.topic) ?? s.topic} ${text.slice(s.start, s.end)}`);
    const holder = entityIs(byId.get(s.holder), check.holder) || check.holder.some((n) => isCode(n) && lc(s.holderActor).startsWith(lc(n)));
    return holder && check.polarity.includes(s.polarity) && check.topic.some((k) => about.includes(lc(k)));
  });
}
