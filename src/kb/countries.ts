import { nameKey } from './normalize.js';
import { readCompiledKb } from './compiled.js';
import { listCell } from './tsv.js';

/** A government seat or building used to stand for a branch of a state ("the Kremlin"). */
export interface Seat {
  readonly name: string;
  /** CAMEO code of what the seat stands for: `RUSGOV` for the Kremlin, `USAMIL` for the Pentagon. */
  readonly cameo: string;
}

export interface Country {
  /** ISO 3166-1 alpha-3 (Kosovo uses the user-assigned `XKX`). */
  readonly iso3: string;
  /** CAMEO country code; equals iso3 except Kosovo (`KSV`). */
  readonly cameo: string;
  readonly name: string;
  /** False for dependent territories (Greenland, Hong Kong, Puerto Rico …), which have no government of their own to act. */
  readonly sovereign: boolean;
  /** Official, short and historical names ("Russian Federation", "Burma", "Ivory Coast"). */
  readonly names: readonly string[];
  /** Adjectives and singular demonyms ("Polish", "Ukrainian"). */
  readonly adjectives: readonly string[];
  /** Nouns for the people, mostly plural ("Poles", "Ukrainians"). */
  readonly people: readonly string[];
  /**
   * Capital cities of states, alternative spellings included; news uses them for the government
   * ("Moscow said"). Territories list none, and capitals that are common words (Malé, Victoria) are left out.
   */
  readonly capitals: readonly string[];
  readonly seats: readonly Seat[];
}

/** What a capital or seat lookup found: the country, and whether the text named a city or a seat. */
export interface PlaceHit {
  readonly country: Country;
  readonly kind: 'capital' | 'seat';
  /** CAMEO code the place stands for when used as a metonym (`RUSGOV` for "Moscow", `USAMIL` for "the Pentagon"). */
  readonly cameo: string;
}

export interface CountryTable {
  byCode(iso3: string): Country | undefined;
  /**
   * Country names, official, short and historical; tolerant of case, diacritics, dots and a leading
   * "the", except acronyms ("US", "UK"), which must be written in capitals.
   */
  byName(text: string): Country | undefined;
  /** Adjectives and people nouns: "French", "Poles". Several countries when ambiguous ("Congolese"). */
  byDemonym(word: string): readonly Country[];
  /** Capitals ("Kiev", "Kyiv") and government seats ("the Kremlin", "Downing Street"). */
  byCapital(text: string): PlaceHit | undefined;
  all(): readonly Country[];
}

/**
 * The rows of data/kb/countries.tsv (as compiled into data/kb/kb.txt) in a frozen table with case-, dot-
 * and diacritic-insensitive indexes.
 */
export function loadCountries(rows: readonly Record<string, string>[] = readCompiledKb().countries): CountryTable {
  const countries = rows.map(parseCountry);
  const codes = new Map<string, Country>();
  const names = new Map<string, Country>();
  const demonyms = new Map<string, Country[]>();
  const places = new Map<string, PlaceHit>();
  for (const country of countries) {
    codes.set(country.iso3, country);
    for (const name of [country.name, ...country.names]) {
      const key = nameKey(name);
      if (!names.has(key)) names.set(key, country);
    }
    for (const word of [...country.adjectives, ...country.people]) {
      const key = nameKey(word);
      const list = demonyms.get(key) ?? [];
      if (!list.includes(country)) list.push(country);
      demonyms.set(key, list);
    }
    for (const capital of country.capitals) {
      places.set(nameKey(capital), Object.freeze({ country, kind: 'capital', cameo: `${country.cameo}GOV` }));
    }
    for (const seat of country.seats) {
      places.set(nameKey(seat.name), Object.freeze({ country, kind: 'seat', cameo: seat.cameo }));
    }
  }
  const frozenAll = Object.freeze(countries);
  const noCountries: readonly Country[] = Object.freeze([]);
  for (const list of demonyms.values()) Object.freeze(list);
  return Object.freeze({
    byCode: (iso3: string) => codes.get(iso3.toUpperCase()),
    byName: (text: string) => names.get(nameKey(text)),
    byDemonym: (word: string) => demonyms.get(nameKey(word)) ?? noCountries,
    byCapital: (text: string) => places.get(nameKey(text)),
    all: () => frozenAll,
  });
}

/** A seat cell is `Name` (the government) or `Name=ROLE` ("Pentagon=MIL"). */
function parseCountry(row: Record<string, string>): Country {
  const cameo = row['cameo']!;
  const seats = listCell(row['seats']).map((cell) => {
    const [name, role] = cell.split('=');
    return Object.freeze({ name: name!, cameo: `${cameo}${role ?? 'GOV'}` });
  });
  return Object.freeze({
    iso3: row['iso3']!,
    cameo,
    name: row['name']!,
    sovereign: row['status'] === 'state',
    names: Object.freeze(listCell(row['names'])),
    adjectives: Object.freeze(listCell(row['adjectives'])),
    people: Object.freeze(listCell(row['people'])),
    capitals: Object.freeze(listCell(row['capitals'])),
    seats: Object.freeze(seats),
  });
}
