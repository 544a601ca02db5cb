import type { ActorSpan } from './actors.js';
import { actorAt } from './actor-lookup.js';
import type { RawEvent } from './code.js';
import { actorsOfPhrase } from './code.js';
import type { SentenceWords } from './sentence.js';

/** The party a thing belongs to, as an earlier sentence named it. */
export interface ThingOwner {
  readonly entity: string | null;
  readonly code: string;
  readonly text: string;
}

/** Sentences back in which a thing's owner or place is looked for. */
const THING_REACH = 8;

/** Acts done to things whose owner the act's own sentence may not name: threats (13) and force (18–20). */
const ACTS_ON_THINGS = /^(13|18|19|20)/;

/**
 * The sentences read so far, kept to name the owner of a thing an act of force is aimed at
 * when the act's own sentence names none: "North Korea fired artillery rounds aimed at a
 * loudspeaker in SOUTH KOREA. … North Korea stated it would attack any loudspeakers broadcasting
 * propaganda" threatens South Korea; "Rebels seized the oil terminals of Libya's national oil
 * company … They said they would blow up the terminals". The thing is the object noun of the
 * act (no actor itself), its owner the actor the nearest earlier phrase of the same noun names
 * (its place, its possessor, "of" the owner), other than the act's doer.
 */
export class ThingOwners {
  private readonly recent: Array<{ s: SentenceWords; actors: readonly ActorSpan[] }> = [];

  constructor(private readonly text: string) {}

  /** Remembers a sentence (call after reading it). */
  add(s: SentenceWords, actors: readonly ActorSpan[]): void {
    if (!actors.length) return;
    this.recent.push({ s, actors });
    if (this.recent.length > THING_REACH) this.recent.shift();
  }

  /** The owner of the thing a raw act with no target is aimed at, or null. */
  ownerFor(s: SentenceWords, actors: readonly ActorSpan[], e: RawEvent): ThingOwner | null {
    if (e.targets.some((t) => t !== null) || !e.clause || !ACTS_ON_THINGS.test(e.code)) return null;
    const things = e.clause.tree.objects.filter((o) => s.upos[o] === 'NOUN' && !actorAt(actors, o));
    if (!things.length) return null;
    const doers = new Set(e.sources.map((x) => x?.code?.slice(0, 3)).filter((c): c is string => !!c));
    for (const thing of things) {
      for (let k = this.recent.length - 1; k >= 0; k--) {
        const owner = this.ownerIn(this.recent[k]!.s, this.recent[k]!.actors, s.lemma[thing]!, doers);
        if (owner) return owner;
      }
    }
    return null;
  }

  private ownerIn(s: SentenceWords, actors: readonly ActorSpan[], lemma: string, doers: ReadonlySet<string>): ThingOwner | null {
    for (let i = s.words.length - 1; i >= 0; i--) {
      if (s.lemma[i] !== lemma || s.upos[i] !== 'NOUN' || actorAt(actors, i)) continue;
      const owner = actorsOfPhrase(s, actors, i).find((a) => a.code !== null && !a.code.startsWith('---'));
      if (owner && !doers.has(owner.code!.slice(0, 3))) return { entity: owner.entity, code: owner.code!, text: this.text.slice(s.start(owner.start), s.end(owner.end - 1)) };
    }
    return null;
  }
}
