import { childrenOf, dependentOf, headOf, lemmaOf, relationOf, subjectOf, subtreeOf, uposOf } from '../../syntax/accessors.js';
import type { SyntaxLayer } from '../../syntax/layer.js';
import { SPOKESMAN, type TokenRange } from './speaker.js';
import type { Cue, CueFrame } from './cues.js';

/** Frames whose verbs report or hold a clause (tags and naming verbs take none). */
const REPORTS = new Set<CueFrame>(['clause', 'belief', 'object', 'intention']);
/**
 * Cue verbs whose bare clause is seldom anyone's words: perception ("The finals saw US team Cloud9 …
 * face off") and aspect ("they continued to cool the structure after the fire was gone").
 */
const NOT_REPORTING = new Set(['see', 'continue']);
const EMBEDDED_QUESTION = new Set(['if', 'whether', 'what', 'who', 'whom', 'how', 'which', 'why', 'when', 'where']);

/** Pronouns that head a relative clause: their speaker is the noun they refer back to, which the rules find. */
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);

/** What the parse reads of a speech verb: its subject and the clause it reports. */
export interface ParsedReport {
  readonly subject: TokenRange;
  readonly content: TokenRange;
}

/**
 * A speech or belief verb with a finite clausal complement and a subject before it, read from the
 * syntax layer where the word rules give up: a bare clause after a verb of belief or agreement
 * ("Mr. Obama believes his efforts … will be …", "analysts agreed it was …", "Many experts suspect
 * those losses were …") and subjects the rules cannot see past ("The experts I interviewed said …").
 * The complement must have its own subject (a finite clause, not "plans to …"); the speaker is the
 * subject phrase up to its head word (a relative clause after the head is left out).
 */
export function parsedReport(syntax: SyntaxLayer | null, cue: Cue, verb: number, from: number, to: number, word: (i: number) => string): ParsedReport | null {
  if (!syntax || uposOf(syntax, verb) !== 'VERB' || !REPORTS.has(cue.frame) || NOT_REPORTING.has(cue.lemma)) return null;
  // a question asks, it reports nothing ("Do you think Minetest can benefit …?")
  if (word(to - 1) === '?' || word(to - 2) === '?') return null;
  const subject = dependentOf(syntax, verb, 'nsubj');
  if (subject < from || subject >= verb || RELATIVE.has(word(subject))) return null;
  const complement = finiteComplement(syntax, verb, to);
  // not a relative clause the parse took for a complement ("a line that would make …")
  if (!complement || RELATIVE.has(word(complement.subject))) return null;
  const clause = complement.clause;
  const content = subtreeOf(syntax, clause);
  // an embedded question is not what anyone holds ("I don't know if work will be possible")
  if (EMBEDDED_QUESTION.has(word(content.tokenStart))) return null;
  if (content.tokenStart <= verb || content.tokenEnd > to) return null;
  if (!NOMINAL.has(uposOf(syntax, subject))) return null;
  const phrase = subtreeOf(syntax, subject);
  if (phrase.tokenStart < from || insideBrackets(word, phrase.tokenStart, subject)) return null;
  const subjectEnd = speaksForEnd(syntax, subject, verb, word) ?? nameEnd(syntax, subject);
  return { subject: { from: phrase.tokenStart, to: subjectEnd }, content: { from: content.tokenStart, to: content.tokenEnd } };
}

/**
 * "She spoke about her husband Siarhei, who was arrested in May, and promised to conduct new
 * elections": a speech verb the tree makes a conjunct of an earlier verb shares that verb's
 * subject — not the nearest subject before it, here the relative clause's "who". The subject
 * phrase (to its head's name) from the syntax layer, or null when the tree gives none before `from`.
 */
export function conjunctSubject(syntax: SyntaxLayer | null, verb: number, from: number, word: (i: number) => string): TokenRange | null {
  if (!syntax || relationOf(syntax, verb) !== 'conj') return null;
  const first = syntax.head[verb];
  if (first < from || first >= verb) return null;
  const subject = dependentOf(syntax, first, 'nsubj');
  if (subject < from || subject >= first || RELATIVE.has(word(subject)) || !NOMINAL.has(uposOf(syntax, subject))) return null;
  return { from: subtreeOf(syntax, subject).tokenStart, to: nameEnd(syntax, subject) };
}

/**
 * "Citing security concerns, the government banned the rally", "Bemoaning the “phony system,” Trump accused …": a
 * participle opening its sentence speaks through the subject of the main clause it modifies (the parse's head of its `advcl`),
 * never its own object. The subject phrase (to its head's name) and where the participle's phrase ends, or null when the
 * parse gives no such clause after it.
 */
