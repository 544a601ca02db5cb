import { actorsStartingIn } from './actor-lookup.js';
import type { ActorSpan } from './actors.js';
import type { RawEvent } from './code.js';
import type { SentenceWords } from './sentence.js';

/**
 * "The British relinquished control of Hong Kong to China", "the rebels handed the town of Kidal to
 * the Malian army": what is yielded (08) names a place or party, and the "to" phrase right after it
 * the one it is yielded to — the act's party. Words up to the next actor may be only a determiner.
 * The event unchanged when its code is no yielding or no "to" phrase follows its target.
 */
export function withRecipient(s: SentenceWords, actors: readonly ActorSpan[], e: RawEvent): RawEvent {
  if (!e.code.startsWith('08') || !e.clause || e.targets.length !== 1 || !e.targets[0]) return e;
  const yielded = e.targets[0];
  const to = yielded.end;
  if (to >= e.clause.after.end || s.lower[to] !== 'to') return e;
  const recipient = actorsStartingIn(actors, to + 1, to + 3).find((a) => a.start === to + 1 || (a.start === to + 2 && s.upos[to + 1] === 'DET'));
  if (!recipient || recipient.code === null || recipient.code === yielded.code || e.sources.some((x) => x?.start === recipient.start)) return e;
  return { ...e, targets: [recipient], by: `${e.by}+to` };
}
