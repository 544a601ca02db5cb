import { CONDITION_WORDS, combineModes, isClaimVerb, isRequestVerb, modeFromGovernor, modeOfVerbGroup, type EventMode } from '../../language/mode.js';
import { dependents, subtree, withConjuncts, type SentenceWords } from './sentence.js';

/**
 * What the dependency tree says of a verb: the heads of its subject (its own, its controller's
 * for "agreed to SEND", its first conjunct's for "met X and SIGNED", the noun a relative clause
 * or participle modifies), objects, prepositional phrases and passive agent, and its mode.
 */
export interface TreeRoles {
  readonly subjects: readonly number[];
  readonly objects: readonly number[];
  /** Prepositional phrases; `echoes` an earlier one's head when an ellipsis repeats it (", then with Trump"). */
  readonly obliques: ReadonlyArray<{ readonly prep: string; readonly head: number; readonly echoes?: number }>;
  readonly agents: readonly number[];
  /** The clause the verb governs ("demanded that KOREA forsake", "threatened to cut off … to NAKHICHEVAN"), -1 when none. */
  readonly complement: number;
  /** Passive by the tree: a passive auxiliary, or a participle modifying a noun with no object ("troops SENT by", "men SOUGHT in"). */
  readonly passive: boolean;
  readonly mode: EventMode;
  /** The verb whose infinitive complement this verb heads, when any. */
  readonly governor: number | null;
  readonly objectControl: boolean;
}

const SUBJECT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'nsubj:outer']);
/** Dependents that open a clause of their own: they end the verb's objects. */
const CLAUSAL = new Set(['ccomp', 'xcomp', 'advcl', 'advcl:relcl', 'parataxis', 'conj', 'cc', 'csubj', 'acl:relcl', 'list']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that', 'whom']);
/** Dependents before a verb that belong to its verb group ("could not have", "never"). */
const GROUP_RELATIONS = new Set(['aux', 'aux:pass', 'cop', 'advmod']);

/** Dependents that give a verb a voice of its own: its own subject or auxiliary. */
const OWN_VOICE: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'cop']);

/**
 * "Viktar Babaryka, who was arrested and BANNED from the election": a participle conjunct with no subject or auxiliary of
 * its own shares its first conjunct's passive auxiliary — its subject is done to, not the doer ("fled", a past tense,
 * stays active: "who was arrested and fled").
 */
function sharedPassive(s: SentenceWords, v: number): boolean {
  if (s.relation[v] !== 'conj' || s.xpos[v] !== 'VBN' || s.children[v]!.some((c) => OWN_VOICE.has(s.relation[c]!))) return false;
  const first = s.head[v]!;
  return first >= 0 && first < v && dependents(s, first, 'aux:pass').length > 0;
}

export function treeRoles(s: SentenceWords, v: number): TreeRoles {
  const subject = subjectOf(s, v);
  const relation = s.relation[v]!;
  const reduced = (relation === 'conj' || relation === 'parataxis' || (relation === 'ccomp' && misreadComplement(s, v, subject))) && reducedRelative(s, v, subject);
  // not one the parser hung on a noun it made the root of a sentence with no verb ("Thousands of Belarusians PROTESTED in Minsk"): the main verb
  const participle = relation === 'acl' && s.upos[v] === 'VERB' && !s.lower[v]!.endsWith('ing') && !dependents(s, v, 'obj').length && !onVerblessRoot(s, v);
  // a bare participle with its agent is passive wherever it hangs ("died at home in Paris, SURROUNDED BY family"); not so
  // a perfect ("has issued a warning … TO New Orleans", "has requested Donald Trump", where the parser may say agent)
  const byAgent = s.upos[v] === 'VERB' && !s.lower[v]!.endsWith('ing') && !dependents(s, v, 'aux').length
    && dependents(s, v, 'obl:agent').some((a) => caseOf(s, a) === 'by');
  const passive = dependents(s, v, 'aux:pass').length > 0 || participle || reduced || byAgent || countedVictims(s, v, subject) || sharedPassive(s, v);
  const governor = relation === 'xcomp' && s.head[v]! >= 0 ? s.head[v]! : null;
  return {
    subjects: subject < 0 ? [] : withConjuncts(s, subject),
    ...complementsOf(s, v),
    complement: s.children[v]!.find((c) => c > v && (s.relation[c] === 'ccomp' || s.relation[c] === 'xcomp')) ?? -1,
    passive,
    mode: modeOf(s, v),
    governor,
    objectControl: governor !== null && dependents(s, governor, 'obj', 'iobj').length > 0,
  };
}

/**
 * The head of a predicate's subject: its own (a relative pronoun stands for the noun its clause
 * modifies), the noun a participle modifies, the controller of an infinitive complement (the
 * governing verb's object, else its subject), the subject of the first of coordinated verbs, or
 * the subject of the verb an infinitive of purpose hangs on ("sent inspectors … TO MONITOR", and
 * the parser's "threatened on Monday TO BREAK relations", a complement read as purpose).
 */
