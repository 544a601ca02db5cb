import type { Entity } from '../../model/layers.js';
import type { ActorSpan } from './actors.js';
import type { SentenceWords } from './sentence.js';

const COMPASS_WORDS = new Set(['NORTH', 'SOUTH', 'EAST', 'WEST']);

/** The document's entities by their names and the words of their mentions, lower-cased. */
export function entitiesByName(text: string, entities: readonly Entity[]): Map<string, Entity> {
  const out = new Map<string, Entity>();
  const add = (name: string, e: Entity) => {
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    if (!out.has(key)) out.set(key, e);
  };
  for (const e of entities) {
    add(e.name, e);
    for (const m of e.mentions) add(text.slice(m.start, m.end), e);
  }
  return out;
}

/**
 * "The report comes after North and South Korea exchanged artillery fire yesterday" (Wikinews,
 * CC BY 2.5, wn-806f2b644bf2), "East and West Germany": a compass word coordinated with a
 * compass-named country shares its name, and is the country the text calls "North Korea"
 * elsewhere, not the one the other conjunct names.
 */
export function withElidedNames(s: SentenceWords, actors: readonly ActorSpan[], byName: ReadonlyMap<string, Entity>): ActorSpan[] {
  return actors.map((a, k) => {
    const next = actors[k + 1];
    if (!next || a.end - a.start !== 1 || !COMPASS_WORDS.has(s.words[a.start]!) || next.start !== a.end + 1) return a;
    if (!/^(and|or)$/.test(s.lower[a.end]!) || !COMPASS_WORDS.has(s.words[next.start]!) || next.end - next.start < 2) return a;
    const full = byName.get([s.lower[a.start]!, ...s.lower.slice(next.start + 1, next.end)].join(' '));
    const code = full?.actor?.cameo ?? full?.country ?? null;
    return full && code && code !== next.code ? { ...a, code, entity: full.id } : a;
  });
}
