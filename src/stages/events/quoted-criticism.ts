import type { Event, Quote } from '../../model/layers.js';
import { actorAt } from './actor-lookup.js';
import { actorsOf, type RawEvent } from './code.js';
import type { ActorSpan } from './actors.js';
import { CRITICISM, condemns } from './criticism.js';
import { firstWordFrom } from './quoted-speaker.js';
import { dependents, subtree, type SentenceWords } from './sentence.js';

/** Subjects that stand for the act the clause before them names ("… — THIS is a deeply dangerous way to govern"). */
const ACT_POINTERS: ReadonlySet<string> = new Set(['this', 'that', 'it']);
/** Auxiliaries that make a judgement a guess, not a verdict ("it could be dangerous"). */
const HEDGES: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'should', 'can']);
/** Relations by which a judgement hangs on the clause whose act it judges: a dash or a conjunction. */
const BESIDE: ReadonlySet<string> = new Set(['parataxis', 'conj']);

/**
 * Criticism in a speaker's own quoted words (111): "Boris Johnson is trying to use the Queen to
 * concentrate power in his own hands — this is a deeply dangerous and irresponsible way to govern",
 * Yvette Cooper added (Wikinews, CC BY 2.5, wn-66df845d63a0). A copular judgement inside a direct
 * quotation that condemns (`condemns`) is criticism by the quote's speaker, named in the sentence, of
 * the actor it is said of: its subject ("Iran's move is illegal"), or, where the subject is "this",
 * "that" or "it", the subject of the clause it stands beside. A judgement of no actor ("the situation
 * is dangerous", an agent of no country, "Children … are safer"), a hedged one ("could be dangerous")
 * and one of the speaker itself code nothing.
 */
export function quotedCriticism(s: SentenceWords, actors: readonly ActorSpan[], quotes: readonly Quote[]): RawEvent[] {
  const out: RawEvent[] = [];
  for (const q of quotes) {
    if (q.kind !== 'direct' || q.speaker === null) continue;
    const speaker = actors.find((a) => a.entity === q.speaker && !a.quoted);
    if (!speaker) continue;
    // the quote's own words only: a sentence may hold thousands of quotes
    for (let p = firstWordFrom(s, q.start); p < s.words.length && s.start(p) < q.end; p++) {
      if (s.end(p) > q.end || !dependents(s, p, 'cop').length) continue;
      const pointedBack = pointsBack(s, p);
      const judged = pointedBack ? [null] : judgedActors(s, actors, p).filter((a) => a.code !== null && !a.code.startsWith('---') && (a.entity === null || a.entity !== speaker.entity));
      if (!judged.length || dependents(s, p, 'aux').some((a) => HEDGES.has(s.lower[a]!))) continue;
      const words = subtree(s, p);
      if (!condemns(s, words.start, words.end, outside(s, p))) continue;
      out.push({
        code: CRITICISM,
        mode: 'asserted',
        sources: [speaker],
        targets: judged,
        trigger: { start: p, end: p + 1 },
        evidence: { start: Math.min(speaker.start, words.start), end: Math.max(speaker.end, words.end) },
        by: pointedBack ? POINTED_BACK : 'events/quoted-criticism',
        clause: null,
      });
    }
  }
  return out;
}

/** Provenance of a judgement of "it" or "this" that stands for an act an earlier sentence reported (`actPointedBack`). */
export const POINTED_BACK = 'events/quoted-criticism:earlier-act';

/** Whether the judgement at word `p` is of "it"/"this"/"that" with no clause beside it to stand for: an act named before the sentence. */
function pointsBack(s: SentenceWords, p: number): boolean {
  const subjects = dependents(s, p, 'nsubj');
  return subjects.length > 0 && subjects.every((w) => ACT_POINTERS.has(s.lower[w]!)) && !(s.head[p]! >= 0 && BESIDE.has(s.relation[p]!));
}

/** Sentences back in which the act a pointer stands for may have been reported. */
const POINTER_REACH = 8;
/** Roots of the acts a speaker's side suffers that its condemnation answers: demands, disapproval, rejection, threats, protest, coercion, force. */
const SUFFERED = /^(1[0-9]|20)/;

/**
 * "US Special Representative for Iran Brian Hook said … He added, "It is a propaganda stunt that
 * no-one takes seriously"", after Iran's arrest warrant for the US president: a speaker's condemning
 * judgement of "it" or "this" that no clause of its sentence explains answers the latest act an earlier
 * sentence reported against the speaker's country by another (demand, disapproval, rejection, threat,
 * protest, coercion or force, done or intended): the criticism is of that act's doer. The act, or
 * null when none was reported within reach (then the judgement codes nothing).
 */
export function actPointedBack(events: readonly Event[], speakerCode: string | null, sentence: number): Event | null {
  const side = speakerCode?.slice(0, 3);
  if (!side || !/^[A-Z]{3}$/.test(side) || side === '---') return null;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (e.sentence < sentence - POINTER_REACH) break;
    if (e.sentence >= sentence || !SUFFERED.test(e.code) || (e.mode !== 'asserted' && e.mode !== 'intended')) continue;
    if (e.targetActor?.slice(0, 3) === side && e.sourceActor && e.sourceActor.slice(0, 3) !== side && !e.sourceActor.startsWith('---')) return e;
  }
  return null;
}

/** Relations of a judgement's own words' neighbours it does not judge by: reasons, places, other clauses ("safer BECAUSE OF the actions …"). */
const NOT_JUDGING: ReadonlySet<string> = new Set(['advcl', 'obl', 'parataxis', 'conj', 'ccomp', 'acl:relcl', 'nsubj']);

/** The words of the clauses and phrases beside a judgement at word `p` that are not part of what it says. */
function outside(s: SentenceWords, p: number): Set<number> {
  const out = new Set<number>();
  for (const c of s.children[p]!) {
    if (!NOT_JUDGING.has(s.relation[c]!)) continue;
    const { start, end } = subtree(s, c);
    for (let i = start; i < end; i++) out.add(i);
  }
  return out;
}

/**
 * The actors a copular judgement at word `p` is said of: its subject, or the subject's owner or
 * modifier ("Iran's seizure of the tanker", "the US strike"; not a place after it, "the situation in
 * Iran"), or for "this"/"that"/"it" those of the subject of the clause beside it. */
function judgedActors(s: SentenceWords, actors: readonly ActorSpan[], p: number): ActorSpan[] {
  const subjects = dependents(s, p, 'nsubj');
  if (!subjects.length) return [];
  const pointer = subjects.every((w) => ACT_POINTERS.has(s.lower[w]!));
  if (!pointer) return actorsOf(s, actors, subjects.flatMap((w) => [w, ...dependents(s, w, 'nmod:poss', 'amod', 'compound')]).filter((w) => actorAt(actors, w)));
  const beside = s.head[p]!;
  return beside >= 0 && BESIDE.has(s.relation[p]!) ? actorsOf(s, actors, dependents(s, beside, 'nsubj')) : [];
}
