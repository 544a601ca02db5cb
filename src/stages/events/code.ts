import type { EventMode } from '../../language/mode.js';
import type { ActorSpan } from './actors.js';
import type { VerbClause } from './clause.js';
import type { VerbCoding } from './match.js';
import type { SentenceWords } from './sentence.js';

/** One coded act before it becomes a record event: words, not offsets. */
export interface RawEvent {
  readonly code: string;
  readonly mode: EventMode;
  readonly sources: readonly (ActorSpan | null)[];
  readonly targets: readonly (ActorSpan | null)[];
  /** Trigger words `[start, end)` and the evidence stretch. */
  readonly trigger: { readonly start: number; readonly end: number };
  readonly evidence: { readonly start: number; readonly end: number };
  readonly by: string;
  readonly clause: VerbClause | null;
}

const LIST_GLUE = new Set([',', 'and', 'or', 'as', 'well', 'both', 'nor', 'neither', 'the', 'either']);

/** Actors of a stretch that stand for its subject: the first, and those coordinated with it ("Mordor, Rohan and Bree"). */
export function leadingActors(s: SentenceWords, actors: readonly ActorSpan[], from: number, to: number): ActorSpan[] {
  const inside = actors.filter((a) => a.start >= from && a.end <= to && !afterPreposition(s, a.start, from));
  return inside.length ? leadingActorsFrom(s, inside) : [];
}

/** True when the words before `at` (back to `from`) put it inside a prepositional phrase ("in Iraq", "on Wednesday"). */
function afterPreposition(s: SentenceWords, at: number, from: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    if (s.pos[i] === 'ADP') return s.lower[i] !== 'of' || i === from;
    if (s.pos[i] !== 'DET' && s.pos[i] !== 'ADJ' && s.pos[i] !== 'NUM') return false;
  }
  return false;
}

/** The actors a verb's objects name, starting at `at` (a pattern's prepositional phrase) or at the first actor after the verb. */
function objectActors(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, at: number | null): ActorSpan[] {
  const { start, end } = clause.after;
  const from = at ?? start;
  const candidates = actors.filter((a) => a.start >= from && a.start < end && !accordingTo(s, a.start));
  return candidates.length ? leadingActorsFrom(s, candidates) : [];
}

/**
 * The first actor and those listed with it ("Mordor, Rohan, Fornost and Bree"). A list held
 * together by commas alone is one actor named twice ("Youssef Chahed, the Prime Minister of
 * Tunisia,"): its first name, with the most specific code of the two.
 */
function leadingActorsFrom(s: SentenceWords, candidates: readonly ActorSpan[]): ActorSpan[] {
  const out = [candidates[0]!];
  let conjoined = false;
  for (const next of candidates.slice(1)) {
    const prev = out.at(-1)!;
    let glued = true;
    for (let i = prev.end; i < next.start; i++) {
      if (!LIST_GLUE.has(s.lower[i]!) && s.pos[i] !== 'ADJ') glued = false;
      if (s.pos[i] === 'CCONJ') conjoined = true;
    }
    if (!glued) break;
    out.push(next);
  }
  if (out.length < 2 || conjoined) return out;
  const code = out.map((a) => a.code).filter((c): c is string => c !== null).sort((a, b) => b.length - a.length)[0] ?? null;
  return [{ ...out[0]!, code }];
}

function accordingTo(s: SentenceWords, at: number): boolean {
  return at >= 2 && s.lower[at - 1] === 'to' && s.lower[at - 2] === 'according';
}

/** The agent of a passive: the actor in its "by" phrase. */
function agentActors(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause): ActorSpan[] {
  const { start, end } = clause.after;
  const by = s.lower.indexOf('by', start);
  if (by < 0 || by >= end) return [];
  return leadingActorsFrom(s, actors.filter((a) => a.start > by && a.start < end)).slice(0, 4);
}

/** Source and target actors of a coded verb clause, passives and reversed codes turned round. */
export function assignRoles(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, coding: VerbCoding): { sources: ActorSpan[]; targets: ActorSpan[] } {
  const subject = leadingActors(s, actors, clause.subject.start, clause.subject.end);
  let sources: ActorSpan[];
  let targets: ActorSpan[];
  if (clause.passive) {
    sources = agentActors(s, actors, clause);
    targets = subject;
  } else {
    sources = coding.sourceAt !== null ? actors.filter((a) => a.start >= coding.sourceAt!).slice(0, 1) : subject;
    targets = objectActors(s, actors, clause, coding.targetAt);
  }
  if (coding.code === null && coding.reverse !== null) return { sources: targets, targets: sources };
  return { sources, targets };
}
