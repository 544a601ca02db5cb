import type { Country } from './countries.js';
import { listCell, readKbTable } from './tsv.js';
import type { KbActor, KbSource, Tenure } from './types.js';

/** Reads data/kb/organisations.tsv. */
export function readOrganisations(): KbActor[] {
  return readKbTable('organisations.tsv').map((row) =>
    Object.freeze({
      id: row['id']!,
      kind: 'organisation' as const,
      name: row['name']!,
      aliases: Object.freeze(listCell(row['aliases'])),
      country: null,
      cameo: row['cameo']!,
      tenures: Object.freeze([]),
      source: row['source'] as KbSource,
    }),
  );
}

/** Reads data/kb/persons.tsv and attaches their terms from data/kb/tenures.tsv, in date order. */
export function readPersons(): KbActor[] {
  const terms = new Map<string, Tenure[]>();
  for (const row of readKbTable('tenures.tsv')) {
    const list = terms.get(row['person']!) ?? [];
    list.push(
      Object.freeze({
        office: row['office']!,
        title: row['title']!,
        country: row['country']!,
        start: row['start']!,
        end: row['end'] === '' ? null : row['end']!,
        elected: row['elected'] === '' ? null : row['elected']!,
        cameo: row['cameo']!,
        source: row['source'] as KbSource,
      }),
    );
    terms.set(row['person']!, list);
  }
  return readKbTable('persons.tsv').map((row) => {
    const tenures = (terms.get(row['id']!) ?? []).sort((a, b) => a.start.localeCompare(b.start));
    const latest = tenures[tenures.length - 1];
    return Object.freeze({
      id: row['id']!,
      kind: 'person' as const,
      name: row['name']!,
      aliases: Object.freeze(listCell(row['aliases'])),
      country: row['country']!,
      cameo: latest?.cameo ?? null,
      tenures: Object.freeze(tenures),
      source: row['source'] as KbSource,
      surname: row['surname']!,
    });
  });
}

/** A country as an actor, and each of its capitals and government seats as a metonym actor. */
export function countryActors(country: Country): KbActor[] {
  const base = { country: country.iso3, tenures: Object.freeze([]) as readonly Tenure[], source: 'manual' as const };
  const self: KbActor = Object.freeze({
    ...base,
    id: `country:${country.iso3}`,
    kind: 'country',
    name: country.name,
    aliases: Object.freeze([...country.names, ...country.adjectives, ...country.people]),
    cameo: country.cameo,
  });
  const capitals: KbActor[] = country.capitals.length === 0 ? [] : [
    Object.freeze({
      ...base,
      id: `capital:${country.iso3}`,
      kind: 'capital',
      name: country.capitals[0]!,
      aliases: Object.freeze(country.capitals.slice(1)),
      cameo: `${country.cameo}GOV`,
    }),
  ];
  // One actor per branch a country's seats stand for: "White House" and "State Department" are both USAGOV.
  const byCameo = new Map<string, string[]>();
  for (const seat of country.seats) byCameo.set(seat.cameo, [...(byCameo.get(seat.cameo) ?? []), seat.name]);
  const seats = [...byCameo].map(([cameo, [first, ...rest]]) =>
    Object.freeze({
      ...base,
      id: `capital:${country.iso3}:${cameo.slice(country.cameo.length)}`,
      kind: 'capital' as const,
      name: first!,
      aliases: Object.freeze(rest),
      cameo,
    }),
  );
  return [self, ...capitals, ...seats];
}
