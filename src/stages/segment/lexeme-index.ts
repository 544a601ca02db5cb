import { StringTable } from '../../util/string-table.js';

/**
 * wink's lexeme index (`hash[word]` → the word's place in the lexicon's list, `hash[word] = i` for a
 * word it meets for the first time) over a StringTable of the list instead of an object with 87,593
 * keys: building that object was the largest part of loading wink (about 80 ms of CPU, and its
 * garbage). Words wink adds later live in a Map, and deleting one forgets it (`resetWinkModel`).
 */
export function lexemeIndex(list: readonly string[]): Record<string, number> {
  const listed = new StringTable(list, list);
  const added = new Map<string, number>();
  const get = (word: string) => {
    const k = listed.indexOf(word);
    return k === -1 ? added.get(word) : k;
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? get(key) : undefined),
    set: (_target, key, value: number) => typeof key === 'string' && added.set(key, value) !== undefined,
    has: (_target, key) => typeof key === 'string' && get(key) !== undefined,
    deleteProperty: (_target, key) => {
      if (typeof key === 'string') added.delete(key);
      return true;
    },
  });
}
