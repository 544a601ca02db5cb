import type { Polarity } from '../../model/layers.js';
import { agentOf, dependentOf, dependentsOf, headOf, isNegated, isPassive, objectOf, subjectOf, subtreeOf } from '../../syntax/accessors.js';
import { cover, phraseEnd, type Finding } from './finding.js';
import { holdersOf } from './holders.js';
import { ADHERENCE_VERBS, CLAIMED_ACTS, GENERIC_ADDRESSEES, INTENTION_VERBS, JUDGEMENT_VERBS, POLICY_ACTS, PROPOSAL_VERBS, STANCE_NOUNS, STANCE_VERBS, TERMINATION_VERBS, isTopicHead } from './lexicon.js';
import { clauseMention, hasContent, nounMention, type TopicMention } from './mentions.js';
import { evaluate, modulate } from './polarity.js';
import type { StanceView } from './view.js';

/**
 * A verb's prepositional phrases in text order, with those the parser hangs on an adverb right after the verb: "disagreed
 * strongly with his plans", "voted overwhelmingly against the bill" (the phrase belongs to the verb, the adverb
 * only grades it).
 */
function obliquesOf(v: StanceView, i: number, ...relations: string[]): number[] {
  const own = dependentsOf(v.syntax, i, ...relations);
  for (const adv of dependentsOf(v.syntax, i, 'advmod')) {
    if (adv > i && v.pos(adv) === 'ADV') own.push(...dependentsOf(v.syntax, adv, 'obl', 'obl:*').filter((c) => c > adv));
  }
  return own.sort((a, b) => a - b); // in text order: the phrase right after the verb comes first
}

/** The preposition or particle a verb takes: "vote for", "warn against", "call on", "disagreed … with". */
function particleOf(v: StanceView, verb: string, i: number): string {
  const prt = dependentOf(v.syntax, i, 'compound:prt');
  if (prt >= 0) return v.word(prt);
  for (const c of obliquesOf(v, i, 'obl', 'obl:*', 'xcomp')) {
    const kase = dependentOf(v.syntax, c, 'case', 'mark');
    if (kase >= 0 && kase > i) return STANCE_VERBS.has(`${verb} ${v.word(kase)}`) || ['for', 'on'].includes(v.word(kase)) ? v.word(kase) : '';
  }
  return '';
}

/** The noun after a particle: "disagreed strongly with many of his suggestions" → "many". */
function particleObject(v: StanceView, i: number, particle: string): number {
  for (const c of obliquesOf(v, i, 'obl', 'obl:*')) {
    const kase = dependentOf(v.syntax, c, 'case');
    if (kase >= 0 && v.word(kase) === particle) return c;
  }
  return -1;
}

/** A topic a phrase names, looking through "many of" to "his suggestions". */
function topicAt(v: StanceView, t: number, strict = false): TopicMention | null {
  if (t < 0) return null;
  const m = nounMention(v, t, strict);
  if (m) return m;
  const inner = dependentOf(v.syntax, t, 'nmod');
  return inner >= 0 && ['many', 'some', 'one', 'all', 'most', 'part'].includes(v.lemma(t)) ? nounMention(v, inner, strict) : null;
}

/**
 * The subject that holds a verb's position: its own (or shared through a complement or conjunct), that of
 * the verb a participle clause hangs on ("…, calling it 'null and void'"), or where the parse lost it, the
 * nearest entity just before the verb ("On live television Erdogan also attacked …").
 */
/** Relations of a name that only modifies another word ("a Washington address"): not a subject. */
const MODIFIERS = new Set(['compound', 'amod', 'nmod:poss', 'obl', 'nmod', 'flat']);

export function holderSubject(v: StanceView, i: number): number {
  const own = subjectOf(v.syntax, i);
  if (own >= 0) return own;
  const head = headOf(v.syntax, i);
  if (head >= 0 && v.rel(i) === 'advcl' && v.pos(head) === 'VERB') {
    const shared = subjectOf(v.syntax, head);
    if (shared >= 0) return shared;
  }
  for (let t = i - 1; t >= Math.max(0, i - 6) && v.sentenceOf[t] === v.sentenceOf[i]; t--) {
    if (v.pos(t) === 'VERB' || v.pos(t) === 'PUNCT') break;
    if (v.entityOf[t] >= 0 && !MODIFIERS.has(v.rel(t))) return t;
  }
  return -1;
}

