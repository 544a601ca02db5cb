import type { NameMention } from './name-mention.js';

/** The words a named storm is written after, or opens its name with: "Hurricane Dorian", "Tropical Storm Humberto". */
const STORM_WORD = String.raw`(?:Super\s+)?(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Tropical\s+Depression|Storm)`;
const STORM_BEFORE = new RegExp(String.raw`\b${STORM_WORD}\s+$`);
const STORM_NAME = new RegExp(String.raw`^${STORM_WORD}\s+\p{Lu}[\p{L}'’-]*$`, 'u');
const STORM_OPENING = new RegExp(String.raw`^${STORM_WORD}\s+`);

/**
 * Storms are named like people ("Hurricane Dorian", "Typhoon Haiyan", "Tropical Storm Humberto") and the entity model
 * tags the name a person, or with its storm word an organisation of the story's country; a later bare "Dorian" or
 * "Humberto" is the same storm. A storm is no actor: the names written after a storm word, or with it, and every
 * mention of them, are MISC (as CoNLL-2003 types named events).
 */
export function stormNames(text: string, named: readonly NameMention[]): Set<string> {
  const storms = new Set<string>();
  for (const m of named) {
    if (STORM_NAME.test(m.name)) {
      storms.add(m.name);
      storms.add(m.name.slice(m.name.search(/\S+$/)));
    } else if (!m.name.includes(' ') && STORM_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) {
      storms.add(m.name);
    }
  }
  return storms;
}

/** A storm's own name, without the storm word it may open with: "Typhoon Haiyan" and "Haiyan" are one storm. */
export function stormsOwnName(name: string): string {
  return STORM_NAME.test(name) ? name.replace(STORM_OPENING, '') : name;
}
