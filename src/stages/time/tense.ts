import type { TokenLayer } from '../../model/layers.js';
import { tokenPos } from '../../model/tokens.js';
import { isPredicate, SEGMENT_BREAK } from '../../dates/clauses.js';
import { IRREGULAR_PAST } from './verb-forms.js';

/**
 * What the form of a verb group says of its time: a present form ("meet Monday") is told apart from a
 * future one, and "was to" (ahead of a past point: "his term was to end in August", "the Senate was to
 * meet Monday") from both, and a plan or an expectation told in the past ("were planning to drive",
 * "was expected to pass") from a future form.
 */
export type Tense = 'past' | 'present' | 'future' | 'future-in-past' | 'intended-in-past';

/** How many tokens away from a timex the verb it attaches to may stand. */
const REACH = 25;

/** Modals that put what follows ahead: "will meet", "would be traveling", "might vote". */
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo', 'would', 'might', 'may', 'should', 'must', 'can', 'ca']);
/** The present forms of "be" and "do". */
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'do', 'does']);
const PAST_AUX = new Set(['was', 'were', 'did']);
const HAVE = new Set(['has', 'have', "'ve", 'had']);
/** Words of a verb group that look ahead from its time: "set to", "expected to", "planning to", "scheduled for", "due to". */
const INTENT = new Set([
  'going', 'set', 'scheduled', 'slated', 'due', 'expected', 'expects', 'expect', 'plan', 'plans', 'planned', 'planning',
  'intend', 'intends', 'intended', 'hope', 'hopes', 'hoped', 'preparing', 'prepared', 'poised',
  'forecast', 'forecasts', 'forecasted', 'predicted', 'projected', 'anticipated', 'anticipates', 'anticipate',
]);
/** Past forms that are also present forms ("read", "set", "cut"), and "say": they say nothing of the time. */
const AMBIGUOUS = new Set(['read', 'set', 'cut', 'put', 'hit', 'let', 'quit', 'cost', 'spread', 'shut', 'bid', 'hurt', 'beat', 'bet', 'cast', 'split', 'say', 'says']);
/** Words that can stand inside a verb group: "will also meet", "had not been", "is now expected to". */
const GROUP_POS = new Set(['AUX', 'PART', 'ADV']);
/** Tags before which a word tagged VERB is a noun or an adjective: "by live television", "seven counts", "a planned launch". */
const NOT_BEFORE_VERB = new Set(['ADP', 'SCONJ', 'DET', 'NUM']);
const QUOTE_MARK = /^[“”"‘’'`]+$/;
/** Words the tagger may call prepositions that only ever open a clause. */
const CONJUNCTION_ONLY = /^(?:although|though|whereas|while|because|unless)$/i;

/**
 * The tense of the verb group a timex (tokens `first`..`last`) attaches to: the nearest predicate
 * verb before it in its clause, else after it (`clause` holds clause ids for the sentence's tokens,
 * from `sentenceStart`), with the auxiliaries and catenative verbs in front of it. "will meet
 * Monday", "would be traveling Thursday", "were planning to drive … on Monday" are future; "is
 * meeting on Monday", "meet separately Monday" present; "met Monday", "had been due to expire
 * Friday", "has been on patrol since March" past. Null when the clause has no verb near the timex
 * or its form says nothing ("read", "could", "decided to admit", an "-ing" form alone).
 */
export function verbGroupTense(
  text: string, tokens: TokenLayer, clause: Int32Array, sentenceStart: number, first: number, last: number,
): Tense | null {
  const heads = attachedVerbs(text, tokens, clause, sentenceStart, first, last);
  if (heads.length === 0) return null;
  // "I was in Bulgaria for five months, starting in October": a participle after a comma takes the
  // time of the verb of the clause before the comma
  if (heads[0] < first && isParticipleAfterComma(text, tokens, heads[0])) {
    const comma = heads[0] - 1;
    const main = attachedVerbs(text, tokens, clause, sentenceStart, comma, comma).filter((h) => h < comma);
    const mainTense = main.length > 0 ? groupTense(text, tokens, clause, sentenceStart, first, last, main[0]) : null;
    // a present main verb says little of a list or a span ("holds 5% of the shares, including 254,200 bought … to Thursday")
    if (mainTense === 'past' || mainTense === 'future') return mainTense;
  }
  const tense = groupTense(text, tokens, clause, sentenceStart, first, last, heads[0]);
  // A present form is often a noun mis-tagged ("the 5 p.m. update on Monday had …", "their Rugby
  // Union match … on Saturday" after "won"): another verb of the clause in the past outweighs it.
  if (tense === 'present' && heads.slice(1).some((h) => groupTense(text, tokens, clause, sentenceStart, first, last, h) === 'past')) return null;
  return tense;
}

/** Whether token `i` is an "-ing" form right after a comma ("…, starting in October"). */
function isParticipleAfterComma(text: string, tokens: TokenLayer, i: number): boolean {
  return i > 0 && text.slice(tokens.start[i], tokens.end[i]).endsWith('ing') && text.slice(tokens.start[i - 1], tokens.end[i - 1]) === ',';
}

/** The tense of the verb group whose head is `head`. */
function groupTense(
  text: string, tokens: TokenLayer, clause: Int32Array, sentenceStart: number, first: number, last: number, head: number,
): Tense | null {
  // a typographic apostrophe ("he’ll", "won’t", "she’s") reads as the plain one the word lists hold
  const word = (i: number) => text.slice(tokens.start[i], tokens.end[i]).toLowerCase().replace('’', "'");
  const sameClause = (i: number) => clause[i - sentenceStart] === clause[head - sentenceStart];
  // the group: back from the head over auxiliaries, negations, adverbs and, before "to", verbs
  let start = head;
  while (start - 1 >= sentenceStart && sameClause(start - 1) && (start - 1 < first || start - 1 > last)) {
    const p = tokenPos(tokens, start - 1);
    const w = word(start - 1);
    // a verb or "due" joins only before "to": "planned to drive", "had been due to expire"
    // a possessive "'s" (tagged as a particle) ends a noun phrase: "the mayor’s widely mocked speech"
    const joins = HAVE.has(w) || ((p === 'VERB' || w === 'due') ? word(start) === 'to' : GROUP_POS.has(p) && !(p === 'PART' && w === "'s"));
    if (!joins) break;
    start--;
  }
  if (word(start) === 'to' && toldInPast(text, tokens, sentenceStart, start)) return 'intended-in-past';
  const words: string[] = [];
  for (let i = start; i <= head; i++) if (tokenPos(tokens, i) !== 'ADV') words.push(word(i));
  const objectNext = head + 1 < tokens.length && (tokenPos(tokens, head + 1) === 'DET' || word(head + 1) === 'to');
  return tenseOf(words, objectNext, head > last);
}

/**
 * The predicate verbs (or copulas) of the timex's clause within reach, nearest first: those before
 * it, then those after it.
 */
function attachedVerbs(text: string, tokens: TokenLayer, clause: Int32Array, sentenceStart: number, first: number, last: number): number[] {
  const own = clause[first - sentenceStart];
  const end = sentenceStart + clause.length;
  const word = (i: number) => text.slice(tokens.start[i], tokens.end[i]);
  const isPastForm = (w: string) => IRREGULAR_PAST.has(w.toLowerCase()) || w.endsWith('ed');
  // a word joined to a hyphen is part of a compound ("a cease-and-desist letter", "a get-out-the-vote drive"):
  // its verb is no predicate, its "and" no clause break
  const inCompound = (i: number) => (i > 0 && tokens.end[i - 1] === tokens.start[i] && word(i - 1) === '-')
    || (i + 1 < tokens.length && tokens.start[i + 1] === tokens.end[i] && word(i + 1) === '-');
  const isHead = (i: number) => {
    if (clause[i - sentenceStart] !== own) return false;
    const p = tokenPos(tokens, i);
    if (p === 'VERB') {
      if (!isPredicate(tokens, i) || inCompound(i)) return false;
      // Words tagged as verbs that are not: a name ("Ford Motor Company"), a noun after a preposition,
      // a number or a participle ("by live television", "seven counts", "a planned launch") and a
      // noun before the verb ("an apartment block caught fire").
      if (i > sentenceStart && /^[A-Z]/.test(word(i)) && !QUOTE_MARK.test(word(i - 1))) return false;
      if (i + 1 < end && tokenPos(tokens, i + 1) === 'VERB' && !isPastForm(word(i)) && !word(i).endsWith('ing')) return false;
      if (i === sentenceStart) return true;
      if (afterPossessive(text, tokens, sentenceStart, i)) return false;
      const before = tokenPos(tokens, i - 1);
      return !NOT_BEFORE_VERB.has(before) && !(before === 'VERB' && word(i - 1).endsWith('ed'));
    }
    // a copula with no verb after it: "is due Monday", "was in Paris on Monday"
    if (p !== 'AUX') return false;
    let k = i + 1;
    while (k < end && (tokenPos(tokens, k) === 'ADV' || tokenPos(tokens, k) === 'PART')) k++;
    return k >= end || (tokenPos(tokens, k) !== 'VERB' && tokenPos(tokens, k) !== 'AUX');
  };
  // The search stops at a quotation mark (the words on its other side are someone else's) and at
  // "and" or "but" ("pushed out of the talks in February but we are back"); after the timex, also
  // at a comma ("worth $130 million in October, are worth half that now"). In a phrase that a
  // preposition opens, verbs are adjectives or nouns mis-tagged ("In a televised address Friday,").
  const stops = (i: number) => (tokenPos(tokens, i) === 'CCONJ' && !inCompound(i)) || QUOTE_MARK.test(word(i));
  const heads: number[] = [];
  if (!inPrepositionalPhrase(text, tokens, sentenceStart, first)) {
    for (let i = first - 1; i >= Math.max(sentenceStart, first - REACH) && !stops(i); i--) if (isHead(i)) heads.push(i);
  }
  for (let i = last + 1; i < Math.min(end, last + 1 + REACH) && !stops(i) && word(i) !== ','; i++) if (isHead(i)) heads.push(i);
  return heads;
}

/** Past forms of verbs that tell someone to do something later: "urged them to vote Tuesday". */
const DIRECTIVE_PAST = new Set(['urged', 'asked', 'told', 'encouraged', 'invited', 'pressed', 'reminded', 'persuaded', 'implored', 'ordered', 'instructed', 'advised']);
/** What may stand between such a verb and "to": its object ("them", "the voters", "supporters in Ohio"). */
const OBJECT_POS = new Set(['PRON', 'NOUN', 'PROPN', 'DET', 'ADJ', 'NUM']);

/**
 * Whether the infinitive opening at `to` follows an object of a verb that told someone, in the past, to
 * do it ("she urged them to vote Tuesday" in Monday's paper): done after the telling, maybe not yet by
 * the writing, so a weekday is the nearest one, as with a plan told in the past.
 */
function toldInPast(text: string, tokens: TokenLayer, sentenceStart: number, to: number): boolean {
  for (let k = to - 1; k >= Math.max(sentenceStart, to - 4); k--) {
    if (tokenPos(tokens, k) === 'VERB') return k < to - 1 && DIRECTIVE_PAST.has(text.slice(tokens.start[k], tokens.end[k]).toLowerCase());
    if (!OBJECT_POS.has(tokenPos(tokens, k))) return false;
  }
  return false;
}

/** Possessive determiners; "her" is also an object ("let her finish Tuesday"), so it counts only with a word between. */
const POSSESSIVE = new Set(['his', 'its', 'their', 'our', 'my', 'your', 'her']);
/** What may stand between a possessive and its noun: "her narrow third-place finish". */
const NOUN_PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT']);

/**
 * Whether a word tagged as a verb ends a noun phrase a possessive opens ("Her narrow third-place
 * finish in Iowa on Monday night"): a noun, whose time is not the clause's.
 */
function afterPossessive(text: string, tokens: TokenLayer, sentenceStart: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(sentenceStart, i - 5); k--) {
    const w = text.slice(tokens.start[k], tokens.end[k]).toLowerCase();
    if (POSSESSIVE.has(w)) return w !== 'her' || k < i - 1;
    if (!NOUN_PHRASE_POS.has(tokenPos(tokens, k)) || (tokenPos(tokens, k) === 'PUNCT' && w !== '-')) return false;
  }
  return false;
}