/** "calling it …" after "commented on the Turkish-Libyan maritime border agreement": a pronoun stands for the topic just named in its sentence. */
export function resolvePronoun(v: StanceView, m: TopicMention): TopicMention {
  if (!m.anaphoric || m.tokenEnd - m.tokenStart !== 1 || v.pos(m.head) === 'NOUN') return m;
  const first = v.sentences[v.sentenceOf[m.head]]!.tokenStart;
  for (let t = m.head - 1; t >= first; t--) {
    if (v.pos(t) !== 'NOUN' || v.entityOf[t] >= 0) continue;
    const named = nounMention(v, t);
    if (named && !named.anaphoric && named.tokenEnd <= m.head) return named;
  }
  return m;
}

/** Where the parse lost a verb's object ("disagreed strongly with many of his suggestions"): the first topic noun of the next few words. */
function topicAfter(v: StanceView, i: number): TopicMention | null {
  for (let t = i + 1; t < Math.min(i + 8, v.tokens.length) && v.sentenceOf[t] === v.sentenceOf[i]; t++) {
    if (v.pos(t) === 'PUNCT' || v.pos(t) === 'VERB') return null;
    if (v.pos(t) === 'NOUN' && v.entityOf[t] < 0) {
      const m = nounMention(v, t, true);
      if (m) return m;
    }
  }
  return null;
}

/**
 * "Russia rejected the plan", "this idea, entertained by … President Macron and … Donald Tusk", "the embassy
 * declined the request", "I disagreed strongly with many of his suggestions": a stance verb with a topic as
 * its object (or passive subject) and its subject (or agent) as holder.
 */
export function stanceVerb(v: StanceView, i: number): Finding | null {
  const lemma = v.lemma(i);
  const particle = particleOf(v, lemma, i);
  const key = STANCE_VERBS.has(`${lemma} ${particle}`) ? `${lemma} ${particle}` : lemma;
  const entry = STANCE_VERBS.get(key);
  if (!entry || (entry.particle && key === lemma)) return null;
  // "considers it a Project of Common Interest", "considered as": a judgement, not deliberation
  if (lemma === 'consider' && (dependentOf(v.syntax, i, 'xcomp', 'ccomp') >= 0 || v.next(i) === 'as')) return null;
  const passive = isPassive(v.syntax, i);
  const topicToken = passive
    ? (v.rel(i) === 'acl' ? headOf(v.syntax, i) : dependentOf(v.syntax, i, 'nsubj:pass'))
    : entry.particle ? particleObject(v, i, entry.particle) : objectOf(v.syntax, i);
  const xcomp = topicToken < 0 && !passive ? dependentOf(v.syntax, i, 'xcomp') : -1;
  // "refused to hand over the documents" opposes any act; "would support to run against …" supports only a policy
  const complement = xcomp >= 0 && (isPolicy(v, xcomp) || (entry.polarity === 'oppose' && hasObject(v, xcomp))) ? xcomp : -1;
  const strict = entry.strict === true;
  const topic = complement >= 0 ? complementTopic(v, complement)?.mention ?? null : topicAt(v, topicToken, strict) ?? (passive ? null : topicAfter(v, i));
  if (!topic) return null;
  const holderToken = passive ? agentOf(v.syntax, i) : holderSubject(v, i);
  const holders = holdersOf(v, holderToken);
  const polarity = modulate(v, key, i, entry.polarity);
  if (!holders.length || !polarity) return null;
  const evidence = cover(holderToken, phraseEnd(v.syntax, holderToken), i, topic);
  return { holders, topic: resolvePronoun(v, topic), polarity, cue: [i], evidence, by: `stances/verb:${key}` };
}

