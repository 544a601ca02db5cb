import type { AnalysisRecord } from './api.js';

export type FactKind = 'entity' | 'date' | 'quote' | 'event' | 'stance';

/** One highlighted fact of an article: where its words are, and what it says. */
export interface Fact {
  readonly id: string;
  readonly kind: FactKind;
  readonly start: number;
  readonly end: number;
  /** For an event: the whole clause that states it (the highlight is its trigger). */
  readonly extent?: { start: number; end: number };
  readonly title: string;
  /** How the fact reads in the article's list of facts. */
  readonly label: string;
  readonly details: ReadonlyArray<readonly [string, string]>;
  /** The actor pages it links to. */
  readonly actors: ReadonlyArray<{ id: string; name: string; role: string }>;
  readonly topic?: string;
}

/** The store's key for an entity's actor: its knowledge-base id, else its name and country (store/sqlite/rows.ts actorKey). */
const actorKey = (e: { actor: { id: string } | null; name: string; country: string | null }) =>
  e.actor?.id ?? `name:${e.name.toLowerCase()}|${e.country ?? ''}`;

/** Stance and topic fields the record format names (analysis-format.md) beyond the layer types every stage fills yet. */
type StanceFields = { holderActor?: string | null; cue?: string | null; date?: string | null };
type TopicFields = { key?: string };

/** Every fact of a record with a span in its text, in text order. */
export function factsOf(record: AnalysisRecord): Fact[] {
  const entity = new Map(record.entities.map((e) => [e.id, e]));
  const who = (id: string | null, role: string) => {
    const e = id ? entity.get(id) : undefined;
    return e ? [{ id: actorKey(e), name: e.name, role }] : [];
  };
  const nameOf = (id: string | null, fallback: string | null = null) => (id ? entity.get(id)?.name : undefined) ?? fallback ?? 'unknown';
  const topic = new Map(record.topics.map((t) => [t.id, t as typeof t & TopicFields]));
  const facts: Fact[] = [];
  for (const e of record.entities) {
    e.mentions.forEach((m, i) => facts.push({
      id: `entity:${e.id}:${i}`, kind: 'entity', start: m.start, end: m.end, title: e.name, label: `${e.name} (${e.mentions.length})`,
      details: [['type', e.type], ['country', e.country ?? '—'], ['roles', e.roles.map((r) => r.title).join(', ') || '—'], ['mentions', String(e.mentions.length)]],
      actors: who(e.id, e.type === 'PERSON' ? 'person' : 'actor'),
    }));
  }
  record.timexes.forEach((t, i) => facts.push({
    id: `date:${i}`, kind: 'date', start: t.start, end: t.end, title: `${t.type} ${t.value ?? ''}`, label: `${t.text} = ${t.value ?? '?'}`,
    details: [['words', t.text], ['value', t.value ?? '—'], ...(t.mod ? [['modifier', t.mod] as const] : [])], actors: [],
  }));
  record.quotes.forEach((q, i) => facts.push({
    id: `quote:${i}`, kind: 'quote', start: q.start, end: q.end, title: `Quote by ${nameOf(q.speaker)}`,
    label: `${nameOf(q.speaker)}: “${q.text.length > 60 ? `${q.text.slice(0, 60)}…` : q.text}”`,
    details: [['kind', q.kind], ['cue', q.cue ?? '—'], ['date', q.date ?? '—']], actors: who(q.speaker, 'speaker'),
  }));
  record.events.forEach((v) => {
    const trigger = v.trigger && v.trigger.end > v.trigger.start ? v.trigger : { start: v.start, end: v.end };
    facts.push({
      id: `event:${v.id}`, kind: 'event', start: trigger.start, end: trigger.end, extent: { start: v.start, end: v.end },
      title: `${v.code} ${v.label ?? ''}`.trim(),
      label: `${nameOf(v.source, v.sourceText ?? v.sourceActor)} ${v.code} ${v.label ?? ''} → ${nameOf(v.target, v.targetText ?? v.targetActor)}`,
      details: [['who', nameOf(v.source, v.sourceText ?? v.sourceActor)], ['to whom', nameOf(v.target, v.targetText ?? v.targetActor)],
        ['mode', v.mode], ['PLOVER', v.plover ?? '—'], ['date', v.date ?? '—'], ['coded by', v.by]],
      actors: [...who(v.source, 'source'), ...who(v.target, 'target')],
    });
  });
  record.stances.forEach((st, i) => { const s = st as typeof st & StanceFields; facts.push({
    id: `stance:${i}`, kind: 'stance', start: s.start, end: s.end, title: `${s.polarity}: ${topic.get(s.topic)?.label ?? s.topic}`,
    label: `${nameOf(s.holder, s.holderActor ?? null)} ${s.polarity}s ${topic.get(s.topic)?.label ?? s.topic}`,
    details: [['holder', nameOf(s.holder, s.holderActor)], ['cue', s.cue ?? '—'], ['date', s.date ?? '—']],
    actors: who(s.holder, 'holder'), topic: topic.get(s.topic)?.key,
  }); });
  return facts.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** The facts whose highlighted span covers this piece of text, shortest first. */
  readonly facts: Fact[];
}

/** Cuts the text at every fact boundary, so overlapping facts each keep their own highlight. */
export function segments(length: number, facts: readonly Fact[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const f of facts) { cuts.add(Math.max(0, Math.min(length, f.start))); cuts.add(Math.max(0, Math.min(length, f.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = facts.filter((f) => f.start <= start && f.end >= end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    out.push({ start, end, facts: covering });
  }
  return out;
}
