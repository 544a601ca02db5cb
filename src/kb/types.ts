import type { CountryTable } from './countries.js';

/** Where a knowledge-base entry came from: the Phoenix dictionaries (MIT) or our own compilation. */
export type KbSource = 'phoenix' | 'manual';

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
}