function subjectOf(s: SentenceWords, v: number): number {
  const taken = subjectReadAsObject(s, v);
  if (taken >= 0) return taken;
  let p = v;
  for (let steps = 0; p >= 0 && steps < s.words.length; steps++) {
    const own = ownSubject(s, p);
    const relation = s.relation[p]!;
    if (own >= 0) return RELATIVE_PRONOUNS.has(s.lower[own]!) ? (relation === 'acl:relcl' ? s.head[p]! : antecedentBefore(s, own) ?? own) : own;
    if (relation === 'acl' || relation === 'acl:relcl') return s.head[p]!;
    if (relation === 'xcomp') {
      const controller = dependents(s, s.head[p]!, 'obj', 'iobj')[0];
      if (controller !== undefined) return controller;
    } else if (!(relation === 'conj' || (relation === 'advcl' && infinitive(s, p)))) return -1;
    p = relation === 'conj' && finite(s, p) && infinitive(s, s.head[p]!) ? finiteAncestor(s, s.head[p]!) : s.head[p]!;
  }
  return -1;
}

/** Verbs of saying whose reported clause the parser may open with their object. */
const SAYING = /^(add|say|state|warn|insist|claim|announce|declare|stress|note)$/;
/** Modals that open a finite clause after its subject. */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/**
 * "…, adding IRAN will pursue the prosecution of Trump": the subject of a reported clause that the parser
 * read as the object of the verb of saying before it (and the clause as a conjunct of another verb). A
 * verb with no subject of its own whose modal follows a noun that is the object of a verb of saying has
 * that noun as its subject, and is no conjunct of the verb it was hung on (nor has its mode); -1 otherwise.
 */
function subjectReadAsObject(s: SentenceWords, v: number): number {
  const modal = s.children[v]!.find((c) => c < v && s.relation[c] === 'aux' && MODALS.has(s.lower[c]!));
  if (modal === undefined || ownSubject(s, v) >= 0) return -1;
  const k = modal - 1;
  const sayer = s.head[k]!;
  return k >= 0 && s.relation[k] === 'obj' && sayer >= 0 && sayer < k && SAYING.test(s.lemma[sayer]!) && NOMINAL.has(s.upos[k]!) ? k : -1;
}

/**
 * The noun a relative pronoun set off by a comma refers back to, when the parse hung its clause on
 * something else ("urged Chile, WHICH is backed by the Brazilian government, to reopen", read as a
 * complement of "urged"): the noun or name right before the comma; undefined when there is none.
 */
function antecedentBefore(s: SentenceWords, pronoun: number): number | undefined {
  const k = pronoun - 2;
  return k >= 0 && s.lower[pronoun - 1] === ',' && NOMINAL.has(s.upos[k]!) ? k : undefined;
}

/**
 * A verb's own subject, -1 when none. Of two (a misparse) the first, unless a word that opens a
 * clause stands between them ("Leaders … met in Niamey … for an AU summit WHERE on Sunday
 * Presidents Buhari … and Talon … SIGNED"): the later is the subject of that clause, the verb's.
 * A noun after a preposition ("posted a message ON TWITTER blaming Iran") is a prepositional
 * phrase the parser read as a participle's subject, whether it hung the participle on the verb
 * or on its object: none of its own.
 */
function ownSubject(s: SentenceWords, v: number): number {
  let own = -1;
  const dateline = datelineEnd(s);
  for (const c of s.children[v]!) {
    if (!SUBJECT_RELATIONS.has(s.relation[c]!) || c < dateline) continue;
    if (own < 0 || (c < v && opensClauseBetween(s, own, c))) own = c;
  }
  if (own >= 0 && own < v) {
    const later = subjectAfterOpener(s, own, v);
    if (later >= 0) own = later;
  }
  if (own >= 0 && participle(s, v) && ADJUNCT_RELATIONS.has(s.relation[v]!) && s.children[v]!.some((c) => c < own && s.relation[c] === 'mark' && s.upos[c] === 'ADP')) return -1;
  return own;
}

/** Words a wire dateline may hold before its colon ("GAZA CITY, Palestinian Territories:"). */
const DATELINE_WORDS = 8;

/**
 * Where a wire dateline that opens the sentence ends ("LYON: Interpol has said …", "GAZA CITY,
 * Palestinian Territories: Four children … were killed"): after the colon that closes a few nouns
 * and names; 0 when there is none. The parser reads the place as a subject; it names where the
 * report was filed (or, in a transcript, who speaks: "WN: What is …"), no one who acts or is acted on.
 */
export function datelineEnd(s: SentenceWords): number {
  if (s.words.length < 3 || (s.upos[0] !== 'PROPN' && s.upos[0] !== 'NOUN')) return 0;
  for (let i = 1; i < Math.min(s.words.length, DATELINE_WORDS); i++) {
    if (s.lower[i] === ':') return i + 1;
    if (s.lower[i] !== ',' && s.upos[i] !== 'PROPN' && s.upos[i] !== 'NOUN' && s.upos[i] !== 'ADJ') return 0;
  }
  return 0;
}

