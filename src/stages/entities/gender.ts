import { createRequire } from 'node:module';
import type { Cluster } from './refs.js';

/** The gender a first name is given to ('m', 'f'), or null when the lists do not know it or give it to both. */
export type FirstNameGender = (firstName: string) => 'm' | 'f' | null;

/**
 * Resource loader for `firstNames`: the lists of the `gender-detection-from-name` package (MIT,
 * © 2019 Davide Violante; English, Italian, Spanish, French, German and Turkish first names
 * compiled from public name registers).
 */
export function loadFirstNames(): FirstNameGender {
  const { getGender } = createRequire(import.meta.url)('gender-detection-from-name') as { getGender: (n: string) => string };
  return (name) => {
    const g = getGender(name.toLowerCase());
    return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
  };
}

/** Countries whose people's names are written family name first in English news. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'PRK', 'KOR', 'VNM', 'MNG']);

/** Forms of address that say the gender outright. */
const ADDRESS = new Map<string, 'm' | 'f'>([
  ['mr.', 'm'], ['mr', 'm'], ['sir', 'm'], ['lord', 'm'], ['king', 'm'], ['prince', 'm'],
  ['mrs.', 'f'], ['mrs', 'f'], ['ms.', 'f'], ['ms', 'f'], ['miss', 'f'], ['madam', 'f'], ['lady', 'f'], ['dame', 'f'], ['queen', 'f'], ['princess', 'f'],
]);

/**
 * Sets the gender of the people whose name tells it: a form of address written before a
 * mention ("Mr. Clarke", "Mrs. May"), else the first of at least two name words (the KB's
 * full name when linked) when it is a known first name, unless the KB's person comes from a
 * country that writes the family name first ("Xi Jinping").
 */
export function assignGender(text: string, clusters: readonly Cluster[], firstNames: FirstNameGender): void {
  for (const c of clusters) {
    if (c.type !== 'PERSON' || c.gender !== null) continue;
    c.gender = addressed(text, c) ?? byFirstName(c, firstNames);
  }
}

function addressed(text: string, c: Cluster): 'm' | 'f' | null {
  for (const r of c.refs) {
    if (r.form !== 'name') continue;
    const first = /^\S+/.exec(r.text)?.[0].toLowerCase() ?? '';
    const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, r.start - 12), r.start))?.[1].toLowerCase() ?? '';
    const g = ADDRESS.get(first) ?? ADDRESS.get(before);
    if (g) return g;
  }
  return null;
}

function byFirstName(c: Cluster, firstNames: FirstNameGender): 'm' | 'f' | null {
  const words = c.person ? c.person.name.split(/\s+/) : c.nameWords;
  if (words.length < 2) return null;
  const first = words[0];
  // family name first: "Xi Jinping", "Kim Jong Un" (the KB's country says so)
  if (c.person && FAMILY_NAME_FIRST.has(c.person.country ?? '')) return null;
  return firstNames(first);
}
