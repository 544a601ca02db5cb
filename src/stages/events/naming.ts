import type { VerbClause } from './clause.js';
import type { VerbCoding } from './match.js';
import { dependents, subtree, type SentenceWords } from './sentence.js';
import { condemns, CRITICISM } from './criticism.js';
import { actorAt } from './actor-lookup.js';
import type { ActorSpan } from './actors.js';
import { pronounObjectAntecedents } from './code.js';

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
 * The code of a judgement by "call": criticism (111) where the words said of the object condemn it and
 * the object is a party ("called Trump a clown, a racist, and the worst president"), an act its
 * modifier names the doer of ("called the US strike a violation of Iraq's sovereignty") or a thing its
 * named parties made ("calling it "null and void"" of "the Turkish-Libyan maritime border agreement"),
 * else a statement (010: "called Turkey a friend"; "called the death "the senseless killing of a
 * courageous journalist"", "called Stone's 40 month sentence "unjust"", where the one named suffered it).
 */
export function judgementCode(s: SentenceWords, clause: VerbClause, actors: readonly ActorSpan[]): string {
  const antecedents = pronounObjectAntecedents(s, clause);
  // the parser reads the object as a complement as often ("called the US STRIKE/xcomp a violation")
  const judged = antecedents.length ? antecedents : clause.tree.objects.length ? clause.tree.objects : dependents(s, clause.at, 'xcomp');
  const party = judged.some((h) => [h, ...dependents(s, h, 'amod', 'compound')].some((w) => actorAt(actors, w)) || AUTHORED.test(s.lemma[h]!));
  return party && condemns(s, clause.end, subtree(s, clause.at).end) ? CRITICISM : '010';
}

/** Things their named parties make or propose: condemning one criticises them ("the Turkish-Libyan agreement", "Iran's plan"). */
const AUTHORED = /^(agreement|deal|accord|treaty|pact|memorandum|plan|proposal|decision|policy|move|law|bill|resolution|decree|statement|remark|comment|claim|demand|offer|initiative|announcement)s?$/;

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
