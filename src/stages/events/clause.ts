import { CONDITION_WORDS, combineModes, isClaimVerb, isDesireVerb, isRequestVerb, modeFromGovernor, modeOfVerbGroup, type EventMode } from '../../language/mode.js';
import type { IndexedVerbDictionary, VerbForm } from './dictionary/types.js';
import type { SentenceWords } from './sentence.js';
import { askedInSubjunctive, treeRoles, type TreeRoles } from './tree.js';

/**
 * The clause structure the coder needs: each dictionary verb with its verb group (auxiliaries,
 * negation, voice), what the dependency tree says of its subject, objects, prepositional phrases
 * and agent (`tree`), and the stretches of words before and after it where its subject and
 * objects stand. The coder asks the tree first; the stretches serve the dictionary's word
 * patterns, the evidence span, and the verbs whose tree names no actor (a misparse).
 */
export interface VerbClause {
  /** Word index of the verb and the end of its particles ("met with" → after "with"). */
  readonly at: number;
  readonly end: number;
  readonly forms: readonly VerbForm[];
  /** First word of the verb group (auxiliaries, "to", adverbs). */
  readonly groupStart: number;
  readonly passive: boolean;
  readonly mode: EventMode;
  /** Words `[start, end)` where the subject stands. */
  readonly subject: { readonly start: number; readonly end: number };
  /** Words `[start, end)` of the objects and prepositional phrases. */
  readonly after: { readonly start: number; readonly end: number };
  /** The verb whose infinitive or clausal complement this verb heads ("agreed to SEND"), when any. */
  readonly governor: number | null;
  /** True when the subject is the governor's object ("urged Bree to HELP"). */
  readonly objectControl: boolean;
  readonly tree: TreeRoles;
}

