import type { ActorSpan } from './actors.js';

/**
 * Lookups over a sentence's actors, which `findActors` returns in start order and never
 * overlapping: binary search instead of a scan per clause, so a sentence naming thousands of
 * actors (a text with no full stop) is not read once per verb.
 */

/** The index of the first actor starting at or after word `from` (`actors.length` when none does). */
export function firstStartingFrom(actors: readonly ActorSpan[], from: number): number {
  let lo = 0;
  let hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actors[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The actor whose words include word `w`, if any. */
export function actorAt(actors: readonly ActorSpan[], w: number): ActorSpan | undefined {
  const before = actors[firstStartingFrom(actors, w + 1) - 1];
  return before && before.start <= w && w < before.end ? before : undefined;
}

/** The actors starting at a word in `[from, to)`, in order. */
export function actorsStartingIn(actors: readonly ActorSpan[], from: number, to: number): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (let i = firstStartingFrom(actors, from); i < actors.length && actors[i]!.start < to; i++) out.push(actors[i]!);
  return out;
}
