import type { Span } from '../../model/span.js';
import type { TokenView } from './view.js';
import { isCalendarName } from '../../language/calendar.js';

/** A token range `[from, to)`. */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
  /**
   * The person the phrase is about when it is an apposition ("Apple's chief executive, *Tim
   * Cook*,", "*Scott Pruitt*, the attorney general of Oklahoma,"): the speaker span is this part.
   */
  readonly head?: TokenRange;
}

const NOMINAL = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const MODIFIER = new Set(['ADJ', 'DET']);
/** Words between a subject and its speech verb: "Biden *has also* said", "Russia *reportedly* denied". */
const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);
/** Speech verbs a name is often mis-tagged before ("Lynch/VERB said"). */
const NAME_FOLLOWERS = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote']);
/** Adverbs the tagger sometimes reads as verbs or adjectives ("it further/VERB wrote"). */
const ADVERBS = new Set(['further', 'also', 'later', 'then', 'again', 'once', 'previously', 'repeatedly', 'reportedly', 'recently', 'publicly', 'privately', 'flatly', 'quickly', 'simply']);
const RELATIVE = new Set(['which', 'who', 'that']);
/** Longest speaker phrase kept, counted back from its head. */
const MAX_SPEAKER_TOKENS = 8;
/** How far back a clause's finite verb, and how far on the comma closing a fronted adverbial, are looked for. */
const CLAUSE_REACH = 40;
/** Longest parenthetical skipped between a subject and its verb (", in a statement the previous week,"). */
const MAX_ASIDE = 24;

function isNpToken(v: TokenView, i: number): boolean {
  const pos = v.pos(i);
  if (NOMINAL.has(pos) || MODIFIER.has(pos)) return !RELATIVE.has(v.word(i)) || pos !== 'PRON';
  // the tagger reads some first names as verbs ("said Don/VERB Fowler"): a capitalised word inside a name still counts
  // and reads a surname before an apposition as one ("Tim/PROPN Cook/VERB, called")
  if (pos === 'VERB' && /^\p{Lu}/u.test(v.text[v.start(i)]) && (v.pos(i + 1) === 'PROPN' || NAME_FOLLOWERS.has(v.word(i + 1)) || (v.pos(i - 1) === 'PROPN' && v.word(i + 1) === ','))) return true;
  const w = v.word(i);
  if (w === '’s' || w === "'s") return true;
  // a hyphen inside a name ("Holtz-Eakin"): no space on either side
  if (w === '-' && i > 0 && i + 1 < v.length && v.end(i - 1) === v.start(i) && v.end(i) === v.start(i + 1)) return true;
  return false;
}

/** Days said from today, in any case: when something was said, never who. */
const DEICTIC_DAYS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);
/** Nouns of time, in lower case ("Day" is also a name); the names of days and months are `isCalendarName`'s. */
const TIME_NOUNS = /^(?:days?|weeks?|weekends?|months?|years?|hours?|mornings?|afternoons?|evenings?|nights?)$/;

/** Token `k` names a time: a day or month ("Friday", "February 1"), today, a noun of time ("seven days"). */
function isTime(v: TokenView, k: number): boolean {
  const form = v.text.slice(v.start(k), v.end(k));
  if (v.pos(k) === 'NUM' && k > 0) return isCalendarName(v.text.slice(v.start(k - 1), v.end(k - 1)));
  return isDeicticDay(v, k) || isCalendarName(form) || TIME_NOUNS.test(form);
}

/** "today", "yesterday" …, not inside a name ("USA Today noted"). */
function isDeicticDay(v: TokenView, k: number): boolean {
  return DEICTIC_DAYS.has(v.word(k)) && !(k > 0 && v.pos(k - 1) === 'PROPN' && /^\p{Lu}/u.test(v.text[v.start(k)]));
}

/**
 * A subject phrase without the time the tagger ran into it ("Friday Ford Motor Company announced", "Thursday the local
 * health secretary reported", "This Wednesday Greek Foreign Minister George Katrougalos emphasized"); null when the
 * phrase is only a time ("This past Friday", "Yesterday"), unless a preposition makes it an adjunct.
 */
function withoutTime(v: TokenView, np: TokenRange | null): TokenRange | null {
  if (!np) return null;
  let last = -1;
  for (let k = np.from; k < np.to; k++) {
    if (isTime(v, k)) last = k;
    else if (last < 0 && !['DET', 'ADJ', 'NUM'].includes(v.pos(k))) return np;
  }
  if (last < 0) return np;
  // a time after a preposition is an adjunct the subject rules step over ("Biden on Monday said")
  if (last === np.to - 1) return v.pos(np.from - 1) === 'ADP' ? np : null;
  return { from: last + 1, to: np.to };
}

