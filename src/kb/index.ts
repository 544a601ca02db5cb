import { loadCountries } from './countries.js';
import { actorFromCompiled, countryActors } from './actors.js';
import { parseActorRow, readCompiledKb } from './compiled.js';
import { nameKey, normalizeName } from './normalize.js';
import { tenureRuns } from './tenure.js';
import type { DatedCode, Kb, KbActor, KbAgent, KbPlace, KbTown, Tenure } from './types.js';

const NO_TOWNS: readonly KbTown[] = Object.freeze([]);

export type { DatedCode, Kb, KbActor, KbActorKind, KbAgent, KbPlace, KbSource, Tenure } from './types.js';
export type { Country, CountryTable, PlaceHit, Seat } from './countries.js';
export { loadCountries } from './countries.js';
export { normalizeName } from './normalize.js';
export { tenureRuns } from './tenure.js';
export { parseQualifier, tenureHints } from './dating.js';
export type { DateHint, TenureQualifier } from './dating.js';

/**
 * Loads the compiled knowledge base (data/kb/kb.txt, built by `npm run kb:build`): countries with their
 * capitals and seats, organisations and office holders from our tables, and the people, organisations,
 * places and agents of the Phoenix dictionaries. Rows become actors only when asked for, so loading
 * builds little more than the name index.
 */
export function loadKb(): Kb {
  const compiled = readCompiledKb();
  const countries = loadCountries(compiled.countries);
  const made = new Map<number, KbActor>();
  const actorAt = (offset: number) => {
    let actor = made.get(offset);
    if (actor === undefined) made.set(offset, (actor = actorFromCompiled(compiled.actorAt(offset))));
    return actor;
  };
  const countryLike = countries.all().flatMap(countryActors);
  const countryById = new Map(countryLike.map((a) => [a.id, a]));
  const countryByKey = new Map<string, KbActor[]>();
  for (const actor of countryLike) {
    for (const key of new Set([actor.name, ...actor.aliases].map(nameKey))) countryByKey.set(key, [...(countryByKey.get(key) ?? []), actor]);
  }
  // The hand-kept rows come first and are few: their ids, surnames and offices are indexed here; all names by key.
  const manualIds = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  const byOffice = new Map<string, number[]>();
  const push = (index: Map<string, number[]>, key: string, i: number) => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  for (const offset of compiled.actorOffsets()) {
    const actor = actorAt(offset);
    if (actor.source === 'phoenix-only') break;
    manualIds.set(actor.id, offset);
    if (actor.surname !== undefined) push(bySurname, normalizeName(actor.surname), offset);
    for (const t of actor.tenures) {
      push(byOffice, officeKey(t.office, t.country), offset);
      if (t.title !== t.office) push(byOffice, officeKey(t.title, t.country), offset);
    }
  }
  const get = (actorId: string): KbActor | undefined => {
    const country = countryById.get(actorId);
    if (country) return country;
    const manual = manualIds.get(actorId);
    if (manual !== undefined) return actorAt(manual);
    return actorId.startsWith('phoenix:') ? findPhoenix(actorId) : undefined;
  };
  const findPhoenix = (actorId: string) => {
    for (const offset of compiled.actorOffsets()) if (!manualIds.has(actorAt(offset).id) && actorAt(offset).id === actorId) return actorAt(offset);
    return undefined;
  };
  const lookup = (name: string): readonly KbActor[] => {
    const key = nameKey(name);
    const offsets = compiled.keys.find(key)?.[0];
    return Object.freeze([...(countryByKey.get(key) ?? []), ...(offsets ? offsets.split(',').map((i) => actorAt(Number(i))) : [])]);
  };
  let all: readonly KbActor[] | undefined;
  let agentStarts: ReadonlySet<string> | undefined;
  let agentPhraseStarts: ReadonlySet<string> | undefined;
  return Object.freeze({
    countries,
    phoenixEnd: compiled.phoenixEnd,
    agentWords: compiled.agentWords,
    lookup,
    bySurname: (surname: string) => Object.freeze((bySurname.get(normalizeName(surname)) ?? []).map(actorAt)),
    holders(office: string, country: string, date: string) {
      const key = officeKey(office, country);
      const holds = (t: Tenure) =>
        (officeKey(t.office, t.country) === key || officeKey(t.title, t.country) === key) && tenureRuns(t, date);
      return (byOffice.get(key) ?? []).map(actorAt).filter((actor) => actor.tenures.some(holds));
    },
    tenuresAt: (actorId: string, date: string) => (get(actorId)?.tenures ?? []).filter((t) => tenureRuns(t, date)),
    get,
    all: () => (all ??= Object.freeze([...countryLike, ...[...compiled.actorOffsets()].map(actorAt)])),
    codeAt(actorId: string, date: string | null) {
      const actor = get(actorId);
      if (actor === undefined) return null;
      if (date === null) return actor.cameo;
      const term = actor.tenures.find((t) => tenureRuns(t, date));
      if (term) return term.cameo;
      const afterPhoenix = date > compiled.phoenixEnd && actor.tenures.length > 0;
      return (afterPhoenix ? undefined : phoenixCodeAt(actor.codes, date)) ?? actor.cameo;
    },
    place(name: string): KbPlace | undefined {
      const found = compiled.places.find(nameKey(name));
      if (!found) return undefined;
      const [spelled, cameo] = found as [string, string];
      return Object.freeze({ name: spelled, cameo, country: countries.all().find((c) => c.cameo === cameo)?.iso3 ?? null });
    },
    towns(name: string): readonly KbTown[] {
      const found = compiled.cities.find(nameKey(name));
      if (!found) return NO_TOWNS;
      return Object.freeze(found[1]!.split('|').map((cell) => {
        const [iso3, people] = cell.split(':');
        return Object.freeze({ country: iso3!, cameo: countries.byCode(iso3!)?.cameo ?? iso3!, population: Number(people) });
      }));
    },
    agentStart(words: string) {
      if (!words.includes(' ')) {
        agentStarts ??= compiled.agentStarts();
        return agentStarts.has(words);
      }
      agentPhraseStarts ??= compiled.agentPhraseStarts();
      return agentPhraseStarts.has(words);
    },
    agent(words: string) {
      const found = compiled.agents.find(words);
      return found ? { code: found[0]!, number: found[1] as KbAgent['number'] } : undefined;
    },
  });
}

/** The Phoenix code in force on `date`: the narrowest dated code that runs then, else an undated one. */
export function phoenixCodeAt(codes: readonly DatedCode[], date: string): string | undefined {
  const running = codes.filter((c) => (c.from !== null || c.to !== null) && (c.from ?? '') <= date && (c.to === null || date < c.to));
  const span = (c: DatedCode) => Date.parse(c.to ?? '2100-01-01') - Date.parse(c.from ?? '1900-01-01');
  running.sort((a, b) => span(a) - span(b));
  return running[0]?.code ?? codes.find((c) => c.from === null && c.to === null)?.code;
}

function officeKey(office: string, country: string): string {
  return `${normalizeName(office)}@${country.toUpperCase()}`;
}
