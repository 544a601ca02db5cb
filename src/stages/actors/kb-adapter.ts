import { loadCountries, type Country, type CountryTable } from '../../kb/countries.js';
import { nameKey } from '../../kb/normalize.js';
import type { ActorsKb, KbOrganisation, KbPerson, PlaceRef } from './kb-view.js';

/**
 * The parts of the shipped KB (src/kb) the adapter reads. People and organisations are
 * optional so the stage works on the country table alone.
 */
export interface KbSource {
  readonly countries: CountryTable;
  lookup?(name: string): ReadonlyArray<KbActorLike>;
  bySurname?(surname: string): ReadonlyArray<KbActorLike>;
  holders?(office: string, country: string, date: string): ReadonlyArray<KbActorLike>;
}

/** A KB actor as src/kb describes it (`kind` tells people from organisations, countries and capitals). */
export interface KbActorLike extends KbPerson {
  readonly kind: string;
}

function countryPlace(country: Country, via: 'name' | 'demonym'): PlaceRef {
  return { via, country: country.iso3, name: country.name, id: `country:${country.iso3}`, cameo: country.cameo };
}

/** Adapts the KB to the questions the actors stage asks. */
export function actorsKbFrom(kb: KbSource): ActorsKb {
  const { countries } = kb;
  const people = (list: ReadonlyArray<KbActorLike> | undefined): KbPerson[] => (list ?? []).filter((a) => a.kind === 'person');
  return {
    place(word) {
      const named = countries.byName(word);
      if (named) return countryPlace(named, 'name');
      const demonym = countries.byDemonym(word);
      if (demonym.length === 1) return countryPlace(demonym[0], 'demonym');
      const hit = countries.byCapital(word);
      if (!hit) return null;
      const key = nameKey(word);
      const spelled = hit.kind === 'capital'
        ? hit.country.capitals.find((c) => nameKey(c) === key)
        : hit.country.seats.find((s) => nameKey(s.name) === key)?.name;
      const name = spelled ?? word.replace(/^the\s+/i, '');
      return { via: hit.kind === 'seat' ? 'metonym' : 'capital', country: hit.country.iso3, name, id: `${hit.kind}:${hit.country.iso3}:${key}`, cameo: hit.cameo };
    },
    people: (name) => people(kb.lookup?.(name)),
    peopleBySurname: (surname) => people(kb.bySurname?.(surname)),
    organisation(name): KbOrganisation | null {
      const org = (kb.lookup?.(name) ?? []).find((a) => a.kind === 'organisation');
      return org ? { id: org.id, name: org.name, country: org.country, cameo: org.cameo } : null;
    },
    holders: (office, country, date) => people(kb.holders?.(office, country, date)),
  };
}

/** Resource loader for `kb` until the full KB loader lands: the country table alone. */
export function loadActorsKb(): ActorsKb {
  return Object.freeze(actorsKbFrom({ countries: loadCountries() }));
}