/** Words that open a relative or adverbial clause of their own. */
const CLAUSE_OPENERS = new Set(['where', 'when', 'whereby', 'while', 'whereas', 'who', 'which', 'after', 'before', 'because', 'although', 'unless', 'if', 'until']);

/**
 * The subject of a clause a word of CLAUSE_OPENERS opens between the subject the parser gave a verb
 * and the verb, when the parser hung it elsewhere ("met … for an AU summit WHERE on Sunday
 * Presidents Muhammadu BUHARI of Nigeria and Patrice Talon of Benin signed", with "summit" the
 * verb's subject and "Buhari" a modifier of it): the noun after the last opener, hung on no word
 * between the opener and the verb, whose phrase, with no
 * preposition of its own, ends right before the verb. -1 when there is none.
 */
function subjectAfterOpener(s: SentenceWords, own: number, v: number): number {
  let opener = -1;
  for (let c = own + 1; c < v; c++) if (CLAUSE_OPENERS.has(s.lower[c]!) && s.upos[c] !== 'NOUN') opener = c;
  if (opener < 0) return -1;
  for (let k = opener + 1; k < v; k++) {
    const head = s.head[k]!;
    if (!NOMINAL.has(s.upos[k]!) || (head > opener && head < v) || s.children[k]!.some((c) => s.relation[c] === 'case')) continue;
    if (subtree(s, k).end === v) return k;
  }
  return -1;
}

function opensClauseBetween(s: SentenceWords, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (CLAUSE_OPENERS.has(s.lower[i]!) && s.upos[i] !== 'NOUN') return true;
  return false;
}

/**
 * The verb an "-ing" adjunct with no subject of its own hangs on ("posted a message on Twitter
 * BLAMING Iran", "recalled its ambassador, ACCUSING Ukraine"), whose subject is the adjunct's; -1
 * when the verb is no such adjunct.
 */
export function adjunctGovernor(s: SentenceWords, v: number, depth = 0): number {
  if (!participle(s, v) || ownSubject(s, v) >= 0) return -1;
  if (s.relation[v] === 'advcl') return pastNounModifier(s, s.head[v]!);
  // a second adjunct joined to the first shares its doer: "struck a group of motorcycles, killing seven riders and INJURING three more"
  if (s.relation[v] === 'conj' && depth < 4 && s.head[v]! >= 0) return adjunctGovernor(s, s.head[v]!, depth + 1);
  // the same adjunct read as modifying the verb's object ("posted a MESSAGE blaming Iran"): the object's verb
  const noun = s.head[v]!;
  return s.relation[v] === 'acl' && noun >= 0 && s.relation[noun] === 'obj' ? s.head[noun]! : -1;
}

/**
 * The verb above a participle that modifies that verb's object, for an adjunct hung on the participle ("the government
 * issued a cease and desist order DATED yesterday, forcing the company to stop": the forcing is the issuer's); the
 * governor itself otherwise.
 */
function pastNounModifier(s: SentenceWords, governor: number): number {
  if (governor < 0 || s.relation[governor] !== 'acl' || ownSubject(s, governor) >= 0) return governor;
  const noun = s.head[governor]!;
  return noun >= 0 && s.relation[noun] === 'obj' && s.head[noun]! >= 0 ? s.head[noun]! : governor;
}

/** Relations an "-ing" adjunct takes: of the verb (advcl) or, read as modifying its object, of the noun (acl). */
const ADJUNCT_RELATIONS: ReadonlySet<string> = new Set(['advcl', 'acl']);

/**
 * A participle that is the sentence's main verb, misread as modifying its subject: the noun it hangs
 * on is the root of a sentence with no verb ("Thousands of Belarusians PROTESTED in Minsk"), or the
 * subject of a root verb that a conjunction after the participle subordinates ("The Bolivian senate
 * THREATENED on Friday to break relations … UNLESS Santiago withdrew": a clause of condition is no
 * main clause).
 */
function onVerblessRoot(s: SentenceWords, v: number): boolean {
  const noun = s.head[v]!;
  if (noun < 0 || s.children[v]!.some((c) => s.relation[c] === 'aux:pass')) return false;
  const root = s.head[noun]!;
  if (root === -1) return s.upos[noun] !== 'VERB';
  return s.head[root] === -1 && s.relation[noun]!.startsWith('nsubj') && s.children[root]!.some((c) => c > v && s.relation[c] === 'mark' && SUBORDINATORS.has(s.lower[c]!));
}

/** Conjunctions that open a clause of condition, time or cause: never the main clause. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['unless', 'if', 'because', 'although', 'though', 'until', 'when', 'while', 'whereas', 'since', 'before', 'after']);

/** A verb's "-ing" participle with no auxiliary. */
function participle(s: SentenceWords, v: number): boolean {
  return s.lower[v]!.endsWith('ing') && !s.children[v]!.some((c) => s.relation[c] === 'aux' || s.relation[c] === 'aux:pass');
}

