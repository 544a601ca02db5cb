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
  /** Its mentions; add and remove them through `addRef` and `removeRef`, which keep `held` in step. */
  readonly refs: Ref[];
  /** The spans of `refs` ("start:end"), so that adding a mention stays constant-time. */
  readonly held: Set<string>;
  /** For people: the words of the fullest name seen ("Volodymyr", "Zelensky"). */
  nameWords: string[];
  place: PlaceRef | null;
  /** True when `place` was read from the words around the name (or the story's country), not found in the KB. */
  placeFromContext: boolean;
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
  return { type, refs: [], held: new Set(), nameWords: [], place: null, placeFromContext: false, organisation: null, person: null, textRoles: [], gender: null, context: null };
}

const spanKey = (ref: Ref) => `${ref.start}:${ref.end}`;

/** Adds a mention to a cluster unless it already holds that span. */
export function addRef(cluster: Cluster, ref: Ref): void {
  const key = spanKey(ref);
  if (cluster.held.has(key)) return;
  cluster.held.add(key);
  cluster.refs.push(ref);
}

export function removeRef(cluster: Cluster, ref: Ref): void {
  const at = cluster.refs.indexOf(ref);
  if (at < 0) return;
  cluster.refs.splice(at, 1);
  if (!cluster.refs.some((r) => spanKey(r) === spanKey(ref))) cluster.held.delete(spanKey(ref));
}

/** Where a cluster is first mentioned (a loop: spreading thousands of refs into Math.min overflows the stack). */
export function firstStart(c: Cluster): number {
  let first = Infinity;
  for (const r of c.refs) if (r.start < first) first = r.start;
  return first;
}