/**
 * "deemed the suggestion premature", "labeled the possibility of Western forces in Ukraine as one of the most
 * effective tools", "called the move a 'smash and grab on our democracy'", "calling it 'null and void'": a
 * judgement of a topic, its polarity that of the evaluative words said of it.
 */
export function judgementVerb(v: StanceView, i: number): Finding | null {
  const lemma = v.lemma(i);
  if (!JUDGEMENT_VERBS.has(lemma) || (lemma === 'call' && ['for', 'on'].includes(particleOf(v, lemma, i)))) return null;
  const { tokenStart, tokenEnd } = subtreeOf(v.syntax, i);
  const object = objectOf(v.syntax, i);
  if (object >= 0 && (v.pos(object) === 'PRON' || v.pos(object) === 'PROPN') && !nounMention(v, object)) return null; // "described him as …"
  const subject = holderSubject(v, i);
  const subjectRange = subject >= 0 ? subtreeOf(v.syntax, subject) : null;
  const topic = judgedTopic(v, i, tokenEnd);
  if (!topic) return null;
  const skip: Array<[number, number]> = [[topic.tokenStart, topic.tokenEnd], [i, i + 1]];
  if (subjectRange) skip.push([subjectRange.tokenStart, subjectRange.tokenEnd]);
  const { score, words } = evaluate(v, tokenStart, tokenEnd, skip);
  if (score === 0) return null;
  const holders = holdersOf(v, subject);
  if (!holders.length) return null;
  const polarity: Polarity = isNegated(v.syntax, i) ? 'neutral' : score > 0 ? 'support' : 'oppose';
  return { holders, topic: resolvePronoun(v, topic), polarity, cue: [i, ...words], evidence: cover(subject, i, topic, ...words), by: `stances/judgement:${lemma}` };
}

/**
 * The first noun phrase after a judgement verb, if it is a topic, or the topic it is a quality of ("the
 * openness of the EastMed project"); "called the death 'the senseless killing …'" judges no topic.
 */
function judgedTopic(v: StanceView, i: number, end: number): TopicMention | null {
  for (let t = i + 1; t < end; t++) {
    if (v.pos(t) !== 'NOUN' && v.pos(t) !== 'PRON') continue;
    const own = nounMention(v, t);
    if (own) return own;
    const of = dependentsOf(v.syntax, t, 'nmod').find((c) => {
      const kase = dependentOf(v.syntax, c, 'case');
      return kase >= 0 && v.word(kase) === 'of';
    });
    return of !== undefined ? nounMention(v, of) : null;
  }
  return null;
}

/** What a proposal's content makes of its proposer's position: "to join the project" supports the project, "the bill to be dropped" opposes the bill. */
export function complementTopic(v: StanceView, head: number, governorObject = -1, strictNouns = false): { mention: TopicMention; polarity: Polarity } | null {
  const lemma = v.lemma(head);
  const stance = v.pos(head) === 'VERB' ? STANCE_VERBS.get(lemma) : undefined;
  if (stance && !stance.particle) {
    // "plans to oppose the bill", "agreed to support some of her opponents' plans": the inner verb's position
    const object = topicAt(v, objectOf(v.syntax, head), stance.strict);
    if (object) return { mention: object, polarity: stance.polarity };
  }
  if (v.pos(head) === 'VERB' && (TERMINATION_VERBS.has(lemma) || ADHERENCE_VERBS.has(lemma))) {
    const own = dependentOf(v.syntax, head, 'obj', 'nsubj:pass', 'obl');
    // "called for the bill to be dropped": the parse hangs "the bill" on "called"
    const object = own >= 0 ? own : governorObject;
    const mention = object >= 0 ? objectTopic(v, object) : null;
    if (mention) return { mention, polarity: TERMINATION_VERBS.has(lemma) ? 'oppose' : 'support' };
  }
  if (!['VERB', 'NOUN', 'PROPN'].includes(v.pos(head)) || !hasContent(v, head)) return null;
  if (v.pos(head) !== 'VERB') {
    const mention = topicAt(v, head, strictNouns);
    return mention && !STANCE_NOUNS.has(v.lemma(head)) ? { mention, polarity: 'support' } : null;
  }
  // "asked the governments … not to turn away boats": what is asked not to be done is opposed
  return { mention: clauseMention(v, head), polarity: isNegated(v.syntax, head) ? 'oppose' : 'support' };
}