/**
 * A past participle the parser read as a coordinated or juxtaposed (parataxis) clause with the noun before it as subject
 * ("issued arrest warrants for two Brazilian men SOUGHT in the slaying", "the mayor of Nablus, a
 * member of the Hamas movement JAILED over a year ago"): no conjunction (on it or, misplaced, on its
 * "subject": "and his campaign CALLED for"), no auxiliary, no object, and its "subject" phrase ends right
 * before it, with no comma closing an apposition ("Abdul-Mahdi, the caretaker Prime Minister, RECOMMENDED"). A clause of its own would have a conjunction or
 * an object ("Israel released the mayor, Hamas jailed him").
 */
function reducedRelative(s: SentenceWords, v: number, subject: number): boolean {
  if (subject < 0 || s.head[subject] !== v || !NOMINAL.has(s.upos[subject]!) || !finite(s, v) || /(s|ing)$/.test(s.lower[v]!)) return false;
  if (s.children[v]!.some((c) => c < v ? c !== subject && !PHRASE_EDGE.has(s.relation[c]!) : s.relation[c] === 'obj')) return false;
  if (s.lower[v - 1] === ',' || s.children[subject]!.some((c) => s.relation[c] === 'cc')) return false;
  return subtree(s, subject).end === v;
}

/** Acts done to people that always take their victim as object when active ("killed" alone is never what someone did). */
const DONE_TO_PEOPLE = /^(kill|injure|wound|hurt|arrest|detain|capture|kidnap|abduct|execute|behead)$/;

/**
 * A count of people with one of those verbs and no object after it is the count of its victims, a reduced passive the
 * parser read as their act: "officials reporting at the time 150 security forces, 95 civilians, and hundreds of Taliban
 * KILLED", "police said three people KILLED in the blast".
 */
function countedVictims(s: SentenceWords, v: number, subject: number): boolean {
  if (subject < 0 || s.head[subject] !== v || !DONE_TO_PEOPLE.test(s.lemma[v]!) || !/(ed|en)$/.test(s.lower[v]!)) return false;
  if (s.children[v]!.some((c) => c > v && ['obj', 'iobj', 'ccomp', 'xcomp'].includes(s.relation[c]!))) return false;
  const counted = (n: number) => s.upos[n] === 'NUM' || COUNT_NOUNS.test(s.lower[n]!) || s.children[n]!.some((c) => s.relation[c] === 'nummod');
  return withConjuncts(s, subject).some(counted);
}

/** Nouns that count people ("HUNDREDS of Taliban"). */
const COUNT_NOUNS = /^(dozens|scores|hundreds|thousands|millions)$/;

/** Verbs that take an object and a clause of what is said to it ("told reporters the army WITHDREW"). */
const OBJECT_AND_CLAUSE = /^(tell|inform|assure|warn|remind|convince|persuade|notify|show|teach|ask|advise|promise)$/;

/**
 * A past participle the parser read as a clausal complement, with the noun before it as subject: the
 * noun is a preposition's ("issued arrest warrants FOR two Brazilian men SOUGHT in the slaying"), or
 * the verb above has its own object and takes no clause beside it ("released the mayor of Nablus, a
 * member of the Hamas movement JAILED over a year ago"). `reducedRelative` checks the rest.
 */
function misreadComplement(s: SentenceWords, v: number, subject: number): boolean {
  if (subject < 0) return false;
  if (s.children[subject]!.some((c) => s.relation[c] === 'case' && s.upos[c] === 'ADP')) return true;
  const governor = s.head[v]!;
  if (governor < 0) return false;
  if (!OBJECT_AND_CLAUSE.test(s.lemma[governor]!) && dependents(s, governor, 'obj').some((o) => o < subject)) return true;
  return !TAKES_CLAUSE.has(s.lemma[governor]!) && subtree(s, subject).start === governor + 1;
}

/**
 * Verbs that take a clause of what is said, thought, perceived, decided or asked for ("said the
 * refugees RETURNED", "believes the army WITHDREW"). Another verb with a "clause" right after it that
 * opens with its subject has read a noun and the participle modifying it as one ("France welcomed the
 * refugees EXPELLED from Libya": the refugees were expelled, France did not expel them).
 */
const TAKES_CLAUSE: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'claim', 'report', 'announce', 'declare', 'insist', 'argue', 'suggest', 'note', 'warn', 'confirm',
  'deny', 'admit', 'acknowledge', 'allege', 'assert', 'maintain', 'explain', 'reply', 'respond', 'answer', 'write', 'tweet', 'stress',
  'emphasize', 'emphasise', 'reveal', 'indicate', 'predict', 'estimate', 'conclude', 'complain', 'concede', 'testify', 'reiterate',
  'repeat', 'recall', 'remember', 'promise', 'vow', 'pledge', 'threaten', 'swear', 'guarantee', 'assure', 'inform', 'remind', 'convince',
  'think', 'believe', 'know', 'feel', 'hope', 'fear', 'expect', 'suspect', 'doubt', 'guess', 'assume', 'suppose', 'imagine', 'understand',
  'realize', 'realise', 'learn', 'hear', 'see', 'find', 'show', 'prove', 'mean', 'wish', 'worry', 'agree', 'decide', 'determine', 'rule',
  'ensure', 'demand', 'ask', 'order', 'urge', 'request', 'recommend', 'propose', 'pretend', 'mention', 'observe', 'notice',
]);

