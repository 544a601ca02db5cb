import type { VerbClause } from './clause.js';
import type { SentenceWords } from './sentence.js';

/**
 * Nouns of what harms with no one doing it: natural forces, accidents and disease. An act of
 * force they do ("an earthquake struck Surigao del Sur", "a second fire … killed another person")
 * or that was done in or by one ("victims killed by the … crash", "broke her leg in a car-train
 * collision", "killed in a stampede") is no political event: CAMEO codes actors' acts. Explosions
 * and blasts are not here: the dictionary reads them as bombings (183).
 */
const FORCES = /^(earthquakes?|quakes?|tremors?|aftershocks?|storms?|hurricanes?|typhoons?|cyclones?|tornado(e?s)?|floods?|flooding|floodwaters?|tsunamis?|landslides?|mudslides?|avalanches?|eruptions?|droughts?|wildfires?|blazes?|fires?|crash(es)?|collisions?|accidents?|derailments?|stampedes?|heatwaves?|lightning|blizzards?|snowstorms?|viruse?s?|pandemics?|epidemics?|outbreaks?|diseases?)$/;
/** Modifiers that make "fire" gunfire or shelling ("artillery fire", "heavy fire"), not a blaze. */
const WEAPON_FIRE = /^(artillery|gun|machine-gun|machinegun|rocket|mortar|tank|sniper|cross|friendly|enemy|heavy|small-arms|automatic|anti-aircraft|live|naval|return)$/;

/** Prepositions of what an act was done in or by ("killed IN a stampede", "killed BY the crash", "DURING the storm"). */
const MEANS_PREPS: ReadonlySet<string> = new Set(['in', 'by', 'during', 'from']);

/** Whether the noun phrase headed by word `i` names a natural force, accident or disease (its head, or a modifier of a name: "Hurricane Dorian"). */
export function namesNoDoer(s: SentenceWords, i: number): boolean {
  const modifiers = s.children[i]!.filter((c) => c < i && (s.relation[c] === 'compound' || s.relation[c] === 'amod' || s.relation[c] === 'flat'));
  if (/^fires?$/.test(s.lower[i]!)) return !modifiers.some((c) => WEAPON_FIRE.test(s.lower[c]!));
  if (FORCES.test(s.lower[i]!)) return true;
  return s.upos[i] === 'PROPN' && modifiers.some((c) => FORCES.test(s.lower[c]!));
}

/** Whether an act of force (18–20) is done by or in a natural force, accident or disease: its subject, its passive agent or a means phrase names one. */
export function doneByNoOne(s: SentenceWords, clause: VerbClause, code: string): boolean {
  if (!/^(18|19|20)/.test(code)) return false;
  const means = clause.tree.obliques.filter((o) => MEANS_PREPS.has(o.prep)).map((o) => o.head);
  return [...clause.tree.subjects, ...clause.tree.agents, ...means].some((h) => namesNoDoer(s, h));
}

/** Prepositions of what a warning is about ("warned OF potential flash floods", "ABOUT the storm"). */
const WARNED_OF: ReadonlySet<string> = new Set(['of', 'about', 'against']);

/**
 * A warning (13) of a natural force, accident or disease threatens no one: "the National Weather Service has issued a
 * flash flood warning" (ISSUE's `- * WARNING` 130), "the NHC also warned of potential flash floods", "issued a hurricane
 * warning" (three such events of the 315 Wikinews articles). What is warned of is the verb's object (a "warning" with
 * its modifiers) or its "of"/"about" phrase.
 */
export function warnsOfNoDoer(s: SentenceWords, clause: VerbClause, code: string): boolean {
  if (!code.startsWith('13')) return false;
  const about = clause.tree.obliques.filter((o) => WARNED_OF.has(o.prep)).map((o) => o.head);
  const warned = [...clause.tree.objects, ...about];
  const modifiers = warned.flatMap((h) => s.children[h]!.filter((c) => c < h && (s.relation[c] === 'compound' || s.relation[c] === 'amod')));
  return [...warned, ...modifiers].some((h) => namesNoDoer(s, h));
}
