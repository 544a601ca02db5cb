import type { AnalysisRecord } from '../model/record.js';

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * Topics with the positions taken on them, as a small table: one row per topic and holder,
 * "topic × holder → polarity"; with `evidence`, the words that say it under each row.
 *
 *   topic «deploying foreign military units in Ukraine» (deploy|foreign|military|troop|ukraine)
 *     Volodymyr Zelensky  UKRGOV   support   2025-W02  labeled … effective
 */
export function stanceTable(record: AnalysisRecord, evidence = false): string[] {
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [];
  for (const topic of record.topics) {
    const on = record.stances.filter((s) => s.topic === topic.id);
    if (!on.length) continue;
    lines.push(`  topic «${clip(topic.label, 70)}» (${topic.key})`);
    const width = Math.max(...on.map((s) => (names.get(s.holder) ?? s.holder).length));
    for (const s of on) {
      const holder = (names.get(s.holder) ?? s.holder).padEnd(width);
      lines.push(`    ${holder}  ${(s.holderActor ?? '-').padEnd(8)} ${s.polarity.padEnd(8)}  ${(s.date ?? '?').padEnd(10)} ${clip(s.cue, 40)}`);
      if (evidence) lines.push(`      «${clip(record.document.text.slice(s.start, s.end), 110)}»`);
    }
  }
  return lines;
}
