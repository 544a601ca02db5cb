import type { IndexedVerbDictionary, SynsetIndex, VerbDictionary } from './types.js';
import { blockNeeds } from '../pattern-needs.js';

/**
 * The dictionary with each synset's members indexed by their first word (a synset member is a phrase;
 * synset words may themselves be synsets, indexed under "&"), so that a word is tried only against
 * members that can start with it; and each block's pattern needs (pattern-needs.ts), worked out once.
 */
export function indexVerbDictionary(dict: VerbDictionary): IndexedVerbDictionary {
  const index = new Map<string, Map<string, string[][]>>();
  for (const [name, members] of Object.entries(dict.synsets)) {
    const byFirst = new Map<string, string[][]>();
    for (const member of members) {
      const words = member.split(' ');
      const key = words[0]!.startsWith('&') ? '&' : words[0]!;
      byFirst.set(key, [...(byFirst.get(key) ?? []), words]);
    }
    index.set(name, byFirst);
  }
  const named = new Map<string, Map<string, string[][]> | null>();
  const synsetOf = (word: string) => {
    let found = named.get(word);
    if (found === undefined) named.set(word, (found = index.get(word.slice(1).replace(/_$/, '')) ?? null));
    return found ?? undefined;
  };
  return { ...dict, synsetIndex: index as SynsetIndex, verbForms: new Map(Object.entries(dict.forms)), synsetOf, patternNeeds: dict.blocks.map(blockNeeds) };
}
