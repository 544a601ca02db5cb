import { readFileSync } from 'node:fs';
import { nameKey, normalizeName } from '../normalize.js';
import { listCell, readKbTable } from '../tsv.js';
import { compileCities } from './cities.js';
import { readPhoenixActors, readPhoenixAgents, type DatedCode, type PhoenixEntry } from './phoenix.js';
import { phoenixId, type AgentNumber, type CompiledActor, type CompiledAgent, type CompiledKb, type CompiledPlace } from '../compiled.js';

/** Where the compiler finds the Phoenix dictionaries: `../shared/data/petrarch2/dictionaries` beside the repo. */
export const PHOENIX_DIR = new URL('../../../../shared/data/petrarch2/dictionaries/', import.meta.url);

export const PHOENIX_ACTOR_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'] as const;
export const PHOENIX_AGENT_FILE = 'Phoenix.agents.txt';

/** Words a Phoenix alias may start with that are a title or honorific, not part of the name ("PRIME MINISTER AL-ABADI"). */
const TITLE_PREFIX = new RegExp(
  '^(?:(?:vice-president|president-elect|prime-minister|former|ex|late|acting|interim|caretaker|deputy|vice|prime|minister|president|premier|chancellor|secretary|general|' +
    'secretary-general|foreign|defen[cs]e|king|queen|prince|princess|emir|sheikh|shaikh|sultan|pm|mr|mrs|ms|dr|gen|col|lt|maj|' +
    'sen|senator|rep|governor|gov|mayor|ambassador|chairman|chief|commander|field|marshal|admiral|colonel|major|captain|' +
    'lord|baron|sir|his|her|excellency|majesty|the|un|u\\.n\\.|us|u\\.s\\.|nato|eu|of|state|supreme|leader|justice|judge)\\.?\\s+)+',
  'i',
);

/**
 * Builds the one compiled knowledge base from the hand-kept tables in data/kb/ and the Phoenix
 * dictionaries. Hand-kept office holders keep their ids, names and dated terms; a Phoenix person with the
 * same name and country is merged into them (aliases and dated codes added). Everything else from
 * Phoenix becomes an actor of its own: a person when one of its codes is restricted to dates, an
 * organisation otherwise (armed groups, IGOs, NGOs, companies, state institutions), or a place when all
 * its codes are bare country codes (cities, regions and other names of a country).
 */
export function compileKb(readPhoenix: (file: string) => string = (file) => readFileSync(new URL(file, PHOENIX_DIR), 'utf8')): CompiledKb {
  const countries = readKbTable('countries.tsv');
  const countryOfCameo = new Map(countries.map((row) => [row['cameo']!, row['iso3']!]));
  const known = new Set(countries.flatMap((row) =>
    [row['name']!, ...['names', 'adjectives', 'people', 'capitals'].flatMap((col) => listCell(row[col])), ...listCell(row['seats']).map((s) => s.split('=')[0]!)]
      .map(nameKey)));
  const manual = manualActors(countryOfCameo);
  const byKey = new Map<string, CompiledActor[]>();
  const index = (actor: CompiledActor) => {
    for (const key of new Set([actor.name, ...actor.aliases].map(nameKey))) byKey.set(key, [...(byKey.get(key) ?? []), actor]);
  };
  manual.forEach(index);
  const phoenix: CompiledActor[] = [];
  const places: CompiledPlace[] = [];
  const ids = new Set(manual.map((a) => a.id));
  let phoenixEnd = '';
  for (const file of PHOENIX_ACTOR_FILES) {
    for (const entry of readPhoenixActors(readPhoenix(file))) {
      for (const c of entry.codes) for (const d of [c.from, c.to]) if (d !== null && d > phoenixEnd && d < '2030') phoenixEnd = d;
      const country = countryOf(entry.codes, countryOfCameo);
      // A bare country code makes a place; a bare sector code ("ASSOCIATED PRESS [MED]", "[NGO]") an organisation.
      const latest = latestCode(entry.codes).code;
      if (latest.length === 3 && countryOfCameo.has(latest)) {
        places.push(...placesOf(entry, known));
        continue;
      }
      // Armed groups list their leaders as aliases ("KHALED MESHAAL" under HAMAS): that file holds organisations only.
      // A group the country file dates ("THE ISLAMIC STATE [IMGMUSISI >20130408]") names itself as one.
      const dated = file !== 'Phoenix.MilNonState.actors.txt' && entry.codes.some((c) => c.from !== null || c.to !== null)
        && !GROUP_WORD.test(entry.names[0]!);
      const names = cleanNames(entry.names);
      if (names.length === 0) continue;
      const twin = dated ? findTwin(names, country, byKey) : undefined;
      if (twin) {
        mergeInto(twin, names, entry.codes);
        continue;
      }
      // A name our tables already give (a country, capital, seat, organisation or office holder) stays theirs.
      // A person's one-word alias is a surname ("MALIKI"): many share it, and a lone surname is linked by its context.
      const own = names.filter((name) => !known.has(nameKey(name)) && !(byKey.get(nameKey(name)) ?? []).some((a) => a.source !== 'phoenix-only'))
        .filter((name) => !dated || name.includes(' '));
      if (own.length === 0) continue;
      const actor = phoenixActor(entry, own, dated ? 'person' : 'organisation', country, ids);
      phoenix.push(actor);
      index(actor);
    }
  }
  const agents = readPhoenixAgents(readPhoenix(PHOENIX_AGENT_FILE));
  const agentForms = new Map<string, [string, AgentNumber]>();
  for (const agent of agents) {
    for (const form of agent.forms) {
      const number: AgentNumber = agent.uncountable ? 'mass' : agent.plurals.includes(form) ? 'plural' : 'singular';
      if (!agentForms.has(form)) agentForms.set(form, [agent.code, number]);
    }
  }
  for (const row of readKbTable('agents.tsv')) {
    if (!agentForms.has(row['form']!)) agentForms.set(row['form']!, [row['code']!, row['number'] as AgentNumber]);
  }
  const actors = [...manual, ...phoenix];
  const keys = new Map<string, number[]>();
  actors.forEach((actor, i) => {
    const names = [actor.name, ...actor.aliases];
    const short = actor.kind === 'person' ? names.flatMap(patronymicShort) : [];
    for (const key of new Set([...names, ...short].flatMap((name) => keysOf(actor, name)))) keys.set(key, [...(keys.get(key) ?? []), i]);
  });
  return {
    phoenixEnd,
    countries,
    actors,
    keys: [...keys].sort(byFirst),
    places: dedupePlaces(places).map(([name, cameo]): [string, string, string] => [nameKey(name), name, cameo]).sort(byFirst),
    agents: [...agentForms].map(([form, [code, number]]): CompiledAgent => [form, code, number]).sort(byFirst),
    cities: compileCities(new Set(countries.map((row) => row['iso3']!)), readKbTable('regions.tsv').map((row) => ({ name: row['name']!, iso3: row['iso3']! }))).sort(byFirst),
  };
}

