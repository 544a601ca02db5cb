import type { Doc } from '../../model/document.js';
import type { Event } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { governingTimex } from '../time/index.js';
import { findActors, type ActorSpan } from './actors.js';
import { findVerbClauses, type VerbClause } from './clause.js';
import { assignRoles, type RawEvent } from './code.js';
import type { EventResources } from './load.js';
import { codeVerb, type VerbCoding } from './match.js';
import { findNominalEvents } from './nominal.js';
import { sentenceWords, type SentenceWords } from './sentence.js';

export { loadEvents, type EventResources } from './load.js';

/**
 * Who did what to whom: verbs of the CAMEO dictionary matched with their patterns in each
 * clause, and nominal events ("talks with", "an attack on"), with source and target actors,
 * mode, trigger, evidence and date. Codes are CAMEO with their codebook entry and PLOVER type.
 */
export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['tokens', 'sentences', 'anchor', 'timexes', 'entities'],
  provides: ['events'],
  resources: ['events'],
  run(doc: Doc, ctx) {
    return { events: findEvents(doc, ctx.resources.events as EventResources) };
  },
};

export function findEvents(doc: Doc, res: EventResources): Event[] {
  const entities = doc.getOr('entities', []);
  const date = doc.has('anchor') ? doc.get('anchor').value : doc.meta.published;
  const out: Event[] = [];
  const sentences = doc.get('sentences');
  for (let i = 0; i < sentences.length; i++) {
    const s = sentenceWords(doc, i);
    const actors = findActors(s, entities, res.lexicon, date, res.entityCodes ?? true);
    if (!actors.length) continue;
    for (const raw of codeSentence(s, actors, res)) out.push(...toEvents(doc, s, raw, res, out.length));
  }
  return out;
}

/** The acts one sentence reports. */
export function codeSentence(s: SentenceWords, actors: readonly ActorSpan[], res: EventResources): RawEvent[] {
  const clauses = findVerbClauses(s, res.verbs);
  const coded: Array<{ clause: VerbClause; coding: VerbCoding; raw: RawEvent }> = [];
  for (const clause of clauses) {
    const coding = codeVerb(s, clause, res.verbs);
    const code = coding?.code ?? coding?.reverse;
    if (!coding || !code) continue;
    const { sources, targets } = assignRoles(s, actors, clause, coding);
    if (!sources.length) continue;
    const triggerWords = [clause.at, clause.end - 1, ...coding.matched];
    coded.push({
      clause,
      coding,
      raw: {
        code,
        mode: clause.mode,
        sources,
        targets: targets.length ? targets : [null],
        trigger: { start: clause.at, end: clause.end },
        evidence: { start: Math.min(clause.subject.start, ...triggerWords), end: Math.max(clause.after.end, ...triggerWords.map((w) => w + 1)) },
        by: coding.by,
        clause,
      },
    });
  }
  const kept = dropEmbedding(coded);
  const nominal = findNominalEvents(s, actors, kept.map((k) => k.raw));
  return [...kept.map((k) => k.raw), ...nominal];
}

/** Roots of verbs that keep their own code over the act they govern: appeals, demands, rejections, threats. */
const GOVERNOR_ROOTS = new Set(['02', '10', '12', '13']);

/**
 * One act per chain: "agreed to lift sanctions" is the lifting (intended), "urged Bree to help" is
 * the appeal; a statement verb (01) gives way to the act it reports.
 */
function dropEmbedding<T extends { clause: VerbClause; raw: RawEvent }>(coded: readonly T[]): T[] {
  const drop = new Set<T>();
  for (const c of coded) {
    if (c.clause.governor === null) continue;
    const gov = coded.find((g) => g.clause.at === c.clause.governor);
    if (!gov) continue;
    if (c.clause.objectControl || GOVERNOR_ROOTS.has(gov.raw.code.slice(0, 2))) drop.add(c);
    else drop.add(gov);
  }
  const acts = coded.filter((c) => !drop.has(c) && !c.raw.code.startsWith('01'));
  for (const c of coded) if (c.raw.code.startsWith('01') && acts.length) drop.add(c);
  return coded.filter((c) => !drop.has(c));
}

function toEvents(doc: Doc, s: SentenceWords, raw: RawEvent, res: EventResources, count: number): Event[] {
  const entry = res.codebook.get(raw.code);
  const text = doc.text;
  const trigger = { start: s.start(raw.trigger.start), end: s.end(raw.trigger.end - 1) };
  const evidence = { start: s.start(raw.evidence.start), end: s.end(raw.evidence.end - 1) };
  const timex = doc.has('timexes') && doc.has('anchor') ? governingTimex(doc, trigger) : null;
  const anchor = doc.has('anchor') ? doc.get('anchor').value : doc.meta.published;
  const out: Event[] = [];
  for (const source of raw.sources) {
    for (const target of raw.targets) {
      if (source && target && source.start === target.start) continue;
      if (source && target && source.entity !== null && source.entity === target.entity) continue;
      out.push({
        id: `v${count + out.length + 1}`,
        code: raw.code,
        label: entry?.label ?? '',
        root: raw.code.slice(0, 2),
        quadClass: entry?.quadClass ?? 1,
        goldstein: entry?.goldstein ?? 0,
        plover: entry?.plover || null,
        mode: raw.mode,
        source: source?.entity ?? null,
        target: target?.entity ?? null,
        sourceActor: source?.code ?? null,
        targetActor: target?.code ?? null,
        sourceText: source ? text.slice(s.start(source.start), s.end(source.end - 1)) : null,
        targetText: target ? text.slice(s.start(target.start), s.end(target.end - 1)) : null,
        trigger: { ...trigger, text: text.slice(trigger.start, trigger.end) },
        date: timex ? timex.value : anchor ? anchor.slice(0, 10) : null,
        dateFrom: timex ? 'timex' : anchor ? 'published' : null,
        sentence: s.index,
        start: evidence.start,
        end: evidence.end,
        by: raw.by,
      });
    }
  }
  return out;
}
