import type { ClusterSet } from './names.js';
import { addRef, type Cluster } from './refs.js';

/** Names shorter than this are too often other names one letter apart ("Khan" and "Kahn", "Kim" and "Lim"). */
const MIN_LENGTH = 5;

/**
 * "Houthi military spokesperson Yahya Sarea said …" and later "“…”, Saree said": news compiled from
 * several wires spells a transliterated name more than one way. A name of one word that no person
 * of the knowledge base bears, one letter from the surname of exactly one person the document
 * names in full (a letter changed, added, dropped or two swapped; the same first letter), is that
 * person.
 */
export function mergeSpellingVariants(set: ClusterSet): void {
  // full names by the first letter of their surname: a variant keeps its first letter
  const full = new Map<string, Cluster[]>();
  for (const c of set.people) {
    if (c.type !== 'PERSON' || c.nameWords.length < 2) continue;
    const first = c.nameWords[c.nameWords.length - 1][0];
    const list = full.get(first);
    if (list) list.push(c);
    else full.set(first, [c]);
  }
  if (full.size === 0) return;
  for (let i = 0; i < set.people.length; i++) {
    const c = set.people[i];
    if (c.type !== 'PERSON' || c.nameWords.length !== 1 || c.person) continue;
    const word = c.nameWords[0];
    const near = (full.get(word[0]) ?? []).filter((p) => p !== c && oneLetterApart(word, p.nameWords[p.nameWords.length - 1]));
    if (near.length !== 1) continue;
    for (const r of c.refs) addRef(near[0], r);
    near[0].textRoles.push(...c.textRoles);
    set.people.splice(i--, 1);
  }
}

/** Whether two names of MIN_LENGTH letters or more, with the same first letter, differ by one edit (Damerau). */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || a.length < MIN_LENGTH || b.length < MIN_LENGTH || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // one letter changed, or two neighbours swapped
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  // one letter added or dropped
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
