import type { NameMention } from './name-mention.js';

/** "(SDF)", "( AfCFTA )", "(U.N.)": an acronym in brackets right after a name. */
const BRACKETED = /^\s*\(\s*([A-Z][A-Za-z&.]{1,11})\s*\)/;
/** Small words a name's acronym may skip or keep: "Democratic Republic of the Congo" (DRC), "Bank of America" (BofA). */
const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'al', 'el', '&']);

/** The capital letters of an acronym ("AfCFTA" → "ACFTA", "U.N." → "UN"); null when it has fewer than two. */
function capitals(acronym: string): string | null {
  const letters = acronym.replace(/[^A-Z]/g, '');
  return letters.length >= 2 ? letters : null;
}

/** Whether the initials of a name's words spell the acronym's capitals, with or without its small words. */
export function spells(name: string, letters: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const initials = (list: readonly string[]) => list.map((w) => w[0]!.toUpperCase()).join('');
  return initials(words.filter((w) => !SMALL.has(w.toLowerCase()))) === letters || initials(words) === letters;
}

/**
 * A name defined with its acronym — "the Syrian Democratic Forces (SDF)", "Federal Security Service (FSB)" — names
 * the same referent as the acronym does elsewhere in the text, so every mention written as the acronym takes the
 * full name (and the KB link or context the full name gets). The acronym also fixes the name's extent and kind: when
 * a nationality word the entity model left out completes the initials ("Syrian" + "Democratic Forces", which it
 * read as a person), the two become one name, and a bracketed acronym makes a name no person's: an organisation.
 */
export function readAcronyms(text: string, mentions: readonly NameMention[]): NameMention[] {
  const out = [...mentions];
  const full = new Map<string, NameMention>();
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    const bracket = BRACKETED.exec(text.slice(m.end, m.end + 20));
    const letters = bracket ? capitals(bracket[1]!) : null;
    if (!bracket || !letters || full.has(bracket[1]!)) continue;
    const prev = out[i - 1];
    const joinable = prev && (prev.type === 'NORP' || prev.type === 'GPE') && /^\s+$/.test(text.slice(prev.end, m.start));
    if (spells(m.name, letters)) {
      const named = m.type === 'PERSON' ? { ...m, type: 'ORG' as const } : m;
      out[i] = named;
      full.set(bracket[1]!, named);
    } else if (joinable && spells(`${prev.name} ${m.name}`, letters)) {
      const name = text.slice(prev.start, m.end);
      const joined: NameMention = { ...prev, end: m.end, type: 'ORG', name, nameStart: prev.start, parts: [{ start: prev.start, end: m.end }] };
      out.splice(i - 1, 2, joined);
      i--;
      full.set(bracket[1]!, joined);
    }
  }
  if (full.size === 0) return out;
  return out.map((m) => {
    const named = full.get(m.name);
    return named && named !== m ? { ...m, type: named.type, name: named.name } : m;
  });
}