/** Walks back over one noun phrase ending at `last`; returns its range or null. */
export function npEndingAt(v: TokenView, last: number, floor: number): TokenRange | null {
  // "For this study I would say …", "Last year we said …": a subject pronoun is a phrase of its own, whatever nouns end the
  // fronted phrase before it
  if (v.pos(last) === 'PRON' && SUBJECT_PRONOUNS.has(v.word(last))) return { from: last, to: last + 1 };
  let i = last;
  while (i >= floor && isNpToken(v, i)) {
    // "Secretary of State John Kerry", "Trump and Pence": join over of/and between names
    if (i - 2 >= floor && ['of', 'and'].includes(v.word(i - 1)) && (v.pos(i) === 'PROPN' || v.word(i) === 'the') && NOMINAL.has(v.pos(i - 2))) {
      i -= 2;
      continue;
    }
    i--;
  }
  const from = Math.max(i + 1, last + 1 - MAX_SPEAKER_TOKENS);
  if (from > last) return null;
  for (let k = from; k <= last; k++) {
    if (NOMINAL.has(v.pos(k)) || v.pos(k) === 'VERB') return { from, to: last + 1 };
  }
  return null;
}

/** Personal pronouns in the subject case. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they']);

/**
 * The subject of a speech verb at `cue`: the noun phrase (or pronoun) before it, over
 * adverbs and auxiliaries and one comma-bounded aside; a relative pronoun
 * ("Russia, which deemed …") stands for the phrase before it.
 */
export function subjectBefore(v: TokenView, cue: number, floor: number): TokenRange | null {
  let i = cue - 1;
  // "the Home Office today rejects", "which also today reported": a day before the verb says when
  while (i >= floor && (SKIPPABLE.has(v.pos(i)) || ADVERBS.has(v.word(i)) || isDeicticDay(v, i)) && v.word(i) !== '’s') i--;
  const asides: TokenRange[] = [];
  // up to two asides: "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
  for (let aside = 0; aside < 3 && i >= floor && (v.word(i) === ',' || v.word(i) === ')'); aside++) {
    // "Sen. Jack Reed (D-R.I.), said": the comma closes the bracket, not an aside of its own
    if (v.word(i) === ',' && v.word(i - 1) === ')') {
      i--;
      continue;
    }
    const opener = v.word(i) === ',' ? ',' : '(';
    let k = i - 1;
    while (k >= floor && k > i - MAX_ASIDE && v.word(k) !== opener) k--;
    if (k - 1 >= floor && v.word(k) === opener && (isNpToken(v, k - 1) || v.word(k - 1) === ')')) {
      const np = opener === ',' ? phraseAfter(v, k + 1, i) : null;
      if (np) asides.push(np);
      i = k - 1;
    } else return null;
  }
  if (i < floor) return null;
  if (v.pos(i) === 'PRON' && RELATIVE.has(v.word(i)) || (v.word(i) === 'that' && v.pos(i) !== 'NOUN')) {
    // the span runs from the antecedent to the pronoun, so it overlaps either convention and maps to the antecedent's entity
    let k = i - 1;
    if (k >= floor && v.word(k) === ',') k--;
    const antecedent = k >= floor ? npEndingAt(v, k, floor) : null;
    return antecedent ? { from: antecedent.from, to: i + 1 } : null;
  }
  const phrase = npEndingAt(v, i, floor);
  const np = withoutTime(v, phrase);
  // "Wells Fargo just this month announced", "A Government Accountability Office report released last year found": the
  // subject is before the time (and the participle it dates)
  if (phrase && !np && phrase.from > floor) {
    const before = phrase.from - 1;
    return subjectBefore(v, v.pos(before) === 'VERB' && v.word(before).endsWith('ed') ? before : phrase.from, floor);
  }
  // "US Special Representative for Iran Brian Hook said", "Ambassador to the UN Nikki Haley said": a title
  // phrase whose complement runs into the name; the whole phrase is the subject (its last name the speaker)
  const title = np ? titleWithComplement(v, np, floor) : null;
  if (title) return title;
  // "a spokesman for the State Department said", "representatives from Iran acknowledged", "a statement by the
  // Russian Foreign Ministry said": one who speaks for a body, or what it put out, and the body, are the subject
  // together (the resolver gives such a phrase to the body)
  const speaksFor = np ? spokesmanBefore(v, np, floor) : null;
  if (speaksFor) return speaksFor;
  // "Johnnie Wilson, of Springfield, Va., said", "Mary Smith, 56, of Dayton, Ohio, said", "Bruce McArthur, from Toronto,
  // Canada, on Tuesday admitted": where a person is from is an aside after the name, not the speaker
  if (np && PLACE_OF_ORIGIN.has(v.word(np.from - 1)) && np.from - 2 > floor && v.word(np.from - 2) === ',') {
    return subjectBefore(v, np.from - 1, floor) ?? subjectBefore(v, np.from - 2, floor) ?? np;
  }
  // "Police in Kabul, Afghanistan said", "the ministry in Munich, Germany confirmed": the country or state after a place
  // the subject's phrase names is that place's, not the subject — where nothing but a time opens the sentence before
  // that phrase: after an opening clause or phrase the name is the subject ("Giving a speech in Toledo, Clinton says",
  // "In a panel discussion this weekend in Washington, Marc H. Morial … told", "In Kabul, Karzai said")
  if (np && np.from - 2 > floor && v.word(np.from - 1) === ',' && allProper(v, np)) {
    let k = np.from - 2;
    while (k > floor && v.pos(k) === 'PROPN') k--;
    if (k < np.from - 2 && v.pos(k) === 'ADP' && PLACE_PREPOSITIONS.has(v.word(k).toLowerCase())) {
      const before = subjectBefore(v, k, floor);
      if (before && opensPlainly(v, floor, before.from)) return before;
    }
  }
  // "Biden on Monday said", "McConnell, who in 2010 said": the phrase is an adjunct, the subject is before it
  if (np && np.from - 1 > floor && v.pos(np.from - 1) === 'ADP' && v.word(np.from - 1) !== 'of') {
    // "Protesters marching through the streets chanted": past the participle too
    const adp = np.from - 1;
    const participle = adp - 1 > floor && v.pos(adp - 1) === 'VERB' && v.word(adp - 1).endsWith('ing');
    return subjectBefore(v, participle ? adp - 1 : adp, floor) ?? np;
  }
  return np ? withApposition(v, np, asides, floor) : null;
}