const AUX_POS = new Set(['AUX', 'PART', 'ADV']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets', 'getting']);
const HARD_STOP_POS = new Set(['SCONJ', 'VERB']);
const HARD_STOP_WORDS = new Set([';', ':', '"', '“', '”', 'who', 'which', 'whom', 'whose', 'that', 'but', 'while', 'because', 'after', 'before', 'when', 'as', 'although', 'though', 'if', 'unless', 'whether', 'since', 'until', 'where']);
/** Verbs tagged as nouns are still verbs after these ("to", "will", "n't"). */
const VERB_BEFORE = new Set(['to', 'will', 'would', 'not', "n't", 'has', 'have', 'had', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'must']);

export function findVerbClauses(s: SentenceWords, verbs: IndexedVerbDictionary): VerbClause[] {
  const found: Array<{ at: number; end: number; forms: VerbForm[] }> = [];
  for (let i = 0; i < s.words.length; i++) {
    const hit = verbAt(s, verbs, i);
    if (hit) {
      found.push(hit);
      i = hit.end - 1;
    }
  }
  const clauses: VerbClause[] = [];
  for (let k = 0; k < found.length; k++) clauses.push(readClause(s, found[k]!, clauses, found[k + 1]));
  return clauses;
}

/**
 * Dictionary verbs that name no act where news uses them: "include" (which the older
 * CAMEO.verbpatterns file files under RE_ADMIT, 080: "the exhibit included Polaroids", "former
 * members, including actor Jason Beghe" — 87 events over the 315 Wikinews articles, none an act) and
 * "according to" (ACCORD, 060: "according to the fire service"), a preposition; and "lead to", which
 * names a consequence, not an act ("a flavivirus, leading to encephalitis", "his death in police custody
 * in May led to widespread protests"): the LEAD block reads it with HEAD's `- * TO [030]` ("headed to
 * the talks"), 10 events over the 315 articles.
 */
function namesNoAct(s: SentenceWords, i: number): boolean {
  const word = s.words[i]!;
  return /^INCLUD(E|ES|ED|ING)$/.test(word) || (s.lower[i + 1] === 'to' && (word === 'ACCORDING' || /^(LEAD|LEADS|LED|LEADING)$/.test(word)));
}

/**
 * A participle the parser hangs on the noun after it as an adjective, right after a word that opens
 * a noun phrase — a determiner, possessive, numeral, degree word or preposition — names a state or
 * kind of the noun, no act with a doer: "its PLANNED hearing", "the DISPUTED Nagorno-Karabakh
 * region", "an ESTIMATED two million Syrian refugees", "over DISPUTED resources", "the most PLEDGED
 * delegates", "the ASSOCIATED Press". After a noun, an adjective or a verb the same tree is often a
 * misread finite verb with that word as its subject ("The British RELINQUISHED control"), or a verb's
 * object ("guarding captured militants"), so it stays a verb. The clause is still read (it bounds its
 * neighbours' word stretches); it is only not coded.
 */
export function adjectivalParticiple(s: SentenceWords, i: number): boolean {
  if (gradedParticiple(s, i)) return true;
  if (s.relation[i] !== 'amod' || !/(ed|en|ing)$/.test(s.lower[i]!) || i === 0) return false;
  const before = s.lower[i - 1]!;
  return NOUN_PHRASE_OPENERS.has(s.upos[i - 1]!) || POSSESSIVES.has(before) || DEGREE.has(before) || objectOfVerbBefore(s, i);
}

/**
 * A participle graded by a degree word right before it names how much a state holds, not an act: "Mokha is
 * generally LESS AFFECTED by violence than other parts of Yemen", "the MOST AFFECTED areas", "they were VERY
 * CONCERNED", "an INCREASINGLY ISOLATED regime". An act is not graded so ("more heavily bombed" grades the
 * adverb, which is the participle's child, not "more"). With a subject of its own the participle is a graded act
 * ("Hawkins and La Riva SOMEWHAT AGREED"); "somewhat", "rather" and "fairly" grade acts as often ("she had somewhat prepared") and are not read.
 */
function gradedParticiple(s: SentenceWords, i: number): boolean {
  return i > 0 && /(ed|en)$/.test(s.lower[i]!) && GRADING.has(s.lower[i - 1]!) && s.head[i - 1] === i && s.relation[i - 1] === 'advmod'
    && !s.children[i]!.some((c) => s.relation[c] === 'nsubj');
}

const GRADING: ReadonlySet<string> = new Set(['very', 'more', 'less', 'most', 'least', 'too', 'relatively', 'increasingly']);

/** "the duty of guarding CAPTURED ISIS militants", "freed KIDNAPPED aid workers": the participle opens the object of the verb right before it. */
function objectOfVerbBefore(s: SentenceWords, i: number): boolean {
  const noun = s.head[i]!;
  return s.upos[i - 1] === 'VERB' && noun > i && s.head[noun] === i - 1 && s.relation[noun] === 'obj';
}

const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADP']);
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my']);
const DEGREE: ReadonlySet<string> = new Set(['most', 'more', 'less', 'least', 'newly', 'recently', 'so-called']);

/**
 * A word the tokeniser tagged otherwise that the parser reads as a verb with a subject of its own:
 * a present tense after a plural subject ("Fornost and Gondor WELCOME a resumption of ties"), a past
 * tense the tokeniser read as an adjective ("Roosevelt MEDIATED a peace agreement").
 */
function parsedFinite(s: SentenceWords, i: number): boolean {
  if (s.upos[i] !== 'VERB' || TITLE_OR_PLURAL.test(s.lower[i]!) || s.upos[i + 1] === 'PROPN') return false;
  return s.children[i]!.some((c) => s.relation[c] === 'nsubj' && c < i);
}

/**
 * Where the tokeniser's noun stands against the parser's verb, an "-s" word is a plural as often as
 * a verb ("US STATES", "the organisation's PLANS"), and a word before a name a title ("rights
 * ADVOCATE Doris Day", "Morning Joe HOST Joe Scarborough"): the noun is kept.
 */
const TITLE_OR_PLURAL = /s$/;

function verbAt(s: SentenceWords, verbs: IndexedVerbDictionary, i: number): { at: number; end: number; forms: VerbForm[] } | null {
  const forms = verbs.verbForms.get(s.words[i]!);
  if (!forms || namesNoAct(s, i)) return null;
  const pos = s.pos[i];
  const verbal = pos === 'VERB' || ((pos === 'NOUN' || pos === 'ADJ') && i > 0 && VERB_BEFORE.has(s.lower[i - 1]!)) || parsedFinite(s, i);
  if (!verbal || possessedGerund(s, i)) return null;
  const fits = ownLemma(s, i, forms.filter((f) => f.before.every((w, k) => s.words[i - f.before.length + k] === w) && f.after.every((w, k) => s.words[i + 1 + k] === w)));
  if (!fits.length) return null;
  const longest = Math.max(...fits.map((f) => f.after.length));
  return { at: i, end: i + 1 + longest, forms: fits.filter((f) => f.after.length === longest) };
}

/**
 * "the crown prince ordered KHASHOGGI'S KILLING", "silent over Jamal's killing", "Leonov's passing": an "-ing" word the
 * parser reads as a noun with a possessor and no "of" phrase names an act done to (or undergone by) the possessor, no act
 * of the possessor's; read as a verb it made the victim the killer. With "of" the possessor is the doer ("the
 * president's handling of issues").
 */
function possessedGerund(s: SentenceWords, i: number): boolean {
  if (s.upos[i] !== 'NOUN' || !s.lower[i]!.endsWith('ing')) return false;
  const children = s.children[i]!;
  return children.some((c) => s.relation[c] === 'nmod:poss') && !children.some((c) => s.lower[c - 1] === 'of' || s.children[c]!.some((g) => s.lower[g] === 'of' && s.relation[g] === 'case'));
}

/**
 * "The court has FOUND", "it has FOUND no trace of explosives": a word that is the form of two dictionary verbs
 * (FIND's past, FOUND's base) is the one the lemmatizer reads it as; the others' forms are dropped. When the
 * lemma is neither, all stay, as do the forms written as phrases ("+KILLED_AND").
 */
function ownLemma(s: SentenceWords, i: number, forms: VerbForm[]): VerbForm[] {
  if (forms.length < 2) return forms;
  const lemma = s.lemma[i]!.toUpperCase();
  const plain = (f: VerbForm) => !f.after.length && !f.before.length;
  if (!forms.some((f) => plain(f) && baseWord(f.lemma) === lemma)) return forms;
  // phrases written for this very word ("+KILLED_AND") stay
  return forms.filter((f) => !plain(f) || baseWord(f.lemma) === lemma);
}

/** The verb word of a dictionary lemma: "MEET_WITH" → "MEET", "+TAKE_NOTE" → "TAKE". */
function baseWord(lemma: string): string {
  return lemma.replace(/^\+/, '').split(/[_ ]/)[0]!;
}

/** `next` is the dictionary verb after this one (verbs are found in text order, none inside another). */
function readClause(s: SentenceWords, v: { at: number; end: number; forms: VerbForm[] }, earlier: readonly VerbClause[], next: { at: number } | undefined): VerbClause {
  const groupStart = verbGroupStart(s, v.at);
  const group = s.lower.slice(groupStart, v.at);
  const infinitive = group.at(-1) === 'to' || group.includes('to') || quotedAfterTo(s, groupStart);
  const tree = treeRoles(s, v.at);
  const passive = (group.some((w) => BE.has(w)) && !s.lower[v.at]!.endsWith('ing') && !infinitive) || tree.passive;
  let mode = modeOfVerbGroup(group);
  const afterEnd = afterLimit(s, v.end, next?.at ?? s.words.length);
  let governor: number | null = null;
  let objectControl = false;
  let subject = subjectRange(s, groupStart);
  const prev = earlier.at(-1);
  const ruling = infinitive ? governingClause(s, earlier, tree, groupStart) : undefined;
  if (ruling) {
    governor = ruling.at;
    objectControl = ruling === prev ? hasObjectNominal(s, prev.end, groupStart) : tree.objectControl;
    subject = objectControl ? { start: ruling.end, end: groupStart } : ruling.subject;
    mode = combineModes(combineModes(mode, modeFromGovernor(s.lower[ruling.at]!, !objectControl)), ruling.mode === 'asserted' ? null : ruling.mode);
    // "urged Germany to impose", "asked the Ukrainian government to launch an investigation": asked of the object, not done
    if (objectControl && isRequestVerb(s.lower[ruling.at]!)) mode = combineModes(mode, 'hypothetical');
  } else if (infinitive) {
    const gov = governingWord(s, groupStart);
    if (gov !== null) mode = combineModes(mode, modeFromGovernor(s.lower[gov]!) ?? purposeOfNoun(s, gov));
  } else if (coordinated(s, prev, groupStart, subject)) {
    const coded = lastUngoverned(earlier);
    const head = coded?.at ?? coordinatedHead(s, groupStart);
    subject = coded?.subject ?? (head !== null ? subjectRange(s, verbGroupStart(s, head)) : subject);
    // an inflected verb is no conjunct of an infinitive: "… to oppose white minority rule, but WAS ARRESTED in 1963"
    const ofInfinitive = coded !== undefined && s.lower.slice(coded.groupStart, coded.at).includes('to') && (group.length > 0 || s.lower[v.at] !== s.lemma[v.at]);
    if (coded && !ofInfinitive) mode = combineModes(mode, coded.mode === 'intended' ? 'intended' : null);
  }
  if (!infinitive && prev && prev.after.end >= groupStart && isClaimVerb(s.lower[prev.at]!)) mode = combineModes(mode, 'reported');
  // "it hoped French officials would be indicted": a clause right after a verb of desire is wished for, whatever the parse hung it on
  if (!infinitive && prev && prev.after.end >= groupStart && isDesireVerb(s.lower[prev.at]!)) mode = combineModes(mode, 'hypothetical');
  // "recommended the United States troops in Iraq WITHDRAW": a bare verb right after a verb of asking is asked for, whatever the parse made of it
  if (!infinitive && prev && prev.after.end >= groupStart && askedInSubjunctive(s, v.at, prev.at, group)) mode = combineModes(mode, 'hypothetical');
  if (inCondition(s, groupStart)) mode = combineModes(mode, 'hypothetical');
  mode = combineModes(mode, tree.mode);
  return { at: v.at, end: v.end, forms: v.forms, groupStart, passive, mode, subject, after: { start: v.end, end: afterEnd }, governor, objectControl, tree };
}

/**
 * The coded verb an infinitive completes: the one the tree hangs it on ("asked Carrie Lam, who is
 * supported by the government, to RESIGN" is asked's), else, when the tree names no governor, the
 * verb right before it whose objects run up to it — not across a comma, which closes a relative
 * clause or an aside ("urged Chile, which is backed by Brazil, to REOPEN").
 */
function governingClause(s: SentenceWords, earlier: readonly VerbClause[], tree: TreeRoles, groupStart: number): VerbClause | undefined {
  const prev = earlier.at(-1);
  if (tree.governor !== null) {
    for (let k = earlier.length - 1; k >= 0; k--) if (earlier[k]!.at === tree.governor) return earlier[k];
    if (tree.governor !== prev?.at) return undefined;
  }
  return prev && prev.after.end >= groupStart - 1 && s.lower[groupStart - 1] !== ',' ? prev : undefined;
}

/** Where the objects end: at the next verb, a clause boundary, or "to" + verb. */
function afterLimit(s: SentenceWords, from: number, nextVerb: number): number {
  for (let i = from; i < nextVerb; i++) {
    const w = s.lower[i]!;
    if (w === 'to' && i + 1 === nextVerb) return i;
    if (HARD_STOP_WORDS.has(w) && !(w === 'that' && s.pos[i] === 'DET')) return i;
    if (w === ',' && (s.pos[i + 1] === 'VERB' || s.pos[i + 1] === 'SCONJ' || s.pos[i + 1] === 'PRON')) return i;
    if (HARD_STOP_POS.has(s.pos[i]!) && s.pos[i] === 'SCONJ') return i;
  }
  return nextVerb;
}

/**
 * Where the subject of a verb group starting at `groupStart` stands: back to the previous clause
 * boundary. A parenthetical between commas with no noun of its own ("Arnor's foreign minister,
 * in remarks published on Monday, urged") is stepped over.
 */
function subjectRange(s: SentenceWords, groupStart: number): { start: number; end: number } {
  let i = groupStart - 1;
  while (i >= 0 && !isBoundary(s, i)) i--;
  let start = i + 1;
  if (start === groupStart || (s.lower[groupStart - 1] === ',' && i >= 0 && s.pos[i] === 'VERB')) {
    const comma = commaAtOrBefore(s, i < 0 ? s.lower.length + i : i); // as lastIndexOf(',', i), a negative i counting from the end
    if (comma > 0) {
      let j = comma - 1;
      while (j >= 0 && !isBoundary(s, j)) j--;
      if (hasNominal(s, j + 1, comma)) start = j + 1;
    }
  }
  return { start, end: groupStart };
}

/** The last clause not governed by another (read back from the end, without copying the list: a sentence can hold thousands). */
function lastUngoverned(clauses: readonly VerbClause[]): VerbClause | undefined {
  for (let k = clauses.length - 1; k >= 0; k--) if (clauses[k]!.governor === null) return clauses[k];
  return undefined;
}

function commaAtOrBefore(s: SentenceWords, i: number): number {
  return s.lastComma[Math.min(i, s.lower.length - 1)]!;
}

function isBoundary(s: SentenceWords, i: number): boolean {
  const w = s.lower[i]!;
  if (w === 'that' && s.pos[i] === 'DET') return false;
  return HARD_STOP_WORDS.has(w) || HARD_STOP_POS.has(s.pos[i]!);
}

/**
 * A noun between a verb and its infinitive that can be the verb's object ("urged BREE to help"),
 * not one inside a prepositional phrase ("threatened on MONDAY to break relations").
 */
function hasObjectNominal(s: SentenceWords, from: number, to: number): boolean {
  let inPhrase = false;
  for (let i = from; i < to; i++) {
    if (s.pos[i] === 'ADP') inPhrase = true;
    else if (s.lower[i] === ',') inPhrase = false;
    else if (!inPhrase && (s.pos[i] === 'PROPN' || s.pos[i] === 'NOUN' || s.pos[i] === 'PRON')) return true;
  }
  return false;
}

function hasNominal(s: SentenceWords, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.pos[i] === 'PROPN' || s.pos[i] === 'NOUN' || s.pos[i] === 'PRON') return true;
  return false;
}

