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

/** How many answers `acrossDocuments` keeps to each question before it starts again. */
const SHARED_ANSWERS = 50_000;

/**
 * The KB with its answers to the questions that read a name alone remembered from one document to the
 * next, for a pipeline's workspace: texts ask about the same names ("Russia", "police", "said") again and
 * again, and answering a name the KB has once costs more than reading a map (a place's country among the
 * countries, an organisation's record). Answers are frozen, as every document then shares them; each map
 * starts again when full, so a long run over varied text does not grow it without end.
 */
export function acrossDocuments(kb: ActorsKb): ActorsKb {
  const memo = <T>(ask: (key: string) => T) => {
    const seen = new Map<string, T>();
    return (key: string): T => {
      let answer = seen.get(key);
      if (answer === undefined && !seen.has(key)) {
        if (seen.size >= SHARED_ANSWERS) seen.clear();
        seen.set(key, (answer = frozen(ask(key))));
      }
      return answer as T;
    };
  };
  return {
    ...perKey(kb, memo),
    agentWords: kb.agentWords,
    phoenixEnd: kb.phoenixEnd,
  };
}

/** An answer made read-only, with the list's items when it is a list. */
function frozen<T>(answer: T): T {
  if (Array.isArray(answer)) for (const item of answer) Object.freeze(item);
  return answer !== null && typeof answer === 'object' ? Object.freeze(answer) : answer;
}

/** The KB's questions that read a name alone, each answered through `memo`; the rest asked as they are. */
function perKey(kb: ActorsKb, memo: <T>(ask: (key: string) => T) => (key: string) => T): Omit<ActorsKb, 'agentWords' | 'phoenixEnd'> {
  return {
    place: memo((w) => kb.place(w)),
    region: memo((n) => kb.region(n)),
    towns: memo((n) => kb.towns(n)),
    agent: memo((w) => kb.agent(w)),
    agentStart: (w) => kb.agentStart(w),
    people: memo((n) => kb.people(n)),
    peopleBySurname: memo((s) => kb.peopleBySurname(s)),
    organisation: memo((n) => kb.organisation(n)),
    holders: (office, country, date) => kb.holders(office, country, date),
    termWindows: (person, qualifier, title, country) => kb.termWindows(person, qualifier, title, country),
  };
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
    ...perKey(kb, memo),
    agentWords: kb.agentWords,
    phoenixEnd: kb.phoenixEnd,
  };
}
