import type { Doc } from '../../model/document.js';
import type { Timex, TokenLayer } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { overlaps } from '../../model/span.js';
import { tokenAt, tokenPos } from '../../model/tokens.js';
import { clauseIds } from './clauses.js';

/** A timex that names a day (or a coarser calendar point) rather than a duration or a vague reference. */
const isCalendarPoint = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value);

/**
 * A preposition that relates the event to the time rather than placing it there: "since
 * mid-December" is when a state began, "until Tuesday" / "by August" / "through January"
 * when it ends, "before"/"after Friday" a time it precedes or follows, "from … to …" a range
 * (TimeML BEGUN_BY, ENDED_BY, BEFORE, AFTER). Such a timex never dates the event itself.
 * ("As of Sept. 30" places a state at that time, so it is not among them.)
 */
const RELATIONAL_BEFORE = /\b(?:since|until|till|through|thru|by|from|to|before|after|between|prior to|ahead of|as (?:early|late|recently) as)\s+(?:the\s+)?$/i;
/** The second end of a range whose first end is relational: "between Monday and Wednesday", "from today through Nov. 17". */
const RANGE_LINK = /^\s*(?:and|to|through|until|till|-|–)\s*$/i;

/**
 * The date of a span (an event, a quote): the value of the timex that governs it, else the
 * publication date; null when the document is undated.
 */
export function dateFor(doc: Doc, span: Span, exclude?: Span): string | null {
  const governing = governingTimex(doc, span, exclude);
  if (governing) return governing.value;
  const anchor = doc.get('anchor').value;
  return anchor ? anchor.slice(0, 10) : null;
}

/**
 * The calendar timex that places a span in time, as TimeML links an event IS_INCLUDED in a
 * time: one in the span's own clause (clauses.ts) that attaches to the span — the span is the
 * nearest verb to it, as in "said Monday", "announced, on Monday, …", "On Monday, X said" —
 * and is not introduced by a relational preposition ("since …", "until …"). Timexes in other
 * sentences, in other clauses ("…, which deemed …", "said that … in May"), attached to
 * another verb, inside `exclude` (a date inside a quotation is not when it was said), and
 * durations or vague references never govern. A timex overlapping the span governs it.
 */
export function governingTimex(doc: Doc, span: Span, exclude?: Span): Timex | null {
  const sentence = doc.get('sentences').find((s) => s.start <= span.start && span.start < s.end);
  if (!sentence) return null;
  const inSentence = doc.get('timexes').filter((t) => sentence.start <= t.start && t.end <= sentence.end);
  const overlapping = inSentence.find((t) => overlaps(t, span) && isCalendarPoint(t));
  if (overlapping) return overlapping;

  const tokens = doc.get('tokens');
  const clause = clauseIds(doc, sentence, inSentence);
  const tokenOf = (offset: number) => Math.min(tokenAt(tokens, offset), sentence.tokenEnd - 1) - sentence.tokenStart;
  const target = { first: tokenOf(span.start), last: tokenOf(span.end - 1) };
  const verbHead = firstVerb(tokens, sentence.tokenStart, target);
  const spanIsVerb = verbHead !== null;
  const head = verbHead ?? target.first;
  const relational = relationalTimexes(doc.text, inSentence);
  const verbs: number[] = [];
  for (let i = 0; i < clause.length; i++) if ((i < target.first || i > target.last) && tokenPos(tokens, sentence.tokenStart + i) === 'VERB') verbs.push(i);

  let best: Timex | null = null;
  let bestScore = Infinity;
  for (const t of inSentence) {
    if (!isCalendarPoint(t) || (exclude && overlaps(t, exclude))) continue;
    const timex = { first: tokenOf(t.start), last: tokenOf(t.end - 1) };
    if (modifiesNoun(doc, t, span, target, sentence.tokenStart)) return t;
    // A timex modifying the verb's object dates the object ("reported third-quarter earnings");
    // one in the subject dates the clause ("third-quarter profit jumped").
    if (relational.has(t) || (spanIsVerb && t.start >= span.end && isPrenominal(doc, t))) continue;
    if (clause[timex.first] !== clause[head]) continue;
    const distance = gap(target, timex);
    // A timex attaches to the nearest verb of its clause (on a tie, the one before it: a
    // post-verbal adjunct attaches left). One attached to the span wins over one attached to
    // another verb of the clause ("said on Monday the deal was signed in May").
    const attachedElsewhere = verbs.some((v) => clause[v] === clause[head] && !isWithin(v, timex) && (gap({ first: v, last: v }, timex) < distance
      || (gap({ first: v, last: v }, timex) === distance && v < timex.first && target.first > timex.last)));
    const score = distance + (attachedElsewhere ? clause.length : 0);
    if (score < bestScore) { best = t; bestScore = score; }
  }
  return best;
}