/**
 * "condemned an attack … and promised aid": a verb right after "and", "or" or "but" shares the
 * subject of the verb before it (a new subject would stand between the conjunction and the verb).
 */
function coordinated(s: SentenceWords, prev: VerbClause | undefined, groupStart: number, subject: { start: number; end: number }): boolean {
  const before = s.lower[groupStart - 1];
  if (before === 'and' || before === 'or' || before === 'but') return true;
  return before === ',' && prev !== undefined && subject.end - subject.start <= 1 && prev.after.end >= groupStart - 1;
}

/** The finite verb a coordinated verb shares its subject with: the nearest verb before it that is not an infinitive. */
function coordinatedHead(s: SentenceWords, groupStart: number): number | null {
  for (let i = groupStart - 2; i >= 0; i--) {
    if (s.pos[i] !== 'VERB') continue;
    const start = verbGroupStart(s, i);
    if (!s.lower.slice(start, i).includes('to')) return i;
  }
  return null;
}

function verbGroupStart(s: SentenceWords, at: number): number {
  let start = at;
  while (start > 0 && AUX_POS.has(s.pos[start - 1]!) && s.lower[start - 1] !== 'that') start--;
  return start;
}

/** The adjective or verb an infinitive depends on when no coded verb governs it ("is about to", "is ready to"). */
function governingWord(s: SentenceWords, groupStart: number): number | null {
  for (let i = groupStart - 1; i >= Math.max(0, groupStart - 3); i--) {
    if (s.lower[i] === 'to') continue;
    if (s.pos[i] === 'ADJ' || s.pos[i] === 'VERB' || s.pos[i] === 'ADP' || s.pos[i] === 'ADV' || s.pos[i] === 'NOUN') return i;
  }
  return null;
}

