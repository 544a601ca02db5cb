import type { EntityType, Role } from '../../model/layers.js';
import type { KbOrganisation, KbPerson, PlaceRef } from '../../kb/view.js';

/** One mention of a cluster, with the sentence it is in (for pronoun distance). */
export interface Ref {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly form: 'name' | 'nominal' | 'pronoun';
  readonly sentence: number;
  readonly by: string;
}

/** Mentions believed to name one referent, while the stage is working out what it is. */
export interface Cluster {
  type: EntityType;
  readonly refs: Ref[];
  /** For people: the words of the fullest name seen ("Volodymyr", "Zelensky"). */
  nameWords: string[];
  place: PlaceRef | null;
  organisation: KbOrganisation | null;
  person: KbPerson | null;
  readonly textRoles: Role[];
  gender: 'm' | 'f' | null;
  /** For agents ("Iraqi lawmakers") and people the KB does not know: what the text says they are. */
  context: ActorContext | null;
}

/** A country and a CAMEO role or sector read from the words around a mention ("Russian opposition leader" → RUS, OPP). */
export interface ActorContext {
  readonly country: string | null;
  /** CAMEO code of the country (KSV for Kosovo), or of the organisation the actor belongs to. */
  readonly countryCode: string | null;
  /** Role or sector segments: OPP, GOV, MIL, COP, LEG … */
  readonly sector: string | null;
  /** True for common-noun actors ("the police"), false for named people read from their titles. */
  readonly agent: boolean;
}

export function newCluster(type: EntityType): Cluster {
  return { type, refs: [], nameWords: [], place: null, organisation: null, person: null, textRoles: [], gender: null, context: null };
}

/** The spans each cluster already holds ("start:end"), so that adding a mention stays constant-time. */
const heldSpans = new WeakMap<Cluster, Set<string>>();

export function addRef(cluster: Cluster, ref: Ref): void {
  let held = heldSpans.get(cluster);
  if (!held || held.size !== cluster.refs.length) { // refs may have been edited directly: rebuild
    held = new Set(cluster.refs.map((r) => `${r.start}:${r.end}`));
    heldSpans.set(cluster, held);
  }
  const key = `${ref.start}:${ref.end}`;
  if (held.has(key)) return;
  held.add(key);
  cluster.refs.push(ref);
}

/** Where a cluster is first mentioned (a loop: spreading thousands of refs into Math.min overflows the stack). */
export function firstStart(c: Cluster): number {
  let first = Infinity;
  for (const r of c.refs) if (r.start < first) first = r.start;
  return first;
}