export function openingParticipleSubject(syntax: SyntaxLayer | null, verb: number, to: number, word: (i: number) => string): { subject: TokenRange; phraseEnd: number } | null {
  if (!syntax || relationOf(syntax, verb) !== 'advcl') return null;
  const main = headOf(syntax, verb);
  // the comma that closes the phrase, whether the parse hangs it on the participle or not
  const tree = subtreeOf(syntax, verb).tokenEnd;
  const phraseEnd = word(tree - 1) === ',' ? tree - 1 : tree;
  // (the clause must be the sentence's own: a misparse hangs the participle on a verb inside a clause that follows)
  if (main < phraseEnd || main >= to || relationOf(syntax, main) !== 'root') return null;
  const subject = dependentOf(syntax, main, 'nsubj');
  if (subject < phraseEnd || subject >= main || RELATIVE.has(word(subject)) || !NOMINAL.has(uposOf(syntax, subject))) return null;
  // a comma closes the phrase, and the subject follows it with no verb between ("Citing …, officials estimated she may have
  // starved" is the officials', whatever the parse says)
  const from = subtreeOf(syntax, subject).tokenStart;
  if (word(phraseEnd) !== ',' || from <= phraseEnd) return null;
  for (let k = phraseEnd + 1; k < from; k++) if (uposOf(syntax, k) === 'VERB' || uposOf(syntax, k) === 'AUX' || word(k) === ',') return null;
  return { subject: { from, to: nameEnd(syntax, subject) }, phraseEnd };
}

/**
 * "Representatives from Iran acknowledged", "a spokesman for the ministry said": one who speaks for a body and
 * the body are the subject together (the resolver gives such a phrase to the body) — the end of the body's
 * phrase, when the subject's head is such a noun with a "for" or "from" phrase before the verb.
 */
