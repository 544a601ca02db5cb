import type { EntityType, Role } from '../../model/layers.js';
import type { KbOrganisation, KbPerson, PlaceRef } from './kb-view.js';

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
}

export function newCluster(type: EntityType): Cluster {
  return { type, refs: [], nameWords: [], place: null, organisation: null, person: null, textRoles: [], gender: null };
}

export function addRef(cluster: Cluster, ref: Ref): void {
  if (cluster.refs.some((r) => r.start === ref.start && r.end === ref.end)) return;
  cluster.refs.push(ref);
}

export const firstStart = (c: Cluster) => Math.min(...c.refs.map((r) => r.start));
