import type { AnalysisRecord } from '../model/record.js';

const excerpt = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** A short human-readable account of one analysis record. */
export function summarize(record: AnalysisRecord, label: string): string {
  const d = record.document;
  const lines = [
    `${label}${d.title ? ` — ${d.title}` : ''}`,
    `  id ${d.id.slice(0, 16)}${d.id.length > 16 ? '…' : ''}  published ${d.published ?? 'unknown'}${d.publishedSource === 'estimated' ? ' (estimated)' : ''}`,
    `  ${record.tokens} tokens, ${record.sentences.length} sentences, ${record.paragraphs.length} paragraphs; ` +
      `${record.entities.length} entities, ${record.timexes.length} dates, ${record.quotes.length} quotes, ${record.events.length} events, ${record.stances.length} stances`,
  ];
  const people = record.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  if (people.length) lines.push(`  people: ${people.slice(0, 8).join(', ')}${people.length > 8 ? ', …' : ''}`);
  const places = record.entities.filter((e) => e.type === 'GPE' || e.type === 'ORG').map((e) => e.name);
  if (places.length) lines.push(`  states and organisations: ${places.slice(0, 8).join(', ')}${places.length > 8 ? ', …' : ''}`);
  for (const q of record.quotes.slice(0, 3)) {
    const who = record.entities.find((e) => e.id === q.speaker)?.name ?? 'unknown speaker';
    lines.push(`  ${who}: “${excerpt(q.text, 70)}”`);
  }
  if (record.entities.length === 0 && record.sentences.length) {
    const first = record.sentences[0];
    lines.push(`  first sentence: ${excerpt(d.text.slice(first.start, first.end))}`);
  }
  return lines.join('\n');
}
