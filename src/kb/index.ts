import { loadCountries } from './countries.js';
import { countryActors, readOrganisations, readPersons } from './actors.js';
import { nameKey, normalizeName } from './normalize.js';
import { tenureRuns } from './tenure.js';
import type { Kb, KbActor, Tenure } from './types.js';

export type { Kb, KbActor, KbActorKind, KbSource, Tenure } from './types.js';
export type { Country, CountryTable, PlaceHit, Seat } from './countries.js';
export { loadCountries } from './countries.js';
export { normalizeName } from './normalize.js';
export { tenureRuns } from './tenure.js';
export { parseQualifier, tenureHints } from './dating.js';
export type { DateHint, TenureQualifier } from './dating.js';

/** Loads countries, organisations and office holders from data/kb/ into one frozen, indexed knowledge base. */
export function loadKb(): Kb {
  const countries = loadCountries();
  const actors: KbActor[] = [
    ...countries.all().flatMap(countryActors),
    ...readOrganisations(),
    ...readPersons(),
  ];
  const byId = new Map<string, KbActor>();
  const byAlias = new Map<string, KbActor[]>();
  const bySurname = new Map<string, KbActor[]>();
  const byOffice = new Map<string, KbActor[]>();
  const add = (index: Map<string, KbActor[]>, key: string, actor: KbActor) => {
    const list = index.get(key) ?? [];
    if (!list.includes(actor)) list.push(actor);
    index.set(key, list);
  };
  for (const actor of actors) {
    byId.set(actor.id, actor);
    for (const name of [actor.name, ...actor.aliases]) add(byAlias, nameKey(name), actor);
    if (actor.surname !== undefined) add(bySurname, normalizeName(actor.surname), actor);
    for (const tenure of actor.tenures) {
      add(byOffice, officeKey(tenure.office, tenure.country), actor);
      if (tenure.title !== tenure.office) add(byOffice, officeKey(tenure.title, tenure.country), actor);
    }
  }
  for (const index of [byAlias, bySurname, byOffice]) for (const list of index.values()) Object.freeze(list);
  const none: readonly KbActor[] = Object.freeze([]);
  const frozenActors = Object.freeze(actors);
  return Object.freeze({
    countries,
    lookup: (name: string) => byAlias.get(nameKey(name)) ?? none,
    bySurname: (surname: string) => bySurname.get(normalizeName(surname)) ?? none,
    holders(office: string, country: string, date: string) {
      const key = officeKey(office, country);
      const holds = (t: Tenure) =>
        (officeKey(t.office, t.country) === key || officeKey(t.title, t.country) === key) && tenureRuns(t, date);
      return (byOffice.get(key) ?? none).filter((actor) => actor.tenures.some(holds));
    },
    tenuresAt: (actorId: string, date: string) => (byId.get(actorId)?.tenures ?? []).filter((t) => tenureRuns(t, date)),
    get: (actorId: string) => byId.get(actorId),
    all: () => frozenActors,
  });
}

function officeKey(office: string, country: string): string {
  return `${normalizeName(office)}@${country.toUpperCase()}`;
}
