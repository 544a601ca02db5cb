import type { ActorSpan } from './actors.js';
import type { VerbClause } from './clause.js';
import type { VerbCoding } from './match.js';
import type { SentenceWords } from './sentence.js';

/**
 * Roots of acts coordinated subjects do to each other when no one else is named: "Jordan and
 * Britain agreed" (03, 05), "met" (04), "cooperated" (06), "fought" (19). Giving, yielding or
 * contributing is not mutual ("Cheadle, Renner, Duke, Ruffalo and Rudd all contributed" is no
 * aid among them).
 */
const RECIPROCAL_ROOTS: ReadonlySet<string> = new Set(['03', '04', '05', '06', '19']);
/** Verbs of disagreement that are mutual by their meaning, whatever their root: "Ambassador Bolton and I disagreed", "the two leaders clashed". */
const SYMMETRIC_VERBS: ReadonlySet<string> = new Set(['disagree', 'argue', 'quarrel', 'clash', 'feud', 'bicker', 'spar', 'dispute']);

/**
 * Things two parties hold between them: a verb of a mutual root whose object is one of these
 * ("Turkey and Libya signed a maritime border AGREEMENT", "Serbia and Kosovo opened economic TIES",
 * "are seeking to deepen a PARTNERSHIP") is an act of each on the other.
 */
const MUTUAL_THINGS = /^(agreement|deal|treaty|accord|pact|compact|memorandum|protocol|contract|alliance|partnership|cooperation|collaboration|relation|relationship|tie|link|talk|negotiation|dialogue|meeting|summit|ceasefire|truce|armistice|peace)s?$/;
/** Verbs whose object is given by each party to the other: "North and South Korea EXCHANGED artillery fire". */
const EXCHANGE_VERBS: ReadonlySet<string> = new Set(['exchange', 'swap', 'trade']);

/**
 * The targets of an act of coordinated subjects that names no other party: each other, when the act
 * is mutual — by its root or verb, and with no object or an object they hold between them — else
 * none. A verb whose object is a thing of one side acts on that thing, not on its co-subject:
 * "Brazil and the United States are seeking to deepen a partnership …, especially by promoting
 * BIOFUELS" is no support of each other, nor is "neither the European Union nor the United States
 * would endorse the RESULT".
 */
export function eachOther(s: SentenceWords, clause: VerbClause, coding: VerbCoding, sources: readonly ActorSpan[]): readonly ActorSpan[] {
  if (sources.length < 2) return [];
  const lemma = s.lemma[clause.at]!;
  if (!RECIPROCAL_ROOTS.has((coding.code ?? '').slice(0, 2)) && !SYMMETRIC_VERBS.has(lemma)) return [];
  const objects = clause.tree.objects;
  if (!objects.length || EXCHANGE_VERBS.has(lemma)) return sources;
  return !JUDGING.test(coding.code ?? '') && objects.some((o) => MUTUAL_THINGS.test(s.lower[o]!)) ? sources : [];
}

/**
 * Praise and endorsement (051) judge the thing held between parties, as others may: "Lawmakers and officials in France
 * welcomed the deal", "the two parties hailed the agreement" praise the deal, not each other.
 */
const JUDGING = /^051/;