/** Heads of the noun a participle can modify (not "which" or "he": "the party, which DISBANDED in 2012"). */
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);
/** Dependents before a conjunct that a reduced relative may have: punctuation only. */
const PHRASE_EDGE = new Set(['punct']);

/** An inflected verb ("spoke", "signs"): its word is not its lemma. */
function finite(s: SentenceWords, v: number): boolean {
  return s.lower[v] !== s.lemma[v];
}

/**
 * An infinitive of purpose after the verb it serves, in the bare form ("traveled to Florida TO MEET with", "developing
 * plans TO ATTACK American diplomats", "troops have remained in Iraq TO PREVENT"): what it names is the aim, not yet
 * done. Read only where the tree is plain — a verb before it, the infinitive's own word in the bare form — since the
 * parser also hangs here a "to" that is a preposition ("admitted to ordering") or a later clause ("… were hit").
 */
function purpose(s: SentenceWords, v: number, head: number): boolean {
  return head < v && s.upos[head] === 'VERB' && s.upos[v] === 'VERB' && s.lower[v] === s.lemma[v] && s.lower[v - 1] === 'to';
}

/** A verb with a tense or an auxiliary of its own: no conjunct of an infinitive ("to oppose white minority rule, but WAS ARRESTED"). */
function inflected(s: SentenceWords, v: number): boolean {
  return finite(s, v) || auxiliariesOf(s, v).length > 0;
}

/** A verb with "to" before it by the tree: "plans TO attack", "a resolution TO expel". */
export function infinitive(s: SentenceWords, v: number): boolean {
  return s.children[v]!.some((c) => s.relation[c] === 'mark' && s.lower[c] === 'to');
}

/**
 * An inflected verb is never coordinated with an infinitive: such a tree ("urged the embassy to
 * reconsider and SPOKE with", "Iran issued arrest warrants on 36 people believed to have been
 * involved … and DEMANDED from Interpol") hangs it too low, and the verb it shares its subject
 * with is the nearest one above that is neither an infinitive nor a participle modifying a noun.
 */
function finiteAncestor(s: SentenceWords, v: number): number {
  let p = v;
  for (let steps = 0; p >= 0 && steps < s.words.length; steps++) {
    while (p >= 0 && s.upos[p] !== 'VERB') p = s.head[p]!;
    if (p < 0 || !(infinitive(s, p) || s.relation[p] === 'acl')) return p;
    p = s.head[p]!;
  }
  return p;
}

/** Objects, prepositional phrases and agents of a verb, up to its first clausal complement. */
function complementsOf(s: SentenceWords, v: number): Pick<TreeRoles, 'objects' | 'obliques' | 'agents'> {
  const objects: number[] = [];
  const obliques: Array<{ prep: string; head: number; echoes?: number }> = [];
  const agents: number[] = [];
  for (const c of s.children[v]!) {
    const relation = s.relation[c]!;
    if (c > v && CLAUSAL.has(relation)) break;
    if (relation === 'obj' || relation === 'iobj') objects.push(...withConjuncts(s, c));
    else if (relation === 'obl:agent') agents.push(...withConjuncts(s, c));
    else if (relation === 'obl' || relation === 'obl:unmarked' || relation === 'nmod') {
      const prep = caseOf(s, c);
      if (prep === 'by' && dependents(s, v, 'aux:pass').length) agents.push(...withConjuncts(s, c));
      else {
        // a phrase lifted off a name comes first: the name is where ("in Minsk"), the phrase whom ("against Lukashenko")
        for (const head of phrasesOnName(s, c)) obliques.push({ prep: caseOf(s, head), head });
        for (const head of withConjuncts(s, c)) obliques.push({ prep, head });
        for (const head of echoedPhrases(s, c, prep)) obliques.push({ prep, head, echoes: c });
      }
    }
  }
  if (!objects.length) objects.push(...shiftedObject(s, v, obliques));
  return { objects, obliques, agents };
}

/**
 * "Iran rejected as baseless THE CLAIMS by the United States", "Albania condemned as a grave crime SERBIA'S
 * CRACKDOWN on …": an object written after the "as" phrase that judges it, which the parser hangs on that phrase — as
 * the object of its adjective, or as its own head with the judging noun made a compound before a possessive. The object's
 * head (with its conjuncts), none when the verb's "as" phrase holds no such object.
 */