/**
 * Whether the comma segment a token is in opens with a preposition: "In a televised address Friday, …"
 * (looking back no further than the verb search does, so a sentence without commas stays linear).
 */
function inPrepositionalPhrase(text: string, tokens: TokenLayer, sentenceStart: number, i: number): boolean {
  let k = i;
  const from = Math.max(sentenceStart, i - REACH);
  while (k > from && !SEGMENT_BREAK.has(text.slice(tokens.start[k - 1], tokens.end[k - 1]))) k--;
  if (k === from && k > sentenceStart) return false;
  while (k < i && QUOTE_MARK.test(text.slice(tokens.start[k], tokens.end[k]))) k++;
  // "Although the agreement reached in Paris on Saturday still leaves …": a conjunction tagged as a
  // preposition opens a clause, whose verbs count
  return tokenPos(tokens, k) === 'ADP' && !CONJUNCTION_ONLY.test(text.slice(tokens.start[k], tokens.end[k]));
}

/**
 * The tense a verb group's form gives (its words in order, adverbs left out); `objectNext`: an
 * object or "to" follows the head ("planned a demonstration", not "the games scheduled for Wednesday");
 * `afterTimex`: the head follows the timex ("on Monday predicted a sweep").
 */
function tenseOf(words: readonly string[], objectNext: boolean, afterTimex = false): Tense | null {
  const finite = words[0];
  const second = words[1];
  const intent = words.some((w) => INTENT.has(w));
  // "decided to admit … in March": the timex may belong to either verb
  const catenative = !intent && words.includes('to');
  if (finite === 'could') return null; // "could be approved Monday", "could not be reached Monday"
  // "will have won" is over by then; "will have to win some states in March" is still ahead
  const perfect = (second === 'have' || second === "'ve") && words[2] !== 'to';
  if (FUTURE_AUX.has(finite)) return perfect ? 'past' : finite === 'would' ? 'intended-in-past' : 'future';
  if (finite === "'d") return second === 'been' || (second ?? '').endsWith('ed') ? 'past' : 'future';
  if (HAVE.has(finite)) return second === 'to' || (intent && finite !== 'had') ? 'future' : catenative ? null : 'past';
  if (PRESENT_AUX.has(finite)) return intent || second === 'to' ? 'future' : 'present';
  if (PAST_AUX.has(finite)) return intent ? 'intended-in-past' : second === 'to' && finite !== 'did' ? 'future-in-past' : catenative ? null : 'past';
  if (finite === 'to' || AMBIGUOUS.has(finite) || finite.endsWith('ing')) return null;
  if (finite === 'been' || IRREGULAR_PAST.has(finite) || finite.endsWith('ed')) {
    if (!intent) return catenative ? null : 'past';
    // "the party on Monday predicted a sweep", "the union Monday planned a rally": the timex before a bare
    // past form dates the predicting or the planning
    if (afterTimex && words.length === 1 && objectNext) return 'past';
    return words.length > 1 || objectNext ? 'future' : null; // "planned to drive", "planned a rally"; "the games scheduled for Wednesday"
  }
  if (catenative) return null;
  return intent ? 'future' : 'present'; // "plans to vote Tuesday"; "meet separately Monday"
}
