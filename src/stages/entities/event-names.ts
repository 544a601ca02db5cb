/**
 * Words that end the name of an event — a war, a battle, an uprising, a games or a festival — and
 * no name of a place, a people or a body: "the Iran–Iraq WAR", "the Syrian Civil WAR", "the Arab
 * SPRING", "the World CUP", "Sacred Defence WEEK". CoNLL and OntoNotes type such names MISC (an
 * event); the entity model, reading the country in them, sometimes says GPE or ORG, and then the
 * war stands as its country in the acts of the sentence ("speaking at a commemoration of the
 * Iran–Iraq War" is no statement to Iraq).
 */
const EVENT_HEADS: ReadonlySet<string> = new Set([
  'War', 'Wars', 'Battle', 'Revolution', 'Uprising', 'Intifada', 'Massacre', 'Genocide', 'Holocaust', 'Spring',
  'Crisis', 'Olympics', 'Paralympics', 'Cup', 'Championship', 'Championships', 'Festival', 'Week',
]);

/** Words before the head that make the name a body's, an office's or a paper's: "Ministry OF War", "Institute for the Study OF War", "Kamloops THIS Week". */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'this']);

/** True when a name's last word is an event head and the word before it is part of the name, not "of" or "for": typed MISC whatever the model said (`mentions.ts` fixedTypes). */
export function eventName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const head = words[words.length - 1]!;
  return EVENT_HEADS.has(head) && !OF_WORDS.has(words[words.length - 2]!.toLowerCase());
}