function shiftedObject(s: SentenceWords, v: number, obliques: ReadonlyArray<{ prep: string; head: number }>): number[] {
  const as = obliques.find((o) => o.prep === 'as' && o.head > v)?.head;
  if (as === undefined) return [];
  const object = s.children[as]!.find((c) => c > as && s.relation[c] === 'obj');
  if (object !== undefined) return withConjuncts(s, object);
  const owner = s.children[as]!.find((c) => s.relation[c] === 'nmod:poss' && s.upos[c] === 'PROPN');
  const judged = owner !== undefined && s.children[as]!.some((c) => c < owner && s.relation[c] === 'compound' && s.upos[c] === 'NOUN');
  return judged ? withConjuncts(s, as) : [];
}

/**
 * "protested in Minsk AGAINST PRESIDENT LUKASHENKO": a prepositional phrase the parse hung on a
 * name in the verb's phrase is the verb's — a name takes no such modifier but "of" ("Talon of
 * Benin") and the bracketed or appositive words the parse labels otherwise. Heads of such phrases.
 */
function phrasesOnName(s: SentenceWords, head: number): number[] {
  if (s.upos[head] !== 'PROPN') return [];
  return s.children[head]!.filter((c) => c > head && s.relation[c] === 'nmod' && s.upos[c] !== 'NUM' && !['of', ''].includes(caseOf(s, c)));
}

/** Words that may stand between a prepositional phrase and its elliptical echo: ", then with", "and later with". */
const ECHO_GLUE = new Set([',', 'and', 'then', 'later', 'also', 'afterwards', 'subsequently', 'before', 'after', 'again']);

/** How far after a phrase's head its echo is looked for: a phrase longer than this has none (and a sentence of thousands of words costs no more per phrase). */
const ECHO_REACH = 40;

/** Whether the preposition comes again soon after `head`, right after a word of ECHO_GLUE: most phrases have no echo, and their subtree is not walked. */
function echoLater(s: SentenceWords, head: number, prep: string): boolean {
  const limit = Math.min(s.words.length, head + ECHO_REACH);
  for (let k = head + 1; k < limit; k++) if (s.lower[k] === prep && ECHO_GLUE.has(s.lower[k - 1]!)) return true;
  return false;
}

/**
 * "Mitsotakis met with the International Monetary Fund, then with President Trump": the same
 * preposition again after a phrase, with only ", then" or "and later" between, is the verb's
 * phrase once more, an ellipsis of the verb the parser hangs elsewhere. Heads of such echoes.
 */
function echoedPhrases(s: SentenceWords, head: number, prep: string): number[] {
  if (!prep || !echoLater(s, head, prep)) return [];
  const out: number[] = [];
  let i = subtree(s, head).end;
  for (let echoes = 0; echoes < 4; echoes++) {
    let k = i;
    while (k < s.words.length && ECHO_GLUE.has(s.lower[k]!)) k++;
    if (k === i || k >= s.words.length || s.lower[k] !== prep || s.relation[k] !== 'case') return out;
    const echoed = s.head[k]!;
    if (echoed <= k || s.upos[echoed] === 'VERB') return out;
    out.push(echoed);
    i = subtree(s, echoed).end;
  }
  return out;
}

/** The preposition of a prepositional phrase ("according to" → "according"), "" when none. */
export function caseOf(s: SentenceWords, head: number): string {
  const mark = s.children[head]!.find((c) => s.relation[c] === 'case');
  return mark === undefined ? '' : s.lower[mark]!;
}

/**
 * How the tree presents a verb's act: its own auxiliaries and negation, the verb it completes
 * ("refused to", "plans to"), a condition above it ("if"), a claim verb or a denial it reports.
 */
function modeOf(s: SentenceWords, v: number, depth = 0): EventMode {
  const group = s.children[v]!.filter((c) => c < v && GROUP_RELATIONS.has(s.relation[c]!)).map((c) => s.lower[c]!);
  let mode = modeOfVerbGroup(group);
  const relation = s.relation[v]!;
  const head = s.head[v]!;
  if (head >= 0 && depth < 8 && relation === 'xcomp') {
    const governing = modeOf(s, head, depth + 1);
    const controlled = s.children[head]!.some((c) => s.relation[c] === 'obj' || s.relation[c] === 'iobj');
    mode = combineModes(combineModes(mode, modeFromGovernor(s.lemma[head]!, !controlled)), governing === 'asserted' ? null : governing);
    if (controlled && isRequestVerb(s.lemma[head]!)) mode = combineModes(mode, 'hypothetical');
  } else if (head >= 0 && relation === 'advcl' && infinitive(s, v)) {
    // "called on Turkey TO HALT", "called for NATO members TO INCREASE", "encouraging allies such as Germany TO RESTRICT": asked of another, read as purpose
    if (isRequestVerb(s.lemma[head]!)) mode = combineModes(mode, 'hypothetical');
    // "developing plans TO ATTACK American diplomats", "sent troops TO ATTACK the city": a purpose is an act intended, not done
    else if (purpose(s, v, head)) mode = combineModes(mode, 'intended');
  } else if (chargedMode(s, v) !== null) {
    // "accused Iran OF ATTACKING": the accuser's claim; "prevent a New York State law FROM ALLOWING": not done
    mode = combineModes(mode, chargedMode(s, v));
  } else if (head >= 0 && depth < 8 && relation === 'conj' && s.upos[head] === 'VERB' && !openedByThat(s, v) && subjectReadAsObject(s, v) < 0
    && !(infinitive(s, head) && inflected(s, v))) {
    const first = modeOf(s, head, depth + 1);
    mode = combineModes(mode, first === 'asserted' || first === 'negated' ? null : first);
  } else if (head >= 0 && (relation === 'ccomp' || relation === 'conj')) {
    const reporter = relation === 'conj' ? firstComplementGovernor(s, v) ?? head : head;
    if (isClaimVerb(s.lemma[reporter]!) || isClaimVerb(s.lower[reporter]!)) mode = combineModes(mode, 'reported');
    if (relation === 'ccomp') mode = combineModes(mode, modeFromGovernor(s.lemma[head]!, false) === 'hypothetical' || askedInSubjunctive(s, v, head) ? 'hypothetical' : null);
  }
  if (head >= 0 && proposedByNoun(s, v, head)) mode = combineModes(mode, 'hypothetical');
  if (scheduled(s, v)) mode = combineModes(mode, 'intended');
  if (inCondition(s, v)) mode = combineModes(mode, 'hypothetical');
  if (noneDoes(s, v)) mode = 'negated';
  return mode;
}

