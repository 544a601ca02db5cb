import { dependentOf, dependentsOf, headOf, lemmaOf, relationOf, subjectOf, subtreeOf, uposOf, xposOf } from '../../syntax/accessors.js';
import type { SyntaxLayer } from '../../syntax/layer.js';
import type { TokenRange } from './speaker.js';

/**
 * Nouns for something said or held whose "that" clause is what was said ("the opposition's claim that the election had
 * been rigged", "Scientists expressed concern that the virus could spread"). Drawn from PolNeAR's training split: the
 * nouns whose complement clause is annotated as attributed content in at least about half of their uses before "that"
 * ("fact", "idea", "evidence", "possibility" and "message" are seldom anyone's words there, and are left out).
 */
const SAYING_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'accusation',
  'accusations', 'charge', 'charges', 'concern', 'concerns', 'suggestion', 'suggestions', 'warning', 'warnings', 'doubt',
  'doubts', 'hope', 'hopes', 'belief', 'beliefs', 'fear', 'fears', 'worry', 'worries', 'insistence', 'argument',
  'complaint', 'complaints', 'assurance', 'assurances', 'estimate', 'estimates', 'report', 'reports', 'admission',
  'acknowledgment', 'acknowledgement', 'pledge', 'pledges', 'promise', 'promises', 'vow', 'vows', 'prediction',
  'predictions', 'contention', 'remark', 'remarks', 'conclusion',
]);

/** Nouns of saying that, after a preposition, are the medium a verb speaks through ("said in a statement that …"). */
const MEDIA: ReadonlySet<string> = new Set(['statement', 'statements', 'remarks', 'report', 'reports']);

/**
 * Verbs whose subject voices the noun they take ("Scientists *expressed* concern that …", "the agency *issued* a
 * warning that …", "Many *have* doubts that …"); after any other verb the noun is someone else's ("rejected the claim that").
 */
const VOICING_VERBS: ReadonlySet<string> = new Set([
  'express', 'voice', 'raise', 'make', 'issue', 'repeat', 'reiterate', 'share', 'offer', 'give', 'deliver', 'renew',
  'air', 'have', 'hold', 'state', 'put',
]);

/** What a noun of saying reports: the clause, and who said it when the phrase tells. */
export interface NounReport {
  readonly content: TokenRange;
  readonly speaker: TokenRange | null;
}

/**
 * A noun of saying with a complement clause after "that" (the parse's `mark` "that", not a relative pronoun: "the claim
 * that he made", and a subject of its own; the parse may hang the clause on the verb instead of the noun): the clause is
 * the content. A medium after a preposition is the verb's ("told LA Weekly in a statement that …"), not a cue. Its
 * speaker is the noun's possessor ("the opposition's claim"), the name compounded before it ("a Reuters report that"), or
 * the subject of a verb that voices it ("Scientists expressed concern that") or acts with it ("came to the conclusion
 * that"); else none. Null when the parse does not read it so.
 */
export function nounCueReport(syntax: SyntaxLayer | null, noun: number, to: number, word: (i: number) => string): NounReport | null {
  if (!syntax || !SAYING_NOUNS.has(word(noun)) || uposOf(syntax, noun) !== 'NOUN' || word(noun + 1) !== 'that') return null;
  if (MEDIA.has(word(noun)) && dependentOf(syntax, noun, 'case') >= 0) return null;
  const clause = headOf(syntax, noun + 1);
  if (relationOf(syntax, noun + 1) !== 'mark' || clause <= noun + 1 || clause >= to) return null;
  if (dependentOf(syntax, clause, 'nsubj', 'nsubj:pass', 'expl') < 0) return null;
  // "the greatest fear that I have ever seen": after a superlative the clause is a relative one
  if (dependentsOf(syntax, noun, 'amod').some((a) => xposOf(syntax, a) === 'JJS')) return null;
  let start = noun + 2;
  while (start < to && uposOf(syntax, start) === 'PUNCT') start++;
  const end = Math.min(to, subtreeOf(syntax, clause).tokenEnd);
  if (end <= start) return null;
  return { content: { from: start, to: end }, speaker: nounSpeaker(syntax, noun, word) };
}

/**
 * Nouns of saying whose phrase after a preposition or an infinitive is what was said ("Pence's call for a special
 * prosecutor", "Trump's promise to build a wall", "the opposition's accusations of fraud"), with the words that may open it.
 */
