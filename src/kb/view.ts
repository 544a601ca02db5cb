import { ParleyError } from '../model/errors.js';
import { actorsKbFrom, type KbSource } from './view-adapter.js';
import type { ActorsKb } from './view-types.js';

export type { ActorsKb, KbOrganisation, KbPerson, KbTenure, PlaceRef, TermQualifier } from './view-types.js';

/**
 * What the entities stage reads from the actor knowledge base. The KB itself (src/kb) is
 * built elsewhere; `kbView` adapts it to these few questions so linking code and its
 * tests depend on a narrow interface, and a test can hand in a small KB of its own.
 */

/** The `kb` resource as the stage reads it. */
export function asActorsKb(resource: unknown): ActorsKb {
  const kb = resource as Partial<ActorsKb> & Partial<KbSource> | undefined;
  if (kb && typeof kb.place === 'function' && typeof kb.people === 'function') return kb as ActorsKb;
  if (kb && kb.countries) return actorsKbFrom(kb as KbSource);
  throw new ParleyError('E_RESOURCE', "the 'kb' resource is not an actor knowledge base; load it with loadKb()");
}

/**
 * The KB with its answers remembered for one document: the stage asks about the same
 * words many times (every "Russia", every proper noun), and KB keys are normalised text.
 */
export function perDocument(kb: ActorsKb): ActorsKb {
  const memo = <T>(ask: (key: string) => T) => {
    const seen = new Map<string, T>();
    return (key: string): T => {
      let answer = seen.get(key);
      if (answer === undefined && !seen.has(key)) seen.set(key, (answer = ask(key)));
      return answer as T;
    };
  };
  return {
    place: memo((w) => kb.place(w)),
    region: memo((n) => kb.region(n)),
    towns: memo((n) => kb.towns(n)),
    agent: memo((w) => kb.agent(w)),
    agentWords: kb.agentWords,
    agentStart: (w) => kb.agentStart(w),
    phoenixEnd: kb.phoenixEnd,
    people: memo((n) => kb.people(n)),
    peopleBySurname: memo((s) => kb.peopleBySurname(s)),
    organisation: memo((n) => kb.organisation(n)),
    holders: (office, country, date) => kb.holders(office, country, date),
    termWindows: (person, qualifier, title, country) => kb.termWindows(person, qualifier, title, country),
  };
}