/** Prepositions of the place a subject is in or from: "police IN Kabul, Afghanistan". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near']);

/** No verb, preposition or conjunction that opens a clause or phrase among tokens [from, to): "Yesterday evening, the ministry …". */
function opensPlainly(v: TokenView, from: number, to: number): boolean {
  // "of" joins a name's parts ("the State Ministry OF Public Health")
  for (let k = from; k < to; k++) if (OPENING_POS.has(v.pos(k)) && v.word(k).toLowerCase() !== 'of') return false;
  return true;
}

const OPENING_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'SCONJ']);

function allProper(v: TokenView, r: TokenRange): boolean {
  for (let k = r.from; k < r.to; k++) if (v.pos(k) !== 'PROPN') return false;
  return true;
}

/** Nouns for those who speak for a body, joined to it by "for" or "from" ("a spokesman for", "officials from"). */
export const SPOKESMAN = /^(?:spokes(?:man|men|woman|women|person|people)|officials?|representatives?|envoys?|delegates?|delegation|diplomats?)$/i;

/** Nouns for what a body puts out, which speaks for it: "a statement BY the Russian Foreign Ministry", "a report FROM the Mexican government". */
const DOCUMENT = /^(?:statements?|reports?|letters?|communiqu[eé]s?|releases?|tweets?|posts?|messages?|memos?|notices?|announcements?|declarations?)$/i;

/**
 * "a spokesman for | the State Department", "a statement by | the Russian Foreign Ministry": the phrase from the
 * speaking noun to the end of the body's name.
 */
function spokesmanBefore(v: TokenView, np: TokenRange, floor: number): TokenRange | null {
  const adp = np.from - 1;
  if (adp - 1 < floor) return null;
  const joins = v.word(adp) === 'for' || v.word(adp) === 'from';
  const speaking = (joins && SPOKESMAN.test(v.word(adp - 1))) || ((joins || v.word(adp) === 'by' || v.word(adp) === 'of') && DOCUMENT.test(v.word(adp - 1)));
  if (!speaking) return null;
  const speaker = npEndingAt(v, adp - 1, floor);
  return speaker ? { from: speaker.from, to: np.to } : null;
}

