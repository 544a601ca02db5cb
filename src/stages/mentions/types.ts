import type { EntityType } from '../../model/layers.js';
import { isWorldRegion } from '../../language/regions.js';
import { isWebDomain } from '../../util/web-domains.js';
import type { Gazetteer } from './gazetteer.js';
import type { ConllClass } from './tags.js';

/**
 * CoNLL has one LOC and one MISC class; Parley splits them as OntoNotes does. A LOC is a
 * GPE (country, city, state) unless it names a region or a natural feature; a MISC is NORP
 * (nationality, religious or political group) when it is a demonym in the country table
 * or a known group word.
 */
const NATURAL_FEATURE = /\b(sea|ocean|river|mountains?|mount|mt\.?|gulf|strait|lake|bay|valley|peninsula|desert|coast|channel|island|islands|basin|plateau|canal|heights)\b/i;
/**
 * A name headed by a natural feature is a place even when the tagger, seeing a capitalised phrase with
 * "of", calls it an organisation: "Strait of Hormuz", "Gulf of Aden", "Sea of Azov", "Bay of Bengal" (the
 * feature first, then "of") and "South China Sea", "Persian Gulf", "Nile River", "Atlas Mountains" (the feature
 * last). Only the head counts: "Gulf Cooperation Council" and "Red Sea Governorate" are not places, and neither
 * "Coast Guard" nor "Discovery Channel" is read (coast and channel are left out as heads of names of bodies).
 */
const FEATURE_FIRST = /^(?:the\s+)?(?:seas?|oceans?|gulf|straits?|bay|lake|river|mount|peninsula|desert|isles?|islands?|sound)\s+of\s/i;
const FEATURE_LAST = /\s(?:sea|ocean|gulf|straits?|bay|river|mountains|desert|peninsula|islands|basin|plateau|canal|lagoon|archipelago)$/i;

export function featureHeaded(text: string): boolean {
  return FEATURE_FIRST.test(text) || FEATURE_LAST.test(text);
}

/**
 * A name headed by the word for a law, treaty or agreement names a text, not a body that acts, even where the tagger
 * calls it an organisation: "the US Constitution", "the Voting Rights Act", "the Paris Climate Accord", "the Green New
 * Deal", "the Fourteenth Amendment", "the Geneva Convention". CoNLL-2003 marks such names MISC (train: 16 of 19).
 * An alliance ("Warsaw Pact") and a body named after a treaty ("North Atlantic Treaty Organization") are not read.
 */
const LAW_LAST = /\s(?:constitution|act|treaty|accords?|agreement|charter|protocol|amendment|bill|directive|resolution|declaration|deal|convention)$/i;

export function lawHeaded(text: string): boolean {
  return LAW_LAST.test(text) || /^constitution$/i.test(text);
}

/**
 * A name headed by the word for a state's mission abroad is the body, not a place, though the tagger, reading the
 * country in it, calls it one: "the United States Embassy" (in Iraq), "the Russian Consulate" — an embassy acts
 * and speaks for its state ("the United States Embassy in Iraq had suspended operations, and advised U.S. citizens").
 */
const MISSION_LAST = /\s(?:embassy|consulate|consulate-general|high\s+commission)$/i;

export function missionHeaded(text: string): boolean {
  return MISSION_LAST.test(text);
}

const GROUP_WORDS = new Set([
  'western', 'westerner', 'eastern', 'european', 'asian', 'african', 'arab', 'arabic', 'muslim', 'islamic', 'islamist',
  'christian', 'catholic', 'protestant', 'orthodox', 'jewish', 'jew', 'sunni', 'shia', 'shiite', "shi'ite", 'hindu',
  'buddhist', 'sikh', 'kurd', 'kurdish', 'palestinian', 'democrat', 'democratic', 'republican', 'communist',
  'socialist', 'conservative', 'liberal', 'labour', 'tory', 'latin', 'latino', 'hispanic', 'slav', 'slavic', 'baltic',
  'nordic', 'scandinavian', 'balkan', 'soviet', 'pashtun', 'tamil', 'tutsi', 'hutu', 'serb', 'croat', 'bosniak',
  'chechen', 'uighur', 'uyghur', 'tatar', 'yazidi', 'druze', 'alawite', 'maronite', 'coptic', 'roma', 'gypsy',
]);

/**
 * Codes the Phoenix dictionaries give an organisation with no country, which the gazetteer's country table
 * holds beside real country codes ("associated press" → MED, "oxfam" → NGO): such a name is an
 * organisation, never a place, and has no country.
 */
const SECTOR_CODES = new Set(['IGO', 'NGO', 'MNC', 'MED', 'IMG', 'ELI']);

function knownOrganisation(lower: string, gaz: Gazetteer): boolean {
  return SECTOR_CODES.has(gaz.countries.get(lower) ?? '');
}

function singular(text: string): string {
  return text.endsWith('s') && text.length > 3 ? text.slice(0, -1) : text;
}

export function entityType(cls: ConllClass, text: string, gaz: Gazetteer): EntityType {
  const lower = text.toLowerCase();
  // a website named by its domain is an organisation, whatever the tagger made of the unknown word ("Znak.com claims")
  if (isWebDomain(text)) return 'ORG';
  switch (cls) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      if (knownOrganisation(lower, gaz)) return 'ORG';
      // "the Eastern Mediterranean", read as a body by the tagger, is a region
      return featureHeaded(text) || isWorldRegion(lower) ? 'LOC' : lawHeaded(text) ? 'MISC' : 'ORG';
    case 'LOC':
      if (knownOrganisation(lower, gaz) || missionHeaded(text)) return 'ORG';
      return isWorldRegion(lower) || NATURAL_FEATURE.test(lower) ? 'LOC' : 'GPE';
    case 'MISC':
      if (missionHeaded(text)) return 'ORG';
      return isGroupName(lower, gaz) ? 'NORP' : 'MISC';
  }
}

function isGroupName(lower: string, gaz: Gazetteer): boolean {
  if (lower.includes(' ')) return false;
  const one = singular(lower);
  return gaz.countries.has(lower) || gaz.countries.has(one) || GROUP_WORDS.has(lower) || GROUP_WORDS.has(one);
}

/** ISO 3166 alpha-3 code of a GPE or NORP mention the country table knows, else null. */
export function countryOf(type: EntityType, text: string, gaz: Gazetteer): string | null {
  if (type !== 'GPE' && type !== 'NORP') return null;
  const lower = text.toLowerCase();
  const code = gaz.countries.get(lower) ?? gaz.countries.get(singular(lower)) ?? null;
  return code !== null && SECTOR_CODES.has(code) ? null : code;
}

/** Back to the CoNLL classes for scoring. */
export function conllClassOf(type: EntityType): ConllClass {
  switch (type) {
    case 'PERSON':
      return 'PER';
    case 'ORG':
      return 'ORG';
    case 'GPE':
    case 'LOC':
      return 'LOC';
    case 'NORP':
    case 'MISC':
      return 'MISC';
  }
}