function speaksForEnd(syntax: SyntaxLayer, head: number, verb: number, word: (i: number) => string): number | null {
  if (!SPOKESMAN.test(word(head))) return null;
  const body = dependentOf(syntax, head, 'nmod');
  if (body <= head || body >= verb) return null;
  const mark = dependentOf(syntax, body, 'case');
  if (mark < 0 || (word(mark) !== 'for' && word(mark) !== 'from')) return null;
  const end = subtreeOf(syntax, body).tokenEnd;
  return end <= verb ? end : null;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const ASIDE_MARKS = new Set([',', '(', ')', '\u2014', '\u2013', '--', '-', ':', ';']);
/** Relations that continue a name after its head word ("Connie *Mariano*"). */
const NAME_PARTS = new Set(['flat', 'compound', 'flat:name']);

/** The end of the head's own words: the head and the name parts right after it, not a relative clause or an apposition. */
function nameEnd(syntax: SyntaxLayer, head: number): number {
  let end = head + 1;
  // (a name part may hang on the one before it: "Vermont ← Bernie ← Sanders")
  while (end < syntax.length && syntax.head[end] >= head && syntax.head[end] < end && NAME_PARTS.has(relationOf(syntax, end))) end++;
  return end;
}

/** A head word inside an unclosed bracket of its phrase ("Jeff Merkley (D-Ore.) … (D-N.J.)") is a misparse. */
function insideBrackets(word: (i: number) => string, from: number, head: number): boolean {
  let depth = 0;
  for (let k = from; k < head; k++) {
    if (word(k) === '(') depth++;
    else if (word(k) === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0 || word(head) === ')';
}

/**
 * The parse gives the verb a finite clause after it with a subject of its own ("The network said it would
 * send Ms. Martin to Crimea"): the verb reports that clause, not a quotation before it.
 */
export function reportsClause(syntax: SyntaxLayer | null, verb: number, to: number): boolean {
  return syntax !== null && finiteComplement(syntax, verb, to) !== null;
}

/** The verb's clausal complement after it (before `to`), when that clause has a subject of its own: a finite clause. */
function finiteComplement(syntax: SyntaxLayer, verb: number, to: number): { clause: number; subject: number } | null {
  const clause = dependentOf(syntax, verb, 'ccomp');
  if (clause <= verb || clause >= to) return null;
  const subject = dependentOf(syntax, clause, 'nsubj', 'nsubj:pass', 'expl');
  return subject < 0 ? null : { clause, subject };
}

/**
 * The parse's subject of a speech verb, where the word rules took another phrase for it: the rules walk back from the verb
 * and stop at the nearest noun phrase, which may be an adjunct or an object ("upon learning his DNA was on Spanton's
 * underwear he claimed", "in what the police declared a “terrorist-related” attack"). Null when the parse agrees, gives no
 * subject before the verb, or a relative pronoun.
 */
export function parsedSubjectOver(syntax: SyntaxLayer | null, verb: number, participle: boolean, rule: TokenRange, word: (i: number) => string): TokenRange | null {
  if (!syntax) return null;
  // a participle or an infinitive takes its clause's subject, which the parse often misplaces ("posted a message on Twitter
  // blaming"), unless the parse gives it one of its own ("the media was falsely claiming")
  const subject = participle ? dependentOf(syntax, verb, 'nsubj') : subjectOf(syntax, verb);
  if (subject < rule.to || subject >= verb) return null;
  if (relationOf(syntax, subject) !== 'nsubj') return null;
  // an aside between the rules' subject and the verb is where the parse goes wrong ("the Taliban, once the governing force, seeks")
  for (let k = rule.to; k < verb; k++) if (ASIDE_MARKS.has(word(k))) return null;
  if (RELATIVE.has(word(subject)) || !NOMINAL.has(uposOf(syntax, subject))) return null;
  const phrase = subtreeOf(syntax, subject);
  if (phrase.tokenStart < rule.from || insideBrackets(word, phrase.tokenStart, subject)) return null;
  // a phrase after a preposition is no subject, whatever the parse says ("a message on Twitter blaming Iran")
  if (uposOf(syntax, phrase.tokenStart - 1) === 'ADP') return null;
  return { from: phrase.tokenStart, to: speaksForEnd(syntax, subject, verb, word) ?? nameEnd(syntax, subject) };
}

/** Relations that join another clause to a verb. */
const CLAUSE_JOINS = new Set(['conj', 'parataxis']);
/** Verbs by which a record tells what it holds: "opinion polls showed national support for …", "research … found …". */
const EVIDENCE_VERBS = new Set(['show', 'find', 'reveal']);
/** Records that tell what they hold (lemmas): polls, studies, data, footage … (people who find things are no records). */
const RECORDS = new Set([
  'poll', 'survey', 'study', 'data', 'report', 'analysis', 'research', 'video', 'footage', 'document', 'transcript',
  'figure', 'statistic', 'number', 'record', 'review', 'investigation', 'audit', 'average', 'slide', 'chart', 'map',
  'result', 'census', 'paper', 'image', 'photo', 'photograph', 'recording', 'tally', 'count', 'estimate', 'model',
]);

/**
 * A record that shows, finds or reveals a thing, not only a clause ("Various opinion polls showed national support for de
 * Blasio at …", "Footage from the City University Student Union showed a group of protesters throwing things"): the
 * object and what follows it in the verb's
 * phrase is what the record says, and the record (with whoever made it) is the speaker. Read from the parse: the verb's
 * subject must be a record before it, and it must have an object.
 */
export function parsedEvidence(syntax: SyntaxLayer | null, verb: number, from: number, to: number, word: (i: number) => string): ParsedReport | null {
  if (!syntax || uposOf(syntax, verb) !== 'VERB' || !EVIDENCE_VERBS.has(lemmaOf(syntax, verb))) return null;
  const subject = dependentOf(syntax, verb, 'nsubj');
  if (subject < from || subject >= verb || !RECORDS.has(lemmaOf(syntax, subject).toLowerCase())) return null;
  const object = dependentOf(syntax, verb, 'obj');
  if (object <= verb || object >= to) return null;
  const phrase = subtreeOf(syntax, subject);
  if (phrase.tokenStart < from || phrase.tokenEnd > verb) return null;
  // (an opening adverbial the parse hung on the subject is no part of it: "Last year, research by …")
  let subjectStart = phrase.tokenStart;
  for (let k = phrase.tokenStart; k < subject; k++) if (word(k) === ',') subjectStart = k + 1;
  // the verb's phrase after it, short of a clause with its own subject joined to it ("…, but the mayor said the count was wrong")
  let end = Math.min(to, subtreeOf(syntax, verb).tokenEnd);
  for (const c of childrenOf(syntax, verb)) {
    if (c > object && CLAUSE_JOINS.has(relationOf(syntax, c)) && dependentOf(syntax, c, 'nsubj', 'nsubj:pass', 'expl') >= 0) {
      end = Math.min(end, subtreeOf(syntax, c).tokenStart);
      break;
    }
  }
  // (its conjunction and comma are trimmed with the content)
  let start = verb + 1;
  while (start < object && uposOf(syntax, start) === 'ADV') start++;
  if (end <= start || word(start) === 'that') return null;
  // a name the parse cut off the subject before the verb is its end ("A 2019 study by Oxford University researcher | Jane Holt found")
  let subjectEnd = phrase.tokenEnd;
  while (subjectEnd < verb && uposOf(syntax, subjectEnd) === 'PROPN') subjectEnd++;
  return { subject: { from: subjectStart, to: subjectEnd === verb ? verb : phrase.tokenEnd }, content: { from: start, to: end } };
}

/**
 * The name the parse gives a speaker phrase in apposition, where the phrase found is the other part: "A lawyer for the
 * news outlets, DAVID SCHULZ, said" (the subject a description, its apposition a name: the name speaks), "ANGELIQUE
 * BRUNNER, a Washington-based developer and spokeswoman for the EB-5 Investment Coalition, …, said" (the subject a
 * name, the phrase found inside its apposition: the name speaks, not the coalition). Null when the parse's subject of the
 * verb is neither, or the phrase is not part of it.
 */
export function appositionName(syntax: SyntaxLayer | null, verb: number, found: TokenRange, word: (i: number) => string): TokenRange | null {
  if (!syntax) return null;
  const subject = dependentOf(syntax, verb, 'nsubj');
  if (subject < 0 || subject >= verb || RELATIVE.has(word(subject))) return null;
  const phrase = subtreeOf(syntax, subject);
  if (found.from < phrase.tokenStart || found.to > phrase.tokenEnd) return null;
  if (uposOf(syntax, subject) === 'NOUN') {
    // (not a member the phrase names among others: "many U.S. generals, INCLUDING President Ulysses S. Grant,")
    const named = childrenOf(syntax, subject).find((c) => c > subject && c < verb && relationOf(syntax, c) === 'appos' && isName(syntax, c) && !opensWithCase(syntax, c));
    // the phrase keeps its words (what comes before it is no quotation), its head is the name
    return named === undefined || found.from > named ? null : { from: found.from, to: Math.max(found.to, nameEnd(syntax, named)), head: { from: named, to: nameEnd(syntax, named) } };
  }
  if (!isName(syntax, subject) || found.from <= subject) return null;
  // the phrase found lies inside an apposition of the name
  const appos = childrenOf(syntax, subject).find((c) => relationOf(syntax, c) === 'appos' && subtreeOf(syntax, c).tokenStart <= found.from && found.to <= subtreeOf(syntax, c).tokenEnd);
  return appos === undefined ? null : { from: phrase.tokenStart, to: nameEnd(syntax, subject) };
}

/** A proper name of two words or more: the head and a name part after it ("David Schulz"), not "Democrats" alone. */
function isName(syntax: SyntaxLayer, head: number): boolean {
  return uposOf(syntax, head) === 'PROPN' && nameEnd(syntax, head) > head + 1;
}

/** The phrase of `head` opens with a preposition of its own ("INCLUDING President Ulysses S. Grant"). */
function opensWithCase(syntax: SyntaxLayer, head: number): boolean {
  for (let k = subtreeOf(syntax, head).tokenStart; k < head; k++) if (relationOf(syntax, k) === 'case') return true;
  return false;
}

/**
 * "Lam agreed to ADD two members to the police oversight council", "the ministry added Huawei to its list": "add" with an
 * object and a "to" phrase after it puts a thing somewhere, it says nothing (its speech is "added that …", "added: …").
 */
export function addsThing(syntax: SyntaxLayer | null, verb: number, opensQuote: (i: number) => boolean): boolean {
  if (!syntax || lemmaOf(syntax, verb).toLowerCase() !== 'add') return false;
  const object = dependentOf(syntax, verb, 'obj');
  if (object <= verb) return false;
  // (an object inside a quotation is the parser's misreading of what is said: 'went on to add "The exceptions to the rule …"')
  for (let k = verb + 1; k < object; k++) if (opensQuote(k)) return false;
  // the "to" phrase on the verb, or on the object where the parser hangs it ("added two members | to the council")
  const toPhrase = (c: number) => childrenOf(syntax, c).some((d) => relationOf(syntax, d) === 'case' && lemmaOf(syntax, d).toLowerCase() === 'to');
  return childrenOf(syntax, verb).some((c) => c > object && relationOf(syntax, c) === 'obl' && toPhrase(c))
    || childrenOf(syntax, object).some((c) => c > object && relationOf(syntax, c) === 'nmod' && toPhrase(c));
}
