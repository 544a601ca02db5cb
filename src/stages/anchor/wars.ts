/**
 * Wars whose start dates the text may count from ("after three years" of the war), with
 * the two sides that name them. Start dates as given on Wikipedia.
 */
export interface KnownWar {
  readonly name: string;
  readonly start: string;
  /** ISO3 codes of the two sides; both must be named in the text. */
  readonly sides: readonly [string, string];
}

export const KNOWN_WARS: readonly KnownWar[] = [
  { name: 'Russian invasion of Ukraine', start: '2022-02-24', sides: ['RUS', 'UKR'] },
  { name: 'Gaza war', start: '2023-10-07', sides: ['ISR', 'PSE'] },
  { name: 'Syrian civil war', start: '2011-03-15', sides: ['SYR', 'SYR'] },
  { name: 'War in Afghanistan', start: '2001-10-07', sides: ['USA', 'AFG'] },
  { name: 'Iraq War', start: '2003-03-20', sides: ['USA', 'IRQ'] },
];