/** Forms of "be" that, before "to" and a verb, say the act is arranged ("Russia IS TO withdraw", "were to take over"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am', "'s", "'re"]);

/** "Russia is to withdraw its troops", "The Health Emergency Operation Center were to take over": an act arranged, not done. */
function scheduled(s: SentenceWords, v: number): boolean {
  const before = s.children[v]!.filter((c) => c < v);
  return before.some((c) => s.relation[c] === 'mark' && s.lower[c] === 'to') && before.some((c) => (s.relation[c] === 'cop' || s.relation[c] === 'aux') && BE_FORMS.has(s.lower[c]!));
}

/** Nouns of proposing and asking, whose "that" clause is what is asked for, not what was done. */
const PROPOSAL_NOUNS = /^(proposal|proposition|suggestion|demand|request|call|recommendation|plan|idea|offer|motion|appeal|insistence|requirement|condition|ultimatum|order|instruction|wish|hope)$/;

/**
 * "Macron's suggestion that Amazon issues BE DISCUSSED at the G-7", "the US proposal that NATO WITHDRAW its troops", "the
 * demand that Russia LEAVE Syria": the "that" clause of a noun of proposing or asking is asked for (hypothetical). A
 * relative clause on such a noun ("the proposal that NATO MADE") lacks the object or subject "that" stands for: only a
 * clause with a subject of its own and an object, or a passive, counts.
 */
function proposedByNoun(s: SentenceWords, v: number, noun: number): boolean {
  if (s.upos[noun] !== 'NOUN' || !PROPOSAL_NOUNS.test(s.lemma[noun]!) || noun > v) return false;
  const relation = s.relation[v]!;
  if (relation !== 'acl' && relation !== 'acl:relcl' && relation !== 'ccomp') return false;
  if (!s.lower.slice(noun + 1, v).includes('that')) return false;
  const subject = ownSubject(s, v);
  if (subject < 0 || RELATIVE_PRONOUNS.has(s.lower[subject]!)) return false;
  return s.children[v]!.some((c) => s.relation[c] === 'obj' || s.relation[c] === 'aux:pass') || s.relation[subject] === 'nsubj:pass';
}

/**
 * Prepositions that open the act a verb's object is accused, blamed, thanked or punished for ("accused Iran OF attacking"),
 * or kept from ("prevent the law FROM allowing").
 */
export const CHARGE_MARKS: ReadonlySet<string> = new Set(['of', 'for', 'with', 'from']);

/** Verbs that keep their object from an act: "prevent … FROM allowing", "barred him from entering", "refrained from attacking". */
const PREVENTING = /^(prevent|stop|bar|ban|block|keep|prohibit|forbid|restrain|deter|discourage|dissuade|refrain|preclude|hinder|save|spare|exclude|disqualify)$/;

/**
 * The mode the verb of an act one is charged with gives it: a claim's (reported), a prevention's (negated); null when it
 * gives none or `v` is no such act.
 */
function chargedMode(s: SentenceWords, v: number): EventMode | null {
  const verb = chargingVerb(s, v);
  if (verb < 0) return null;
  const from = s.children[v]!.some((c) => c < v && s.lower[c] === 'from');
  if (from) return PREVENTING.test(s.lemma[verb]!) ? 'negated' : null;
  return isClaimVerb(s.lemma[verb]!) ? 'reported' : null;
}

/**
 * The verb whose object is charged with, thanked or blamed for (or kept from) the act of an "-ing" clause opened by "of",
 * "for", "with" or "from" ("accused Iran OF ATTACKING", "prevent a New York State law FROM ALLOWING"), the clause hung on
 * the verb (advcl) or read as modifying its object (acl: "blame Bolsonaro FOR ENCOURAGING"); -1 when it is no such act.
 */
