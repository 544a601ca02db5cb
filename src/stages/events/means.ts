import type { VerbClause } from './clause.js';
import type { SentenceWords } from './sentence.js';

/**
 * Bombings, as the CAMEO codebook files them: a suicide bombing is 1831, a car bombing 1832, a
 * roadside bombing 1833, any other bomb set off outside a military engagement 183 — unconventional
 * violence (PLOVER's ASSAULT), not conventional military force (190). A phrase names one by its
 * head and the words before it: "a suicide car bombing", "a car bomb explosion", "a bomb attack",
 * "suicide bombers", "a roadside bomb". A bare "bombing" is left to its default (an air raid as
 * often as a bomb set off).
 */
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^suicide$/, '1831'],
  [/^(car|truck|lorry|vehicle)$/, '1832'],
  [/^roadside$/, '1833'],
  [/^(bomb|bombs|ied|ieds|explosive|explosives|nail)$/, '183'],
];
/** Heads that are a bombing only with a kind before them ("suicide attack", "bomb blast"); a bomb is one by itself. */
const QUALIFIED_HEADS = /^(bombing|bombings|bomber|bombers|attack|attacks|blast|blasts|explosion|explosions)$/;
const BOMB = /^(bomb|bombs|ied|ieds)$/;

/** The bombing code of the noun phrase headed by word `i`, or null when it names no bombing. */
export function bombingCode(s: SentenceWords, i: number): string | null {
  return bombingOf(s.lower[i]!, modifiersBefore(s, i));
}

/** The bombing code of a phrase: its head and the modifiers before it. */
function bombingOf(head: string, before: readonly string[]): string | null {
  if (!QUALIFIED_HEADS.test(head) && !BOMB.test(head)) return null;
  for (const [kind, code] of KINDS) if (before.some((w) => kind.test(w))) return code;
  return BOMB.test(head) ? '183' : null;
}

/** Lower-case words of the modifiers before word `i` that hang on it, directly or through another ("suicide car bombing"). */
function modifiersBefore(s: SentenceWords, i: number): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    let h = s.head[k]!;
    while (h >= 0 && h < i && h > k) h = s.head[h]!;
    if (h !== i) break;
    out.push(s.lower[k]!);
  }
  return out;
}

/** Prepositions of the means by which a verb's act was done ("killed IN a car bombing", "wounded WITH a nail bomb"). */
const MEANS_PREPS: ReadonlySet<string> = new Set(['in', 'by', 'with', 'during', 'from']);

/**
 * "Three Iraqi civilians have been killed in a suicide car bombing" (1831), "guerrillas wounded two
 * soldiers in a bomb attack" (183): a verb of force coded by its default (KILL, WOUND 190) takes
 * the code of the bombing it was done by — its subject ("suicide bombers killed"), or a phrase
 * after it that a means preposition opens ("killed BY a roadside bomb"), read word by word since
 * the parser often hangs it on the object ("soldiers in a bomb attack") or makes "bombing" a verb.
 * Only the generic codes of force are refined (the dictionary's "WOUND * (IN ATTACK) [190]" reads
 * "in a bomb attack" as an attack); a more specific code of a pattern stays.
 */
export function meansCode(s: SentenceWords, clause: VerbClause, code: string): string {
  if (code !== '180' && code !== '190') return code;
  for (const h of clause.tree.subjects) {
    const bombing = bombingCode(s, h);
    if (bombing) return bombing;
  }
  for (let k = clause.end; k < clause.after.end; k++) {
    if (!MEANS_PREPS.has(s.lower[k]!)) continue;
    const bombing = phraseBombing(s, k + 1);
    if (bombing) return bombing;
  }
  return code;
}

const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The bombing named by the noun phrase of words from `from` on ("a suicide car bombing"): its last word is its head. */
function phraseBombing(s: SentenceWords, from: number): string | null {
  let end = from;
  while (end < s.words.length && end - from < 6 && (PHRASE_POS.has(s.pos[end]!) || QUALIFIED_HEADS.test(s.lower[end]!))) end++;
  return end > from ? bombingOf(s.lower[end - 1]!, s.lower.slice(from, end - 1)) : null;
}