/**
 * The keys a name is found under. Phoenix writes every name in capitals, so "HAMAS" is no acronym there:
 * its one-word names of four letters or more are found in any case as well ("Hamas", "NATO").
 */
function keysOf(actor: CompiledActor, name: string): string[] {
  const key = nameKey(name);
  return actor.source === 'phoenix-only' && key.startsWith('=') && name.length >= 4 ? [key, normalizeName(name)] : [key];
}

/** A given name, a patronymic particle and the father's name, then more: "Qaboos bin Said al Said". */
const LONG_PATRONYMIC = /^(\S+ (?:bin|ibn|bint) \S+) \S/i;

/**
 * The name a person with a long patronymic chain goes by in the news: the given name and the father's ("Qaboos
 * bin Said" of "Qaboos bin Said al Said", "Mohammed bin Salman" of "Mohammed bin Salman bin Abdulaziz Al Saud").
 * Found under the short name too; where two people share it, linking ranks them as for any shared name.
 */
function patronymicShort(name: string): string[] {
  const short = LONG_PATRONYMIC.exec(name)?.[1];
  return short ? [short] : [];
}

/** Code-unit order, the order `SortedLines` searches in. */
const byFirst = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function manualActors(countryOfCameo: ReadonlyMap<string, string>): CompiledActor[] {
  const terms = new Map<string, CompiledActor['tenures']>();
  for (const row of readKbTable('tenures.tsv')) {
    const list = terms.get(row['person']!) ?? [];
    list.push([row['office']!, row['title']!, row['country']!, row['start']!, row['end']!, row['elected']!, row['cameo']!, row['source']!]);
    terms.set(row['person']!, list);
  }
  const organisations: CompiledActor[] = readKbTable('organisations.tsv').map((row) => ({
    // a national organisation's code starts with its country's ("YEMREB", "DEUOPP"); an international one's does not ("IGOUNO")
    id: row['id']!, kind: 'organisation', name: row['name']!, aliases: listCell(row['aliases']), country: countryOfCameo.get(row['cameo']!.slice(0, 3)) ?? null,
    cameo: row['cameo']!, source: row['source']!, surname: null, tenures: [], codes: [],
  }));
  const persons: CompiledActor[] = readKbTable('persons.tsv').map((row) => ({
    id: row['id']!, kind: 'person', name: row['name']!, aliases: listCell(row['aliases']), country: row['country']!,
    cameo: null, source: row['source']!, surname: row['surname']!,
    tenures: (terms.get(row['id']!) ?? []).sort((a, b) => a[3].localeCompare(b[3])), codes: [],
  }));
  return [...organisations, ...persons];
}

/** The country of an entry: the head of its most recent code that starts with a country's CAMEO code. */
function countryOf(codes: readonly DatedCode[], countryOfCameo: ReadonlyMap<string, string>): string | null {
  const withCountry = codes.filter((c) => countryOfCameo.has(c.code.slice(0, 3)));
  const latest = [...withCountry].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))[withCountry.length - 1];
  return latest ? countryOfCameo.get(latest.code.slice(0, 3))! : null;
}

