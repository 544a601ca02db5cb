import type { VerbClause } from './clause.js';
import type { SentenceWords } from './sentence.js';

/**
 * Destroying property, as the CAMEO codebook files it (1712, under 171 "seize or damage property"):
 * a verb that wrecks things, coded by its generic code of force (180, 190), whose object is a
 * building, structure or vehicle — "Afghan guerillas blew up three main electric power lines",
 * "settlers set fire to the offices of the Palestinian administrators", "rioters torched homes".
 * The dictionary writes these verb by verb ("BURN * OFFICES", "BLEW_UP * PIPELINE", "DESTROY *
 * HOMES" [1712]); this rule reads the same kind of object for every verb that wrecks. Verbs of
 * attack ("attacked the embassy", "shelled a hospital") stay force against the people in them.
 */
export function propertyCode(s: SentenceWords, clause: VerbClause, code: string): string {
  if (code !== '180' && code !== '190') return code;
  if (!wrecks(s, clause)) return code;
  const heads = [...clause.tree.objects, ...clause.tree.obliques.filter((o) => o.prep === 'to').map((o) => o.head), phraseHeadAfter(s, clause)];
  return heads.some((h) => h >= 0 && PROPERTY.test(s.lower[h]!)) ? '1712' : code;
}

const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The last word of the noun phrase right after the verb ("set fire TO the offices" past "fire to"),
 * read word by word where the parser misreads the verb ("set" tagged a noun of "Hebron set fire"); -1 when none.
 */
function phraseHeadAfter(s: SentenceWords, clause: VerbClause): number {
  let from = clause.end;
  if (FIRE.has(s.lower[from] ?? '') && s.lower[from + 1] === 'to') from += 2;
  let end = from;
  while (end < clause.after.end && PHRASE_POS.has(s.pos[end]!)) end++;
  return end > from ? end - 1 : -1;
}

/** Verbs whose act of force is done to things: "blew up", "torched", "burned down", and "set" with fire ("set fire to", "set ablaze"). */
function wrecks(s: SentenceWords, clause: VerbClause): boolean {
  const lemma = s.lemma[clause.at]!.toLowerCase();
  if (WRECKING_VERBS.has(lemma)) return true;
  if (lemma !== 'set') return false;
  for (let k = clause.end; k < clause.after.end; k++) if (FIRE.has(s.lower[k]!)) return true;
  return false;
}

const WRECKING_VERBS: ReadonlySet<string> = new Set(['blow', 'burn', 'torch', 'destroy', 'demolish', 'raze', 'bulldoze', 'wreck', 'ransack', 'loot', 'dynamite', 'gut', 'vandalise', 'vandalize']);
const FIRE: ReadonlySet<string> = new Set(['fire', 'ablaze', 'alight', 'afire']);

/** Buildings, structures and vehicles (singular or plural): what such a verb destroys when it is no one. */
const PROPERTY =
  /^((home|house|building|office|shop|store|market|church|mosque|temple|synagogue|school|bridge|line|pipeline|tower|pylon|station|plant|factory|warehouse|depot|car|vehicle|truck|lorry|bus|tank|monument|wall|crop|field|farm|hut|tent|camp)s?|headquarters|property|properties|buses)$/;