/** The object of joining or ending: a topic, or an organisation or agreement by name ("join the AfCFTA"). */
function objectTopic(v: StanceView, t: number): TopicMention | null {
  const m = topicAt(v, t);
  if (m) return m;
  const e = v.entityOf[t];
  if (e < 0 || !['ORG', 'MISC'].includes(v.entities[e]!.type)) return null;
  return { tokenStart: t, tokenEnd: t + 1, labelStart: t, labelEnd: t + 1, head: t, anaphoric: false };
}

/**
 * "Erdoğan pledged converting Hagia Sophia … to a mosque", "Iran … demanded from Interpol to publish a red
 * notice", "urged the immunity be waived", "called for the bill to be dropped", "asked for … Bolton's
 * resignation": the proposer supports what is proposed (or opposes what it asks to end).
 */
export function proposalVerb(v: StanceView, i: number): Finding | null {
  const lemma = v.lemma(i);
  if (!PROPOSAL_VERBS.has(lemma) || v.pos(i) !== 'VERB' || isNegated(v.syntax, i) || describesNoun(v, i)) return null;
  if (dependentOf(v.syntax, i, 'aux:pass') >= 0 || addressedToAnyone(v, i)) return null; // "were openly called to join": the addressee, not the proposer
  const content = proposalContent(v, lemma, i);
  if (content < 0) return null;
  // one's own intention, or an appeal to someone who is no actor ("asked me to prove it"), counts only for an act of policy
  if ((INTENTION_VERBS.has(lemma) || !addressedToActor(v, i)) && !isPolicy(v, content)) return null;
  const found = complementTopic(v, content, particleObject(v, i, 'for'), true);
  if (!found) return null;
  const holderToken = subjectOf(v.syntax, i) >= 0 ? subjectOf(v.syntax, i) : proposerOfNoun(v, i);
  const holders = holdersOf(v, holderToken);
  // "Two-thirds of senators must vote to convict" says what is required, "could vote to" what is weighed
  const polarity = modulate(v, lemma, i, found.polarity);
  if (!holders.length || polarity === null) return null;
  return { holders, topic: found.mention, polarity, cue: [i], evidence: cover(holderToken, i, found.mention), by: `stances/proposal:${lemma}` };
}

/** "refused to hand over the documents": an act on something named, not "refuses to have me". */
function hasObject(v: StanceView, verb: number): boolean {
  const object = dependentOf(v.syntax, verb, 'obj');
  return object >= 0 && v.pos(object) !== 'PRON';
}

/** An intention's content that is policy: an act of policy ("to join", "converting … to a mosque") or one naming a topic ("to … hold a constitutional referendum"). */
function isPolicy(v: StanceView, content: number): boolean {
  if (v.pos(content) !== 'VERB') return nounMention(v, content, true) !== null;
  if (POLICY_ACTS.has(v.lemma(content))) return true;
  const { tokenStart, tokenEnd } = subtreeOf(v.syntax, content);
  for (let t = tokenStart; t < tokenEnd; t++) if (v.pos(t) === 'NOUN' && isTopicHead(v.lemma(t), true)) return true;
  return false;
}