interface TokenRange { readonly first: number; readonly last: number }

/** Tokens between two disjoint ranges, plus one (adjacent ranges are 1 apart). */
const isWithin = (i: number, r: TokenRange) => r.first <= i && i <= r.last;
const gap = (a: TokenRange, b: TokenRange) => (a.last < b.first ? b.first - a.last : a.first - b.last);

function firstVerb(tokens: TokenLayer, offset: number, range: TokenRange): number | null {
  for (let i = range.first; i <= range.last; i++) if (tokenPos(tokens, offset + i) === 'VERB') return i;
  return null;
}

/** What may stand between a timex and the noun it modifies: "Friday's purchases", "the Dec. 21, 1988, bombing". */
const NOUN_MODIFIER = /^,?(?:['’]s)?\s+(?:[A-Za-z][\w-]*\s+){0,2}$/;
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PUNCT']);

/**
 * Whether a timex stands in front of the noun event `span` as its modifier: then it dates that
 * event whatever preposition heads the phrase ("since the January 1998 bombing").
 */
function modifiesNoun(doc: Doc, t: Timex, span: Span, target: TokenRange, offset: number): boolean {
  const tokens = doc.get('tokens');
  if (span.start < t.end || !NOUN_MODIFIER.test(doc.text.slice(t.end, span.start))) return false;
  if (tokenPos(tokens, offset + target.first) !== 'NOUN' && tokenPos(tokens, offset + target.first) !== 'PROPN') return false;
  for (let i = tokenAt(tokens, t.end); i < offset + target.first; i++) if (!MODIFIER_POS.has(tokenPos(tokens, i))) return false;
  return true;
}

/**
 * Whether a timex modifies a noun rather than the clause: a possessive ("yesterday's
 * announcement"), a compound adjective ("reported third-quarter earnings") or a date after
 * a determiner ("the 1996 Olympic bombing", "its Friday issue"). It dates that noun, not a verb.
 */
function isPrenominal(doc: Doc, t: Timex): boolean {
  const text = doc.text;
  if (/^['’]s\b/.test(text.slice(t.end, t.end + 3))) return true;
  const tokens = doc.get('tokens');
  const next = tokenAt(tokens, t.end);
  if (next >= tokens.length || !NOUN_HEAD.has(tokenPos(tokens, next))) return false;
  return /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(text.slice(t.start, t.end)) || DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start));
}

const NOUN_HEAD = new Set(['NOUN', 'ADJ']);
const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|this|that)\s+$/i;

/** Timexes introduced by a relational preposition, and the far ends of ranges they open. */
function relationalTimexes(text: string, timexes: readonly Timex[]): Set<Timex> {
  const out = new Set<Timex>();
  timexes.forEach((t, i) => {
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    const previous = timexes[i - 1];
    if (RELATIONAL_BEFORE.test(before) || (previous && out.has(previous) && RANGE_LINK.test(text.slice(previous.end, t.start)))) out.add(t);
  });
  return out;
}
