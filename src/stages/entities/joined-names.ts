import type { ActorsKb } from '../../kb/view.js';
import type { FirstNameGender } from './gender.js';
import type { NameMention } from './name-mention.js';

/** Last words that head a place's name (see NON_PERSON_HEAD). */
const PLACE_HEADS: readonly string[] = ['City', 'Town', 'County', 'Province', 'Island', 'Islands', 'District', 'Base', 'Airport', 'Station', 'Port'];
/** Last words that head an organisation's name (see NON_PERSON_HEAD; mentions.ts reads them too, with words of its own). */
export const ORGANISATION_HEADS: readonly string[] = [
  'Administration', 'Agency', 'Commission', 'Ministry', 'Department', 'Council', 'Committee', 'University', 'College',
  'Institute', 'Hospital', 'Company', 'Corporation', 'Bank', 'Party', 'Court',
];

/**
 * Last words that head the name of a place or an organisation, never a person's: a title before such a name is part of
 * it or the name's namesake's ("General Santos City", "General Services Administration", "General Bernardo O'Higgins
 * Riquelme Base"), no sign of a person.
 */
export const NON_PERSON_HEAD = new RegExp(`\\s(?:${[...PLACE_HEADS, ...ORGANISATION_HEADS].join('|')})$`);

/** "Rock and [Roll Hall", "The Globe and [Mail": a capitalised word and "and"/"&" right before a span. */
const AND_BEFORE = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(?:and|&)\s+$/u;
/** "Carlo De Benedetti of Italy's la Repubblica", "Wong Pik-wan from the Democratic Party": a person's affiliation before "and". */
const AFFILIATION_BEFORE = /\b(?:of|from)\s+(?:the\s+)?$/;
/** "Roll Hall] of Fame": the "of" phrase that ends the longer name. */
const OF_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;

/**
 * The entity model splits names with "and" or "of" inside into pieces and takes a piece for a person: "the Rock and Roll
 * Hall of Fame" is MISC "Rock", PERSON "Roll Hall" (whom the "he" of the next sentences then takes) and GPE "Fame";
 * "The Globe and Mail" GPE "Globe" and PERSON "Mail". A PERSON span that begins with no first name and the KB knows as
 * no one's name, joined by "and" to capitalised words that are no person's, is the middle of one longer name: the
 * pieces from those words to the end of an "of" phrase after it become one organisation. A list of people with their
 * affiliations ("Wilson of C-MORE and Nick Hawco of USC", "Claudia Mo of the Civic Party and Wong Pik-wan of the
 * Democratic Party") is no name: the words before "and" are an affiliation there.
 */
export function joinSplitNames(text: string, names: readonly NameMention[], kb: ActorsKb, firstNames: FirstNameGender): NameMention[] {
  const out = [...names];
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.type !== 'PERSON' || firstNames(m.name.split(/\s+/)[0]!) !== null || kb.people(m.name).length > 0) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const joined = AND_BEFORE.exec(before);
    if (!joined) continue;
    const start = m.start - before.length + joined.index;
    if (AFFILIATION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const first = out.findIndex((n) => n.end > start);
    // the words before "and" are a piece of a name, not a place or a person of a list ("El Paso and Ciudad Juárez")
    if (first === k || out.slice(first, k).some((n) => (n.type !== 'ORG' && n.type !== 'MISC') || n.start < start)) continue;
    const of = OF_AFTER.exec(text.slice(m.end, m.end + 60))?.[0].length ?? 0;
    // and the span ends as no person's name does: before an "of" phrase, or in a word that heads an organisation's
    if (of === 0 && !NON_PERSON_HEAD.test(m.name)) continue;
    const end = m.end + of;
    let last = k;
    while (last + 1 < out.length && out[last + 1]!.start < end) last++;
    if (out[last]!.end > end) continue;
    const name = text.slice(start, end);
    out.splice(first, last - first + 1, { start, end, type: 'ORG', sentence: m.sentence, name, nameStart: start, parts: [{ start, end }] });
    k = first;
  }
  return out;
}