/** "Theresa May's proposed Brexit deal": a participle describing a noun proposes nothing itself. */
function describesNoun(v: StanceView, i: number): boolean {
  const rel = v.rel(i);
  if (rel === 'amod' || (rel === 'acl' && v.syntax.xposTags[v.syntax.xpos[i]] === 'VBN')) return true;
  return i > 0 && ["'s", 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our'].includes(v.word(i - 1)); // "May's proposed deal", however parsed
}

/** "Trump asks Zelensky to investigate …", "urged the embassy to …": the one asked is an actor of the record. */
function addressedToActor(v: StanceView, i: number): boolean {
  const addressee = dependentOf(v.syntax, i, 'obj', 'iobj');
  if (addressee < 0) return true; // "urged the immunity be waived", "called for …": asked of whoever decides
  return v.entityOf[addressee] >= 0 && v.pos(addressee) !== 'PRON';
}

/** "asked people to pray", "urge anyone with any information to contact police": an appeal, not a policy. */
function addressedToAnyone(v: StanceView, i: number): boolean {
  const clause = dependentOf(v.syntax, i, 'xcomp');
  const candidates = [...dependentsOf(v.syntax, i, 'obj', 'iobj'), ...(clause >= 0 ? dependentsOf(v.syntax, clause, 'nsubj') : [])];
  return candidates.some((t) => GENERIC_ADDRESSEES.has(v.lemma(t)) || GENERIC_ADDRESSEES.has(v.word(t)));
}

/** Verbs that also report a belief: "suggested there were not enough votes" is a claim, "suggested a broader probe" a proposal. */
const CLAIMING = new Set(['suggest', 'insist', 'propose', 'urge', 'demand', 'ask', 'recommend']);

/** A that-clause that says what should be done: "insists that the budget include funding", "recommends that every country should iodise". */
function isMandate(v: StanceView, clause: number): boolean {
  const aux = dependentOf(v.syntax, clause, 'aux');
  if (aux >= 0) return ['should', 'must', 'shall'].includes(v.word(aux));
  return v.syntax.xposTags[v.syntax.xpos[clause]] === 'VB' || dependentOf(v.syntax, clause, 'aux:pass') >= 0 && v.word(dependentOf(v.syntax, clause, 'aux:pass')) === 'be';
}

/** Verbs that must say what they ask for with "for" or a clause: "call for", "push for", "press for". */
const NEEDS_PARTICLE = new Set(['call', 'push', 'press']);

function proposalContent(v: StanceView, lemma: string, i: number): number {
  if (NEEDS_PARTICLE.has(lemma) && !['for', 'on'].includes(particleOf(v, lemma, i))) return -1; // "called it 'a retrograde step'"
  // "called on Italy and Egypt to join the project, adding …": the infinitive, not the clause that follows
  const clauses = dependentsOf(v.syntax, i, 'xcomp', 'ccomp');
  const clause = clauses.find((c) => v.word(dependentOf(v.syntax, c, 'mark')) === 'to') ?? clauses[0] ?? addressedInfinitive(v, i);
  if (clause >= 0) return v.rel(clause) === 'ccomp' && CLAIMING.has(lemma) && !isMandate(v, clause) ? -1 : clause;
  const forPhrase = particleObject(v, i, 'for');
  if (forPhrase >= 0) return infinitiveOf(v, forPhrase) ?? forPhrase;
  if (NEEDS_PARTICLE.has(lemma) || lemma === 'ask') return -1;
  const object = objectOf(v.syntax, i);
  return object >= 0 && v.pos(object) === 'NOUN' ? object : -1;
}

/**
 * "demanded from the court to release the files", "requested of the council to hold a vote": with the addressee
 * in a prepositional phrase and no object, the parser takes the infinitive for a clause of purpose (advcl), yet it
 * says what is asked. Not "in order to …", and not after an object ("demanded money to fund …": a purpose).
 */
function addressedInfinitive(v: StanceView, i: number): number {
  if (dependentOf(v.syntax, i, 'obj', 'iobj') >= 0) return -1;
  const addressee = dependentsOf(v.syntax, i, 'obl').find((c) => c > i && ['from', 'of'].includes(v.word(dependentOf(v.syntax, c, 'case'))));
  if (addressee === undefined) return -1;
  const clause = dependentsOf(v.syntax, i, 'advcl').find((c) => c > addressee && dependentsOf(v.syntax, c, 'mark').map((m) => v.word(m)).join(' ') === 'to');
  return clause ?? -1;
}

/**
 * "called for the bill TO BE DROPPED", "pushed for talks TO RESUME": the infinitive a parse hung on
 * the noun after "for" says what is asked of it; undefined when the noun has none.
 */
function infinitiveOf(v: StanceView, noun: number): number | undefined {
  return dependentsOf(v.syntax, noun, 'acl').find((c) => c > noun && v.word(dependentOf(v.syntax, c, 'mark')) === 'to');
}

/**
 * "calls by United Kingdom officials asking …": the proposer of the noun a participle describes, or
 * that noun itself when it names a holder (the parse hung "asking" on "officials").
 */
function proposerOfNoun(v: StanceView, i: number): number {
  if (v.rel(i) !== 'acl') return -1;
  const noun = headOf(v.syntax, i);
  const proposer = proposerOf(v, noun);
  return proposer >= 0 || !holdersOf(v, noun).length ? proposer : noun;
}

/** The proposer of a noun: "Honcharuk's offer", "the request of Prime Minister Boris Johnson", "calls by … officials". */
export function proposerOf(v: StanceView, noun: number): number {
  const poss = dependentOf(v.syntax, noun, 'nmod:poss');
  if (poss >= 0 && v.entityOf[poss] >= 0) return poss;
  for (const c of dependentsOf(v.syntax, noun, 'nmod')) {
    const kase = dependentOf(v.syntax, c, 'case');
    if (kase >= 0 && ['of', 'by'].includes(v.word(kase)) && v.entityOf[c] >= 0) return c;
  }
  return -1;
}

/**
 * "North Korea stated it would attack … if the broadcasts do not stop", "… if the enemy does not stop the
 * propaganda broadcast": an ultimatum, whose maker opposes what it demands to end.
 */
export function ultimatum(v: StanceView, i: number): Finding | null {
  if (!TERMINATION_VERBS.has(v.lemma(i)) || v.rel(i) !== 'advcl') return null;
  const mark = dependentOf(v.syntax, i, 'mark');
  const word = mark >= 0 ? v.word(mark) : '';
  if (!((word === 'if' && isNegated(v.syntax, i)) || word === 'unless')) return null;
  const object = dependentOf(v.syntax, i, 'obj');
  const topic = topicAt(v, object >= 0 ? object : dependentOf(v.syntax, i, 'nsubj'));
  if (!topic) return null;
  const speaker = v.quoteOf[i] >= 0 ? v.speakerOf(v.quoteOf[i]) : -1;
  const holderToken = speaker >= 0 ? -1 : maker(v, i);
  const holders = speaker >= 0 ? [speaker] : holdersOf(v, holderToken);
  if (!holders.length) return null;
  return { holders, topic, polarity: 'oppose', cue: [mark, i], evidence: cover(holderToken, mark, i, topic), by: 'stances/ultimatum' };
}

/** The first subject up the tree that names an entity: who states the threat. */
function maker(v: StanceView, i: number): number {
  for (let p = headOf(v.syntax, i), steps = 0; p >= 0 && steps < 8; p = headOf(v.syntax, p), steps++) {
    const s = subjectOf(v.syntax, p);
    if (s >= 0 && holdersOf(v, s).length) return s;
  }
  return -1;
}

/**
 * "The group claimed responsibility for the bombings", "the rebels claimed credit for the raid": who claims an
 * act as its own supports it. The act is the "for" phrase of the claimed noun (or of the verb, where the parse
 * hangs it there); a negated claim takes no position.
 */
export function claimedAct(v: StanceView, i: number): Finding | null {
  const nouns = CLAIMED_ACTS.get(v.lemma(i));
  const object = nouns ? objectOf(v.syntax, i) : -1;
  if (object < 0 || !nouns!.has(v.lemma(object)) || isNegated(v.syntax, i)) return null;
  const act = [...dependentsOf(v.syntax, object, 'nmod'), ...dependentsOf(v.syntax, i, 'obl')]
    .find((c) => { const kase = dependentOf(v.syntax, c, 'case'); return kase >= 0 && v.word(kase) === 'for'; });
  const topic = act === undefined ? null : topicAt(v, act, true);
  if (!topic || topic.anaphoric) return null;
  const holderToken = holderSubject(v, i);
  const holders = holdersOf(v, holderToken);
  if (!holders.length) return null;
  return { holders, topic, polarity: 'support', cue: [i, object], evidence: cover(holderToken, phraseEnd(v.syntax, holderToken), i, topic), by: `stances/claim:${v.lemma(object)}` };
}
