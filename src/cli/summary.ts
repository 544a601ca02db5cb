import type { AnalysisRecord } from '../model/record.js';
import { stanceTable } from './stances-table.js';
import { eventLine } from './event-line.js';
import { forTerminal } from './terminal.js';

const excerpt = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** When the article appeared: the given date, or an estimate shown with the range that is known. */
export function describePublished(d: AnalysisRecord['document']): string {
  if (d.publishedSource !== 'estimated') return `published ${d.published ?? 'unknown'}`;
  const estimate = `estimated ${d.published ?? 'unknown'}`;
  const { earliest, latest } = d.publishedRange ?? { earliest: null, latest: null };
  if (earliest && latest) return `published between ${earliest} and ${latest}, ${estimate}`;
  if (earliest) return `published on or after ${earliest}, ${estimate}`;
  if (latest) return `published on or before ${latest}, ${estimate}`;
  return `publication date not stated, ${estimate}`;
}

/**
 * Reported speech with its cue, as `parley quotes` prints it: "Zelensky announced: “discussions with …”" is not his
 * own words; "according to state media: “…”" keeps the phrase's order. Direct quotes stand as the speaker's.
 */
function speakerWithCue(who: string, q: AnalysisRecord['quotes'][number]): string {
  if (q.kind === 'direct' || !q.cue) return who;
  const cue = q.cue.toLowerCase();
  return cue === 'according to' ? `according to ${who}` : `${who} ${cue}`;
}

/**
 * A short human-readable account of one analysis record, safe to print to a terminal: the
 * article's own characters that would steer it (escape sequences, bidi overrides) are escaped.
 */
export function summarize(record: AnalysisRecord, label: string, options: { evidence?: boolean } = {}): string {
  const d = record.document;
  const lines = [
    `${label}${d.title ? ` — ${d.title}` : ''}`,
    `  id ${d.id.slice(0, 16)}${d.id.length > 16 ? '…' : ''}  ${describePublished(d)}`,
    `  ${record.tokens} tokens, ${record.sentences.length} sentences, ${record.paragraphs.length} paragraphs; ` +
      `${record.entities.length} entities, ${record.timexes.length} dates, ${record.quotes.length} quotes, ${record.events.length} events, ${record.stances.length} stances`,
  ];
  const people = record.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  if (people.length) lines.push(`  people: ${people.slice(0, 8).join(', ')}${people.length > 8 ? ', …' : ''}`);
  const places = record.entities.filter((e) => e.type === 'GPE' || e.type === 'ORG').map((e) => e.name);
  if (places.length) lines.push(`  states and organisations: ${places.slice(0, 8).join(', ')}${places.length > 8 ? ', …' : ''}`);
  for (const q of record.quotes.slice(0, 3)) {
    const who = record.entities.find((e) => e.id === q.speaker)?.name ?? 'unknown speaker';
    lines.push(`  ${speakerWithCue(who, q)}: “${excerpt(q.text, 70)}”`);
  }
  const events = record.events.filter((e) => e.mode !== 'negated' && e.mode !== 'hypothetical');
  if (events.length) lines.push('  events:');
  for (const e of events.slice(0, 12)) lines.push(`    ${eventLine(record, e)}`);
  if (events.length > 12) lines.push(`    … ${events.length - 12} more`);
  const table = stanceTable(record, options.evidence);
  if (table.length) lines.push('  positions (topic × holder → polarity):', ...table);
  if (record.entities.length === 0 && record.sentences.length) {
    const first = record.sentences[0];
    lines.push(`  first sentence: ${excerpt(d.text.slice(first.start, first.end))}`);
  }
  return lines.map((line) => forTerminal(line.replace(/[\r\n\t]/g, ' '))).join('\n');
}