/** A quotation that opens with the verb after "to": tools to “compel Russia towards peace”. */
function quotedAfterTo(s: SentenceWords, groupStart: number): boolean {
  return groupStart >= 2 && /^["“‘']$/.test(s.lower[groupStart - 1]!) && s.lower[groupStart - 2] === 'to';
}

/**
 * Words that make a noun's infinitive a fact, ranking the noun among those who did it: "the first country to
 * recognise", "the only one to vote against", "among the areas to vote against the measure".
 */
const FACT_RANK = new Set(['first', 'last', 'only', 'second', 'third', 'next', 'among']);

/**
 * An infinitive that completes a noun names what the thing is for, not an act done: "one of the most effective
 * tools to compel Russia towards peace", "efforts to free the hostages", "a bid to oust the government" — intended,
 * unless an ordinal or "among" ranks the noun among those who did it ("the first country to recognise").
 */
function purposeOfNoun(s: SentenceWords, gov: number): EventMode | null {
  if (s.pos[gov] !== 'NOUN') return null;
  for (let i = gov - 1; i >= Math.max(0, gov - 3); i--) if (FACT_RANK.has(s.lower[i]!)) return null;
  return 'intended';
}

function inCondition(s: SentenceWords, groupStart: number): boolean {
  for (let i = groupStart - 1; i >= 0; i--) {
    const w = s.lower[i]!;
    if (CONDITION_WORDS.has(w)) return true;
    if (w === ';' || s.pos[i] === 'VERB') return false;
  }
  return false;
}