/** Prepositions that join a title to its country or body ("Envoy for Syria", "Ambassador to the UN"). */
const TITLE_PREPOSITIONS = new Set(['for', 'to']);

/**
 * "Representative for | Iran Brian Hook": a phrase after "for"/"to" that ends in a name of two words or
 * more, after a noun phrase of capitalised words (a title), is that title's complement and the name.
 */
function titleWithComplement(v: TokenView, np: TokenRange, floor: number): TokenRange | null {
  const adp = np.from - 1;
  if (adp - 1 <= floor || !TITLE_PREPOSITIONS.has(v.word(adp)) || v.pos(np.to - 1) !== 'PROPN' || v.pos(np.to - 2) !== 'PROPN') return null;
  const title = npEndingAt(v, adp - 1, floor);
  if (!title || !/^\p{Lu}/u.test(v.text[v.start(adp - 1)])) return null;
  return { from: title.from, to: np.to };
}

/**
 * A subject with appositions around it ("Scott Pruitt, the Republican attorney general of
 * Oklahoma, one of the states suing the EPA, said"; "Donna Sampson Rawlings, 59, of Ashton,
 * Md., … said"; "Apple's chief executive, Tim Cook, called"): the phrase reaches back over
 * the parts before it while the nearest part names nobody itself (or is a place or age
 * after a name), and its head is the first part that names someone.
 */
