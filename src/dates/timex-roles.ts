import type { Doc } from '../model/document.js';
import type { Timex, TokenLayer } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { tokenAt, tokenPos } from '../model/tokens.js';

/**
 * A preposition that relates an event to a time rather than placing it there: "since
 * mid-December" is when a state began, "until Tuesday" / "by August" / "through January"
 * when it ends, "before"/"after Friday" a time it precedes or follows, "from … to …" a range,
 * "the quarter ended Sept. 30" the end of a period (TimeML BEGUN_BY, ENDED_BY, BEFORE, AFTER). "As of Sept. 30" places a state at that time
 * and "for Monday" names when a scheduled event happens, so they are not among them.
 */
const RELATIONAL_BEFORE = /\b(?:ended|ending|starting|beginning|since|until|till|through|thru|by|from|to|before|after|between|prior to|ahead of|as (?:early|late|recently) as)\s+(?:the\s+)?$/i;
/** The far end of a range whose near end is relational: "between Monday and Wednesday", "from today through Nov. 17". */
const RANGE_LINK = /^\s*(?:and|to|through|until|till|-|–)\s*$/i;

/** The timexes of a sentence (in text order) that a relational preposition introduces, with the far ends of the ranges they open. */
export function relationalTimexes(text: string, timexes: readonly Timex[]): Set<Timex> {
  const out = new Set<Timex>();
  timexes.forEach((t, i) => {
    const previous = timexes[i - 1];
    if (RELATIONAL_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))
      || (previous && out.has(previous) && RANGE_LINK.test(text.slice(previous.end, t.start)))) out.add(t);
  });
  return out;
}

const NOUN_OR_ADJECTIVE = new Set(['NOUN', 'ADJ']);
const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|this|that)\s+$/i;
const COMPOUND_ADJECTIVE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/;

/**
 * Whether a timex modifies the noun after it rather than the clause: a possessive
 * ("yesterday's announcement"), a compound adjective ("third-quarter earnings") or a date
 * after a determiner ("the 1996 Olympic bombing", "its Friday issue").
 */
export function isPrenominal(doc: Doc, t: Timex): boolean {
  return isPrenominalIn(doc.text, doc.get('tokens'), t);
}

/** `isPrenominal` over a text and its tokens, for the time stage, which asks before the timex layer exists. */
export function isPrenominalIn(text: string, tokens: TokenLayer, t: Span): boolean {
  if (/^['’]s\b/.test(text.slice(t.end, t.end + 3))) return true;
  const next = tokenAt(tokens, t.end);
  if (next >= tokens.length || !NOUN_OR_ADJECTIVE.has(tokenPos(tokens, next))) return false;
  return COMPOUND_ADJECTIVE.test(text.slice(t.start, t.end)) || DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start));
}

/** What may stand between a timex and the noun it modifies: "Friday's purchases", "the Dec. 21, 1988, bombing". */
const BEFORE_HEAD_NOUN = /^,?(?:['’]s)?\s+(?:[A-Za-z][\w-]*\s+){0,2}$/;
const INSIDE_NOUN_PHRASE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PUNCT']);

/**
 * Whether a timex stands in front of the noun `span` (an event noun) as its modifier, so it
 * dates that event whatever preposition heads the phrase ("since the January 2023 assault").
 */
export function modifiesNoun(doc: Doc, t: Timex, span: Span): boolean {
  const tokens = doc.get('tokens');
  if (span.start < t.end || !BEFORE_HEAD_NOUN.test(doc.text.slice(t.end, span.start))) return false;
  const head = tokenAt(tokens, span.start);
  if (tokenPos(tokens, head) !== 'NOUN' && tokenPos(tokens, head) !== 'PROPN') return false;
  for (let i = tokenAt(tokens, t.end); i < head; i++) if (!INSIDE_NOUN_PHRASE.has(tokenPos(tokens, i))) return false;
  return true;
}
