import type { EntityType } from '../../model/layers.js';

/**
 * Buildings, places of worship and airports the tagger reads as people. CoNLL-2003, its training data, has few
 * of them, and a name of two capitalised words is a person's to it ("Hagia Sophia", "Masjid Al-Aqsa", "Fath
 * Airport"). Two cues make such a name a place (LOC, as CoNLL files facilities):
 * - its own words: a last word that names a kind of facility ("Al Noor Mosque", "Fath Airport") or a first word
 *   that is Arabic for mosque ("Masjid Al-Haram");
 * - an apposition that says what it is: "Hagia Sophia, formerly a Greek Orthodox church and now a museum".
 * Every mention of the same name in the document is then a place too ("we will change Hagia Sophia's name").
 * Words that are also common surnames (Church, Temple, Hall, Castle, Field, Tower) are not name cues; in an
 * apposition they are ("Charlotte Church, a singer" is not "X, a church").
 */

/** The last word of a facility's name. */
const FACILITY_LAST = new Set([
  'mosque', 'cathedral', 'basilica', 'synagogue', 'monastery', 'mausoleum', 'shrine', 'museum', 'airport', 'airfield',
  'stadium', 'hospital', 'palace', 'prison',
]);
/** The first word of a facility's name: "masjid" is Arabic for mosque. */
const FACILITY_FIRST = new Set(['masjid']);
/** What an apposition calls a facility. */
const FACILITY_NOUN = 'church|mosque|cathedral|basilica|synagogue|temple|monastery|chapel|shrine|mausoleum|museum|monument|palace|castle|'
  + 'fortress|tower|bridge|building|airport|airfield|stadium|arena|hospital|prison|hotel';
/**
 * ", formerly a Greek Orthodox church and", ", now a museum.", ", the 17th-century mosque in": up to four words before
 * the noun, which heads the phrase (", a hospital spokesman", ", the museum's director" are people).
 */
const FACILITY_APPOSITION = new RegExp(`^,\\s+(?:(?:formerly|now|once|originally|then|today)\\s+)?(?:a|an|the)\\s+(?:(?!(?:at|in|of|for|from|with|by|to|on)\\s)[\\w'-]+\\s+){0,4}(?:${FACILITY_NOUN})`
  + `(?=\\s*(?:[,.;:)—–]|$|(?:and|in|of|on|at|near|which|that|where|built|dating|founded)\\b))`);

export interface TypedName {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

function namesItself(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length > 1 && (FACILITY_LAST.has(words[words.length - 1]) || FACILITY_FIRST.has(words[0]));
}

/** The names of `mentions` tagged PERSON that the text shows to be facilities. */
export function facilityNames(text: string, mentions: readonly TypedName[]): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const name = text.slice(m.start, m.end);
    if (namesItself(name) || FACILITY_APPOSITION.test(text.slice(m.end, m.end + 120))) names.add(name);
  }
  return names;
}