export function chargingVerb(s: SentenceWords, v: number): number {
  if (!s.lower[v]!.endsWith('ing') || ownSubject(s, v) >= 0) return -1;
  if (!s.children[v]!.some((c) => c < v && (s.relation[c] === 'mark' || s.relation[c] === 'case') && CHARGE_MARKS.has(s.lower[c]!))) return -1;
  const head = s.head[v]!;
  if (head < 0) return -1;
  const verb = s.relation[v] === 'advcl' ? head : s.relation[v] === 'acl' && s.relation[head] === 'obj' ? s.head[head]! : -1;
  return verb >= 0 && s.upos[verb] === 'VERB' ? verb : -1;
}

/** Subjects that say no one did it: "NO Coalition troops were injured", "NOBODY was killed", "NO organization claimed". */
const NO_ONE = new Set(['nobody', 'none', 'noone', 'no-one']);

/** True when the verb's subject is no one: a pronoun of none, or a noun with "no" ("no troops", "no one"). */
function noneDoes(s: SentenceWords, v: number): boolean {
  const subject = subjectOf(s, v);
  if (subject < 0) return false;
  if (NO_ONE.has(s.lower[subject]!)) return true;
  return s.children[subject]!.some((c) => c < subject && s.relation[c] === 'det' && s.lower[c] === 'no');
}

/** Verbs of asking that also report what is said ("told the press his nephew needed a dose", "called it a mistake"): their clause is no request. */
const REPORTING_ASKERS = /^(tell|told|call)/;

/**
 * "Adil Abdul-Mahdi recommended the United States troops in Iraq WITHDRAW", "demanded that Turkey STOP its
 * attack", "urged that aid BE DELIVERED": a clause of a verb of asking whose verb is in the bare form (the
 * subjunctive: no tense, no auxiliary but "should" or "be") is asked for, not done.
 */
export function askedInSubjunctive(s: SentenceWords, v: number, asker: number, group: readonly string[] = auxiliariesOf(s, v)): boolean {
  if (!(isRequestVerb(s.lemma[asker]!) || PROPOSING.test(s.lemma[asker]!)) || REPORTING_ASKERS.test(s.lemma[asker]!)) return false;
  return s.lower[v] === s.lemma[v] && group.every((w) => SUBJUNCTIVE_GROUP.has(w));
}

/** Verbs that propose an act to another, besides the verbs of asking: "recommended", "advised", "suggested", "insisted [that]". */
const PROPOSING = /^(recommend|advis|suggest|propos|insist)/;

/** Words a verb group in the subjunctive may hold: "should withdraw", "be delivered", "not be". */
const SUBJUNCTIVE_GROUP: ReadonlySet<string> = new Set(['should', 'be', 'not']);

function auxiliariesOf(s: SentenceWords, v: number): string[] {
  return s.children[v]!.filter((c) => s.relation[c] === 'aux' || s.relation[c] === 'aux:pass').map((c) => s.lower[c]!);
}

/**
 * A conjunct opened by "that" is a second complement the parser hung on the verb that governs the
 * first ("alleged that France was aware …, and that the French military HELPED"): it is reported
 * as that verb reports it.
 */
function openedByThat(s: SentenceWords, v: number): boolean {
  return s.children[v]!.some((c) => s.relation[c] === 'mark' && s.lower[c] === 'that');
}

/**
 * The verb that governs the first of two "that" clauses when the parser hung the second on another
 * verb: "A 500-page report released Tuesday … ALLEGED that France was aware of preparations for the
 * genocide, and that the French military in Rwanda HELPED to plan …" made "helped" a conjunct of
 * "released", but "and that" opens a second complement of the verb whose "that" clause it follows.
 * Null when the conjunct is no "that" clause or no earlier "that" complement stands before it.
 */
function firstComplementGovernor(s: SentenceWords, v: number): number | null {
  if (!openedByThat(s, v)) return null;
  const own = s.children[v]!.find((c) => s.relation[c] === 'mark' && s.lower[c] === 'that')!;
  for (let k = own - 1; k >= 0; k--) {
    if (s.relation[k] !== 'mark' || s.lower[k] !== 'that') continue;
    const clause = s.head[k]!;
    return clause >= 0 && s.relation[clause] === 'ccomp' && s.head[clause]! >= 0 ? s.head[clause]! : null;
  }
  return null;
}

/** Whether a clause on the way up from the verb is opened by "if", "unless" or "whether". */
function inCondition(s: SentenceWords, v: number): boolean {
  for (let p = v, steps = 0; p >= 0 && steps < s.words.length; p = s.head[p]!, steps++) {
    if (s.children[p]!.some((c) => s.relation[c] === 'mark' && CONDITION_WORDS.has(s.lower[c]!))) return true;
    if (s.relation[p] !== 'conj' && s.relation[p] !== 'xcomp') return false;
  }
  return false;
}