const PHRASE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['call', ['for', 'to']], ['calls', ['for', 'to']], ['demand', ['for']], ['demands', ['for']], ['appeal', ['for']],
  ['appeals', ['for']], ['plea', ['for']], ['pleas', ['for']], ['promise', ['to', 'of']], ['promises', ['to', 'of']],
  ['pledge', ['to']], ['pledges', ['to']], ['vow', ['to']], ['vows', ['to']], ['threat', ['to']], ['threats', ['to']],
  ['accusation', ['of']], ['accusations', ['of']], ['allegation', ['of']], ['allegations', ['of']], ['warning', ['of', 'about', 'against']],
  ['warnings', ['of', 'about', 'against']], ['denial', ['of']], ['denials', ['of']], ['criticism', ['of']], ['praise', ['for', 'of']],
  ['condemnation', ['of']],
]);

/**
 * A noun of saying with what was said after a preposition or an infinitive, when the text says whose words they are (a
 * possessor, a name compounded before it, or the subject of a verb voicing it: "Pence's call for a special prosecutor",
 * "Trump's promise to build a wall", "the agency issued a warning of flash floods"): the phrase the parse hangs on the
 * noun is the content. Null when the parse does not read it so, or names no one.
 */
export function nounPhraseReport(syntax: SyntaxLayer | null, noun: number, to: number, word: (i: number) => string): NounReport | null {
  const opens = syntax ? PHRASE_NOUNS.get(word(noun)) : undefined;
  if (!syntax || !opens || !opens.includes(word(noun + 1)) || uposOf(syntax, noun) !== 'NOUN' || noun + 2 >= to) return null;
  // the infinitive's verb ("to build") or the preposition's object ("for a special prosecutor"), hung on the noun
  const phrase = headOf(syntax, noun + 1);
  const infinitive = word(noun + 1) === 'to' && relationOf(syntax, noun + 1) === 'mark';
  if (phrase <= noun + 1 || phrase >= to || headOf(syntax, phrase) !== noun || (word(noun + 1) === 'to' && !infinitive)) return null;
  const speaker = nounSpeaker(syntax, noun, word);
  if (!speaker) return null;
  const start = infinitive ? noun + 1 : noun + 2;
  const end = Math.min(to, subtreeOf(syntax, phrase).tokenEnd);
  return end > start ? { content: { from: start, to: end }, speaker } : null;
}

/** Whose words a noun of saying names: its possessor, a name compounded before it, or the subject of a verb voicing it. */
function nounSpeaker(syntax: SyntaxLayer, noun: number, word: (i: number) => string): TokenRange | null {
  const owner = dependentOf(syntax, noun, 'nmod:poss');
  if (owner >= 0 && owner < noun) {
    const phrase = subtreeOf(syntax, owner);
    // the phrase without its "'s"
    const end = /^['’]s?$/.test(word(phrase.tokenEnd - 1)) ? phrase.tokenEnd - 1 : phrase.tokenEnd;
    return end > phrase.tokenStart ? { from: phrase.tokenStart, to: end } : null;
  }
  const names = dependentsOf(syntax, noun, 'compound').filter((c) => c < noun && uposOf(syntax, c) === 'PROPN');
  if (names.length > 0) return { from: subtreeOf(syntax, names[0]).tokenStart, to: noun };
  const verb = headOf(syntax, noun);
  if (verb < 0) return null;
  // "came to the conclusion that …", "left the talks in the hope that …": the one acting holds it
  // (not when a noun before it says whose it is: "following employee concerns that …")
  const adjunct = relationOf(syntax, noun).startsWith('obl') && dependentOf(syntax, noun, 'compound', 'nmod') < 0;
  if (!adjunct && (relationOf(syntax, noun) !== 'obj' || !VOICING_VERBS.has(lemmaOf(syntax, verb).toLowerCase()))) return null;
  const subject = subjectOf(syntax, verb);
  if (subject < 0 || subject > verb || /^(?:who|which|that)$/.test(word(subject))) return null;
  const phrase = subtreeOf(syntax, subject);
  return phrase.tokenEnd <= verb ? { from: phrase.tokenStart, to: phrase.tokenEnd } : null;
}
