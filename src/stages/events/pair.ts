import type { ActorSpan } from './actors.js';
import type { SentenceWords } from './sentence.js';

/** "both countries", "the two nations": a pair of countries named by their kind alone. */
const PAIR_WORDS: ReadonlySet<string> = new Set(['both', 'two']);
const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['countries', 'nations']);
/**
 * Heads of actor codes that name no country: international bodies, armed groups and companies, and
 * the regions (the "head" segments of data/kb/cameo-segments.tsv that are no country).
 */
const NO_COUNTRY = /^(---|IGO|NGO|MNC|IMG|INT|AFR|ASA|EUR|MEA|LAM|SAM|SAS|SEA|CAS|WAF|EAF|NAF|SAF|WEU|EEU)/;

/**
 * "South Korea says the broadcasts will continue. … North Korea stated it would attack any
 * loudspeakers … Both countries have put their militaries on high levels of alert" (Wikinews, CC BY
 * 2.5, wn-806f2b644bf2): a pair named by its kind ("both countries", "the two nations") stands for
 * the last two countries the text named, each acting. The phrase becomes an actor of the later
 * country whose `partner` is the earlier one. One instance per document: `resolve` reads the
 * sentences in order and remembers their countries.
 */
export class CountryPairs {
  /** Country codes in the order last named, the latest last, each once. */
  private readonly recent: string[] = [];

  resolve(s: SentenceWords, actors: readonly ActorSpan[]): readonly ActorSpan[] {
    const pairs = this.recent.length < 2 ? [] : pairPhrases(s).filter((i) => !actors.some((a) => a.start <= i + 1 && a.end > i));
    this.remember(actors);
    if (!pairs.length) return actors;
    const [first, second] = this.recent.slice(-2) as [string, string];
    const made = pairs.map((i) => ({ start: i, end: i + 2, code: second, entity: null, partner: { start: i + 1, end: i + 2, code: first, entity: null } }));
    return [...actors, ...made].sort((a, b) => a.start - b.start);
  }

  private remember(actors: readonly ActorSpan[]): void {
    for (const a of actors) {
      if (!a.code || NO_COUNTRY.test(a.code) || !/^[A-Z]{3}/.test(a.code)) continue;
      const country = a.code.slice(0, 3);
      const at = this.recent.indexOf(country);
      if (at >= 0) this.recent.splice(at, 1);
      this.recent.push(country);
    }
  }
}

/** Word indexes where "both/two countries" starts, its noun standing alone (no "of" after: "both countries' leaders" still counts). */
function pairPhrases(s: SentenceWords): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < s.words.length; i++) {
    if (PAIR_WORDS.has(s.lower[i]!) && COUNTRY_NOUNS.has(s.lower[i + 1]!) && (s.lower[i] === 'both' || s.lower[i - 1] === 'the')) out.push(i);
  }
  return out;
}
