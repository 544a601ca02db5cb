import type { VerbClause } from './clause.js';
import type { VerbCoding } from './match.js';
import { subtree, type SentenceWords } from './sentence.js';
import { condemns, CRITICISM } from './criticism.js';

/**
 * "Call" names and judges as often as it telephones. A participle after a noun gives a name, no
 * act: "the elite group within Scientology called the Sea Org", "Rapa Nui, also called Easter
 * Island". An object followed by a second phrase says what the subject judges it to be, a
 * statement about it (010): "Trump repeatedly called the Democrats' investigation a hoax",
 * "Sanders called Biden a liar", "calling it "null and void"". The dictionary's default for the
 * verb (041, discuss by telephone) stays for one object: "Macron called Putin on Tuesday"; its
 * patterns ("called for", "called on") keep their codes.
 */
export function callReading(s: SentenceWords, clause: VerbClause, coding: VerbCoding): 'name' | 'judgement' | null {
  if (coding.matched.length > 0 || s.lemma[clause.at] !== 'call' || clause.end !== clause.at + 1) return null;
  if (s.lower[clause.at] === 'called' && namesAfter(s, clause.end) && (s.relation[clause.at] === 'acl' || verbAfterName(s, clause.end))) return 'name';
  return secondPhrase(s, clause.end, clause.after.end) ? 'judgement' : null;
}

/**
 * The code of a judgement by "call": criticism (111) where the words said of the object condemn it
 * ("calling it "null and void"", "called the plan a disgrace"), else a statement (010: "called Biden a
 * friend", "called the talks historic").
 */
export function judgementCode(s: SentenceWords, clause: VerbClause): string {
  return condemns(s, clause.end, subtree(s, clause.at).end) ? CRITICISM : '010';
}

/** A name follows: a proper noun or a quotation mark, past an article ("called the Sea Org"); "a mother called the police" calls. */
function namesAfter(s: SentenceWords, i: number): boolean {
  const at = s.pos[i] === 'DET' ? i + 1 : i;
  return s.pos[at] === 'PROPN' || QUOTE.test(s.words[at] ?? '');
}

/** The clause's own verb right after the name, where the parser made "called" that verb ("a defector … called the Sea Org WAS first persuaded"). */
function verbAfterName(s: SentenceWords, i: number): boolean {
  let at = s.pos[i] === 'DET' ? i + 1 : i;
  while (s.pos[at] === 'PROPN') at++;
  return s.pos[at] === 'AUX' || s.pos[at] === 'VERB';
}

const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const QUOTE = /^["“”'‘’]$/;

/**
 * Word by word, as the parser reads these often otherwise (the predicate as a compound or a modifier of
 * the object; a title before a name as a second object, "called Russian President Vladimir Putin"): an object phrase (a pronoun, or words ending in a noun) followed by the start of
 * another — an article, an adjective after the noun, or a quotation mark.
 */
function secondPhrase(s: SentenceWords, from: number, to: number): boolean {
  let i = from;
  let head = false;
  if (s.pos[i] === 'PRON' && s.relation[i] !== 'nmod:poss') {
    i++;
    head = true;
  }
  for (; i < to; i++) {
    const pos = s.pos[i]!;
    if (QUOTE.test(s.words[i]!)) return head;
    if (s.lower[i] === "'s" || s.lower[i] === "'" || (pos === 'PRON' && s.relation[i] === 'nmod:poss')) continue;
    if (!PHRASE_POS.has(pos)) return false;
    if (head && (pos === 'DET' || pos === 'ADJ')) return true;
    if (pos === 'NOUN' || pos === 'PROPN') head = true;
  }
  return head && QUOTE.test(s.words[to] ?? '');
}
