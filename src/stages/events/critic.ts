import type { ActorSpan } from './actors.js';
import { actorsOf, type RawEvent } from './code.js';
import { CRITICISM } from './criticism.js';
import { dependents, type SentenceWords } from './sentence.js';
import { caseOf } from './tree.js';

/** Nouns of one who criticises: "a critic of Russia", "an outspoken critic of the government". */
const CRITIC = /^critics?$/;
/** Steps up from the noun to the copula's head: "much more OF a critic" hangs the noun on "more". */
const CLIMB = 2;

/**
 * "Bolton was also much more of a critic of Russia than was Trump", "Navalny, a fierce critic of the
 * Kremlin, …": one said to be a critic of an actor — by a copula or an apposition — criticises it
 * (111), as a habit the report states. The one compared with ("than was Trump") is no critic; a
 * negated copula ("was never a critic of") codes nothing.
 */
export function criticsOf(s: SentenceWords, actors: readonly ActorSpan[]): RawEvent[] {
  const out: RawEvent[] = [];
  for (let i = 0; i < s.words.length; i++) {
    if (!CRITIC.test(s.lower[i]!) || s.upos[i] !== 'NOUN') continue;
    const of = s.children[i]!.find((c) => s.relation[c] === 'nmod' && caseOf(s, c) === 'of');
    const criticised = of === undefined ? [] : actorsOf(s, actors, [of]).filter((a) => a.code !== null);
    const holders = criticised.length ? holderOf(s, actors, i).filter((h) => h.code !== null && !criticised.some((c) => c.start === h.start || (c.entity !== null && c.entity === h.entity))) : [];
    if (!holders.length) continue;
    out.push({
      code: CRITICISM,
      mode: 'asserted',
      sources: holders,
      targets: criticised.slice(0, 1),
      trigger: { start: i, end: i + 1 },
      evidence: { start: Math.min(i, ...holders.map((h) => h.start)), end: Math.max(i + 1, ...criticised.map((c) => c.end)) },
      by: 'events/critic',
      clause: null,
    });
  }
  return out;
}

/** The one said to be the critic: the subject of the copula over the noun (climbing through "more of a critic"), or the noun an apposition describes. */
function holderOf(s: SentenceWords, actors: readonly ActorSpan[], noun: number): ActorSpan[] {
  if (s.relation[noun] === 'appos' && s.head[noun]! >= 0) return actorsOf(s, actors, [s.head[noun]!]);
  let p = noun;
  for (let step = 0; step <= CLIMB && p >= 0; step++) {
    const cop = dependents(s, p, 'cop');
    if (cop.length) return dependents(s, p, 'advmod').some((a) => NEGATION.has(s.lower[a]!)) ? [] : actorsOf(s, actors, dependents(s, p, 'nsubj'));
    if (s.relation[p] !== 'obl' && s.relation[p] !== 'nmod') return [];
    p = s.head[p]!;
  }
  return [];
}

const NEGATION: ReadonlySet<string> = new Set(['not', "n't", 'never']);
