import type { KbActor, KbTown, Tenure } from './types.js';

/**
 * What the entities stage reads from the actor knowledge base. The KB itself (src/kb) is
 * built elsewhere; `kbView` adapts it to these few questions so linking code and its
 * tests depend on a narrow interface, and a test can hand in a small KB of its own.
 */

/**
 * A term of office as the stage reads it: the KB's `Tenure`, with the fields a hand-made
 * test KB may leave out made optional (and a CAMEO code that may be unknown).
 */
export type KbTenure = Pick<Tenure, 'office' | 'country' | 'start' | 'end'>
  & Partial<Pick<Tenure, 'title' | 'elected'>>
  & { readonly cameo: string | null };

/** A person as the stage reads it: the KB's `KbActor` fields it uses (Phoenix's dated codes, when it has them). */
export type KbPerson = Pick<KbActor, 'id' | 'name' | 'aliases' | 'country' | 'cameo'> & { readonly tenures: readonly KbTenure[] } & Partial<Pick<KbActor, 'codes'>>;

/** A word naming a country, its people, its capital or a seat of its government ("the Kremlin"). */
export interface PlaceRef {
  /** `region`: a city, region or other place of a country only the Phoenix dictionaries name ("Basra", "Crimea"). */
  readonly via: 'name' | 'demonym' | 'capital' | 'metonym' | 'region';
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  /** The country's name, or the capital's or seat's own name. */
  readonly name: string;
  /** KB id of the country, capital or seat. */
  readonly id: string;
  readonly cameo: string | null;
}

export interface KbOrganisation {
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly cameo: string | null;
  /** Only the Phoenix dictionaries list it: they also list leaders under their group ("Khaled Meshaal" under Hamas). */
  readonly phoenixOnly?: boolean;
}

export interface ActorsKb {
  place(word: string): PlaceRef | null;
  /** Cities, regions and other places of a country that `place` does not know ("Basra", "Istanbul"). */
  region(name: string): PlaceRef | null;
  /** Towns of this name in the GeoNames table, the most populous country first (none when the table has none). */
  towns(name: string): readonly KbTown[];
  /** The agent code of a lower-case word sequence ("riot police" → COP, "lawmakers" → LEG) and its number, or null. */
  agent(words: string): { readonly code: string; readonly number: 'plural' | 'singular' | 'mass' } | null;
  /** The most words an agent phrase has. */
  readonly agentWords: number;
  /** Whether some agent phrase is or starts with these lower-case words: a cheap test before `agent`, and where a growing phrase can stop. */
  agentStart(words: string): boolean;
  /** The last day the Phoenix dictionaries know about: after it, their codes for office holders are stale. */
  readonly phoenixEnd: string;
  /** People whose name or an alias is exactly `name` (case-insensitive). */
  people(name: string): readonly KbPerson[];
  peopleBySurname(surname: string): readonly KbPerson[];
  organisation(name: string): KbOrganisation | null;
  /** Who held `office` of `country` on `date` (ISO day). */
  holders(office: string, country: string, date: string): readonly KbPerson[];
  /**
   * When a text calling `person` "<qualifier> <title>" can have been written: one range per
   * matching term (between election and start for "incoming", during the term for "current" …).
   */
  termWindows(person: KbPerson, qualifier: TermQualifier, title: string, country: string | null): ReadonlyArray<{ from: string | null; to: string | null }>;
}

export type TermQualifier = 'elect' | 'incoming' | 'outgoing' | 'former' | 'current';