/** Names without leading titles, in Phoenix's capitals turned into name case, without duplicates. */
function cleanNames(names: readonly string[], acronyms = true): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = nameCase(raw.replace(TITLE_PREFIX, '').replace(/^[\s,.-]+|[\s,]+$/g, ''), acronyms);
    const key = nameKey(name);
    if (name.length < 3 || !/\p{L}{2}/u.test(name) || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

const LOWER_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'del', 'der', 'van', 'von', 'la', 'le', 'of', 'and', 'the', 'for', 'y']);

/**
 * `HAIDAR AL-ABADI` → `Haidar al-Abadi`. Phoenix writes everything in capitals, so an acronym is known only
 * by having no vowel (`PKK`, `FRELIMO` is not) or by being a one-word name of up to five letters (`NATO`).
 */
export function nameCase(text: string, acronyms = true): string {
  const oneWord = acronyms && !text.includes(' ') && text.length <= 5;
  return text.split(' ').map((word, i) => {
    if (/^[A-Z]{2,}$/.test(word) && (oneWord || !/[AEIOUY]/.test(word))) return word;
    return word.toLowerCase().split('-').map((part, k) =>
      (i > 0 || k > 0) && LOWER_PARTICLES.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)).join('-')
      .replace(/(^|\W)(Mc|O')(\w)/g, (_m, b: string, p: string, c: string) => b + p + c.toUpperCase());
  }).join(' ');
}

function findTwin(names: readonly string[], country: string | null, byKey: ReadonlyMap<string, CompiledActor[]>): CompiledActor | undefined {
  for (const name of names) {
    const found = (byKey.get(nameKey(name)) ?? []).filter((a) => a.kind === 'person' && a.id.startsWith('person:'));
    const same = found.filter((a) => country === null || a.country === country);
    if (same.length === 1) return same[0];
  }
  return undefined;
}

function mergeInto(actor: CompiledActor, names: readonly string[], codes: readonly DatedCode[]): void {
  const have = new Set([actor.name, ...actor.aliases].map(nameKey));
  for (const name of names) {
    if (name.includes(' ') && !have.has(nameKey(name))) {
      actor.aliases.push(name);
      have.add(nameKey(name));
    }
  }
  actor.codes.push(...codes.map((c): [string, string | null, string | null] => [c.code, c.from, c.to]));
}

function phoenixActor(entry: PhoenixEntry, names: string[], kind: 'person' | 'organisation', country: string | null, ids: Set<string>): CompiledActor {
  const base = phoenixId(names[0]!);
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  const codes = entry.codes.map((c): [string, string | null, string | null] => [c.code, c.from, c.to]);
  const undated = entry.codes.filter((c) => c.from === null && c.to === null);
  const latest = [...entry.codes].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')).pop()!;
  const cameo = kind === 'organisation' ? (undated[0] ?? latest).code : latest.code;
  return {
    id, kind, name: names[0]!, aliases: names.slice(1), country, cameo, source: 'phoenix-only',
    surname: null, tenures: [], codes,
  };
}

/**
 * Words that name a group, not a person, in the head name of a Phoenix entry: "THE ISLAMIC STATE", "AL-NUSRA
 * FRONT", "NATIONAL SALVATION PARTY". Checked on the country file's dated entries, which are otherwise people.
 */
const GROUP_WORD = /^(?!.*\bSEC(?:\.|RETARY)).*\b(?:(?<!OF )STATE|FRONT|PARTY|MOVEMENT|ARMY|BRIGADES?|COUNCIL|COMMITTEE|ORGANI[SZ]ATION|UNION|ALLIANCE|COALITION|LEAGUE|FORCES?|MILITIA|GROUP|CONGRESS|ASSEMBLY|MINISTRY|COURT|AGENCY|BANK|COMMISSION)\b/;

/** The code with the latest start (an undated code counts as the earliest). */
function latestCode(codes: readonly DatedCode[]): DatedCode {
  return [...codes].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')).pop()!;
}

/** Cities, regions and other names of a country, except those countries.tsv already has. */
function placesOf(entry: PhoenixEntry, known: ReadonlySet<string>): CompiledPlace[] {
  const cameo = latestCode(entry.codes).code.slice(0, 3);
  return cleanNames(entry.names, false).filter((name) => !known.has(nameKey(name))).map((name) => [name, cameo]);
}

/** One place per name: a name two countries claim ("Georgia" the state, "Georgia" the country) is dropped. */
function dedupePlaces(places: readonly CompiledPlace[]): CompiledPlace[] {
  const byKey = new Map<string, CompiledPlace | null>();
  for (const place of places) {
    const key = nameKey(place[0]);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, place);
    else if (seen !== null && seen[1] !== place[1]) byKey.set(key, null);
  }
  return [...byKey.values()].filter((p): p is CompiledPlace => p !== null).sort((a, b) => a[0].localeCompare(b[0]));
}
