import type { CountryTable } from './countries.js';

/**
 * Where a knowledge-base entry came from: `manual` our own compilation, `phoenix` our tables checked
 * against the Phoenix dictionaries (MIT), `phoenix-only` an actor only the Phoenix dictionaries list.
 */
export type KbSource = 'phoenix' | 'manual' | 'phoenix-only';

/** A CAMEO code with the days it applies, `[from, to)` (null = open), as the Phoenix dictionaries give it. */
export interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** An agent form of the Phoenix agents dictionary. */
export interface KbAgent {
  readonly code: string;
  /** `mass`: a noun the dictionary gives no plural ("police"). */
  readonly number: 'plural' | 'singular' | 'mass';
}

/** A name Phoenix gives a country besides those in countries.tsv: cities, regions, islands ("Basra", "Crimea"). */
export interface KbPlace {
  readonly name: string;
  /** CAMEO code of the country, or of a region or historical state ("SUN", "EUR"). */
  readonly cameo: string;
  /** ISO alpha-3, or null when the code is no country's. */
  readonly country: string | null;
}

/** Where towns of a name lie: a country (ISO alpha-3 and CAMEO code) and the people of its largest town of that name. */
export interface KbTown {
  readonly country: string;
  readonly cameo: string;
  readonly population: number;
}

/** One term of office. `[start, end)`: `end` is the day the successor took over; `null` = in office as far as we know. */
export interface Tenure {
  /** Generic office shared across countries: "President", "Prime Minister", "Foreign Minister", "Defence Minister" … */
  readonly office: string;
  /** The local title, when it differs: "Secretary of State", "Premier", "Emir" … */
  readonly title: string;
  /** ISO alpha-3 of the state, or the id of the organisation ("org:nato"). */
  readonly country: string;
  /** ISO dates, YYYY-MM-DD. */
  readonly start: string;
  readonly end: string | null;
  /** Election day before a new term, where known: from then until `start` the holder is "-elect"/"incoming". */
  readonly elected: string | null;
  /** CAMEO code the holder acts under in this office: USAGOV, RUSGOVMIL, IGOWSTNAT … */
  readonly cameo: string;
  readonly source: KbSource;
}

export type KbActorKind = 'person' | 'organisation' | 'country' | 'capital';

export interface KbActor {
  /** `person:putin`, `org:nato`, `country:RUS`, `capital:RUS:kremlin`. */
  readonly id: string;
  readonly kind: KbActorKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO alpha-3 the actor belongs to; null for organisations. */
  readonly country: string | null;
  /** The CAMEO code to use when no date is known: a person's latest office, a country's code, an organisation's code. */
  readonly cameo: string | null;
  readonly tenures: readonly Tenure[];
  /** Phoenix codes with their dates (people: "IRQGOV from 2014-09-08"); hand-kept terms win over them. */
  readonly codes: readonly DatedCode[];
  readonly source: KbSource;
  /** Persons only: the name `bySurname` finds them under ("Xi", "von der Leyen"). */
  readonly surname?: string;
}

export interface Kb {
  readonly countries: CountryTable;
  /** Exact alias match (case, diacritics, dots and a leading "the" ignored; acronyms must be in capitals). */
  lookup(name: string): readonly KbActor[];
  /** Persons whose surname matches. */
  bySurname(surname: string): readonly KbActor[];
  /** Who held that office (generic office or local title) in that country or organisation on that date. */
  holders(office: string, country: string, date: string): readonly KbActor[];
  /** The actor's terms of office running on that date. */
  tenuresAt(actorId: string, date: string): readonly Tenure[];
  get(actorId: string): KbActor | undefined;
  all(): readonly KbActor[];
  /**
   * The actor's CAMEO code on `date`: the hand-kept term running then; else, up to the end of the Phoenix
   * dictionaries (`phoenixEnd`), the Phoenix code in force then; else the actor's own code.
   */
  codeAt(actorId: string, date: string | null): string | null;
  /** Cities, regions and other names of countries from Phoenix. */
  place(name: string): KbPlace | undefined;
  /** Towns of this name in the GeoNames table (10,000 people or more), the most populous country first. */
  towns(name: string): readonly KbTown[];
  /** The agent code of a lower-case word sequence ("riot police" → COP, "lawmakers" → LEG), and its grammatical number. */
  agent(words: string): KbAgent | undefined;
  /** The most words an agent phrase has. */
  readonly agentWords: number;
  /**
   * Whether some agent phrase is or starts with these lower-case words ("riot" and "riot police" for "riot
   * police"): a cheap test before `agent`, and where a phrase growing word by word can stop.
   */
  agentStart(words: string): boolean;
  /** The last day the Phoenix dictionaries know anything about. */
  readonly phoenixEnd: string;
}