function withApposition(v: TokenView, np: TokenRange, asides: readonly TokenRange[], floor: number): TokenRange {
  const parts: TokenRange[] = [np];
  let from = np.from;
  let overPlace = false;
  for (let link = 0; link < 4; link++) {
    const comma = from - 1;
    if (comma <= floor || v.word(comma) !== ',') break;
    const ofPlace = ofSegment(v, comma, floor);
    const before = ofPlace ?? npEndingAt(v, comma - 1, floor);
    // reach back from a part that names nobody, from an age, or over ", of <place>,"
    // "Yesterday, England's transport secretary, Grant Shapps, announced": a time before the subject is no part of it
    if (!before || isTime(v, before.to - 1) || !(ofPlace || overPlace || !namesSomeone(v, parts[0]) || v.pos(parts[0].from) === 'NUM')) break;
    const opens = before.from <= floor || /^[.!?\u201d"'\u2014(,:;-]+$/.test(v.word(before.from - 1)) || v.isCloseQuote(before.from - 1);
    if (!opens) break;
    if (!ofPlace) parts.unshift(before);
    overPlace = ofPlace !== null;
    from = before.from;
  }
  const naming = [...parts, ...asides.slice().reverse()].filter((p) => namesSomeone(v, p));
  // "The Senate Minority Leader, Chuck Schumer, said", "a Republican, Mark Amodei, has publicly voiced": a description
  // names someone only until a name says who
  const head = naming.length > 0 && isDescription(v, naming[0]) ? naming.find((p) => isFullName(v, p)) ?? naming[0] : naming[0];
  if (from === np.from && (!head || head === np)) return np;
  return { from, to: np.to, head: head ?? np };
}

/** A phrase that describes rather than names: after a determiner or a possessive ("The Vice President", "his father", "Angela Merkel's spokesperson"). */
function isDescription(v: TokenView, r: TokenRange): boolean {
  if (v.pos(r.from) === 'DET' || /^(?:his|her|their|its|our|my)$/.test(v.word(r.from))) return true;
  for (let k = r.from; k < r.to; k++) if (v.word(k) === '’s' || v.word(k) === "'s") return true;
  return false;
}

/** Two or more names and nothing else: a person's full name ("Chuck Schumer", "Morgan Ortagus"). */
function isFullName(v: TokenView, r: TokenRange): boolean {
  return r.to - r.from >= 2 && allProper(v, r);
}

/** ", of Ashton, Md.": the comma-bounded "of" phrase before a place, ending at `comma`; its range includes the comma before it. */
/** Prepositions of where a person is from, set off after the name: ", of Ashton, Md.,", ", from Toronto, Canada,". */
const PLACE_OF_ORIGIN: ReadonlySet<string> = new Set(['of', 'from']);

function ofSegment(v: TokenView, comma: number, floor: number): TokenRange | null {
  const place = npEndingAt(v, comma - 1, floor);
  if (!place || place.from - 2 <= floor || !PLACE_OF_ORIGIN.has(v.word(place.from - 1)) || v.word(place.from - 2) !== ',') return null;
  return { from: place.from - 1, to: comma };
}

/** A proper name heads the phrase: not an owner ("Apple's") and not after a preposition ("of Tehran", also when the phrase starts after it). */
function namesSomeone(v: TokenView, r: TokenRange): boolean {
  let afterPreposition = v.word(r.from - 1) === 'of';
  for (let k = r.from; k < r.to; k++) {
    const pos = v.pos(k);
    if (pos === 'ADP') afterPreposition = true;
    if (pos !== 'PROPN' || afterPreposition) continue;
    const next = v.word(k + 1);
    if (next === '’s' || next === "'s" || (k + 1 < r.to && v.pos(k + 1) === 'PROPN')) continue;
    return true;
  }
  return false;
}

/**
 * The subject of the clause a non-finite speech verb hangs from ("Trump took to Twitter
 * to *accuse* …", "Blige sings to Clinton before *asking* her"): the subject of the
 * nearest finite verb before it, else the sentence's opening noun phrase.
 */
export function clauseSubject(v: TokenView, from: number, cue: number, to: number = cue): TokenRange | null {
  // (a clause's verb is near: the look back is bounded, so a sentence of thousands of tokens costs no more per cue)
  for (let k = cue - 1; k > Math.max(from, cue - CLAUSE_REACH); k--) {
    if (v.pos(k) !== 'VERB' || v.word(k).endsWith('ing') || v.word(k - 1) === 'to') continue;
    const subject = subjectBefore(v, k, from) ?? invertedSubject(v, k, cue);
    if (subject) return subject;
  }
  return openingSubject(v, from, cue, to);
}

/**
 * "“…,” said Caddell, speaking of …": a verb right after a quotation may have its subject after it, up to a comma;
 * null when it does not.
 */
function invertedSubject(v: TokenView, verb: number, cue: number): TokenRange | null {
  if (!v.isCloseQuote(verb - 1) && !(v.word(verb - 1) === ',' && v.isCloseQuote(verb - 2))) return null;
  const np = phraseAfter(v, verb + 1, cue);
  return np && v.word(np.to) === ',' ? np : null;
}

/**
 * The first noun phrase of a sentence, after a fronted adverbial ("In a statement
 * announcing the pick, *the union* …"); a verb inside that adverbial reaches past it.
 */
export function openingSubject(v: TokenView, from: number, cue: number, to: number = cue): TokenRange | null {
  let k = from;
  if (['ADP', 'SCONJ', 'ADV'].includes(v.pos(k))) {
    const limit = Math.min(to, from + CLAUSE_REACH);
    while (k < limit && v.word(k) !== ',') k++;
    if (k >= limit) return null;
    k++;
  }
  const ceiling = k > cue ? to : cue;
  const np = phraseAfter(v, k, ceiling);
  return np && np.to <= ceiling ? np : null;
}

/** The noun phrase right after `at` ("said *Caddell*", "according to *the Kremlin*"). */
export function phraseAfter(v: TokenView, at: number, ceiling: number): TokenRange | null {
  let i = at;
  while (i < ceiling && isNpToken(v, i)) {
    if (i + 2 < ceiling && ['of', 'and'].includes(v.word(i + 1)) && NOMINAL.has(v.pos(i)) && v.pos(i + 2) === 'PROPN') {
      i += 2;
      continue;
    }
    i++;
  }
  if (i === at) return null;
  return { from: at, to: Math.min(i, at + MAX_SPEAKER_TOKENS * 2) };
}

/**
 * Whom a verb like "told" tells, right after it: the phrase there, up to a determiner after a noun, which opens the
 * next phrase — the subject of what was told when no "that" comes between ("told THE BBC the building had shaken",
 * "told REPORTERS the building shook"). A possessive stays in the phrase ("told the BBC's reporters").
 */
export function addresseeAfter(v: TokenView, at: number, ceiling: number): TokenRange | null {
  const phrase = phraseAfter(v, at, ceiling);
  if (!phrase) return null;
  for (let i = phrase.from + 1; i < phrase.to; i++) {
    if (v.pos(i) === 'DET' && NOMINAL.has(v.pos(i - 1)) && v.word(i - 1) !== "'s") return { from: phrase.from, to: i };
  }
  return phrase;
}

/** The text span of a token range. */
export function spanOf(v: TokenView, r: TokenRange | null): Span | null {
  const part = r?.head ?? r;
  return part ? { start: v.start(part.from), end: v.end(part.to - 1) } : null;
}
