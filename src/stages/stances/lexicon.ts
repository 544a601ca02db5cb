import type { Polarity } from '../../model/layers.js';

/**
 * The words that carry positions, as data: each table is one class of cases, with real examples
 * (Wikinews, CC BY 2.5, and the seed article) that `stances.test.ts` runs. Lemmas are lower case.
 */

/** A verb whose subject takes a position on its object: "Russia rejected the plan". */
export interface StanceVerb {
  readonly polarity: Polarity;
  /** A verb of many senses takes a position only on a named proposal, agreement or policy ("accepted the proposal", not "accepted donations"). */
  readonly strict?: boolean;
  /** The particle or preposition that must follow ("vote for", "warn against"), if any. */
  readonly particle?: string;
}

const verbs = (polarity: Polarity, lemmas: string, strict = false): Array<[string, StanceVerb]> =>
  lemmas.split(/\s+/).filter(Boolean).map((l) => {
    const [lemma, particle] = l.split('+');
    return [particle ? `${lemma} ${particle}` : lemma, { polarity, ...(particle ? { particle } : {}), ...(strict ? { strict } : {}) }];
  });

/**
 * Stance verbs by class. The object must be a topic (a proposal, policy, agreement or act), not a
 * person or place: "attacked the proclamation of Golan Heights" is a position, "attacked Aleppo" is not.
 */
export const STANCE_VERBS: ReadonlyMap<string, StanceVerb> = new Map([
  // endorsement: "the ruling Democratic Rally hailed the pipeline", "welcomed the ceasefire"
  ...verbs('support', 'support back endorse welcome praise hail favor favour champion applaud approve advocate vote+for push+for'),
  ...verbs('support', 'accept embrace defend', true),
  // adherence to an agreement or project: "Benin, Nigeria join … free trade bloc", "signed the AfCFTA agreement"
  ...verbs('support', 'join sign ratify adopt implement sign+on', true),
  // rejection and criticism: "Zelensky declined Honcharuk's offer to resign", "the embassy declined the request",
  // "Mitsotakis denounced the border agreement", "Erdogan attacked the proclamation", "USCIRF criticized the move"
  ...verbs('oppose', 'oppose reject condemn denounce criticise criticize decline refuse veto resist slam deplore decry boycott blast lambast rebuff spurn disagree+with object+to warn+against vote+against rule+out turn+down speak+against'),
  ...verbs('oppose', 'attack dismiss protest question challenge contest', true),
  // deliberation: "this idea, entertained by … President Macron", "is weighing", "would not consider requests of this nature"
  ...verbs('consider', 'consider weigh entertain mull contemplate ponder'),
  ...verbs('consider', 'discuss explore debate', true),
]);

/**
 * Verbs that propose or demand what their complement says; their subject supports it: "Erdoğan pledged
 * converting Hagia Sophia … to a mosque", "Iran … demanded from Interpol to publish a red notice", "The parliament of
 * Portugal voted to extend the national state of emergency",
 * "Tsikhanouskaya … promised to conduct new completely fair elections", "urged the immunity be waived".
 */
export const PROPOSAL_VERBS: ReadonlySet<string> = new Set([
  'propose', 'suggest', 'pledge', 'plan', 'urge', 'ask', 'demand', 'request', 'seek', 'offer', 'promise', 'vow',
  'recommend', 'intend', 'call', 'press', 'push', 'insist', 'envision', 'envisage', 'vote',
]);

/**
 * Of those, the verbs of one's own intention: "plans to meet dignitaries" or "sought to serve his country" is
 * no position on a policy, "pledged converting Hagia Sophia … to a mosque", "planned to join the AfCFTA" and
 * "promised to … hold a constitutional referendum" are. Their content must be a policy act or name a topic.
 */
export const INTENTION_VERBS: ReadonlySet<string> = new Set(['pledge', 'plan', 'seek', 'offer', 'promise', 'vow', 'intend', 'envision', 'envisage']);

/** Acts of policy: what governments, parties and organisations propose, pledge and fight over. */
export const POLICY_ACTS: ReadonlySet<string> = new Set([
  'convert', 'resign', 'withdraw', 'deploy', 'impose', 'lift', 'ban', 'sanction', 'recognise', 'recognize', 'annex',
  'ratify', 'join', 'leave', 'suspend', 'waive', 'extradite', 'release', 'abolish', 'legalise', 'legalize', 'criminalise',
  'criminalize', 'privatise', 'privatize', 'nationalise', 'nationalize', 'cancel', 'repeal', 'scrap', 'close', 'expel',
  'invade', 'attack', 'strike', 'bomb', 'occupy', 'blockade', 'boycott', 'veto', 'rename', 'change', 'build', 'construct',
  'reform', 'raise', 'cut', 'tax', 'fund', 'arm', 'negotiate', 'sign', 'restore', 'sever', 'dissolve', 'prorogue', 'deport',
  'implement', 'legislate', 'nationalise', 'default', 'secede', 'merge', 'intervene', 'mediate', 'disarm', 'demilitarise',
]);

/**
 * Nouns that name a proposal, with their complement as its content: "the request of Prime Minister Boris
 * Johnson to suspend Parliament", "Honcharuk's offer to resign", "the possibility of deploying foreign
 * military units in Ukraine", "calls … asking the United States to waive diplomatic immunity".
 */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set([
  'proposal', 'plan', 'idea', 'suggestion', 'possibility', 'call', 'request', 'demand', 'offer', 'initiative',
  'move', 'motion', 'proposition', 'option', 'prospect', 'scheme', 'bid', 'appeal', 'pledge', 'promise', 'push',
]);

/** Proposal nouns that only frame their content: the label is the content ("the possibility of deploying …" → "deploying …"). */
export const FRAME_NOUNS: ReadonlySet<string> = new Set([
  'possibility', 'idea', 'prospect', 'option', 'suggestion', 'proposal', 'call', 'request', 'demand', 'plan', 'move', 'bid', 'push',
]);

/**
 * Heads of noun phrases that can be a topic when a stance word points at them: agreements, laws,
 * projects, policies and acts ("the Turkish-Libyan maritime border agreement", "the extradition bill",
 * "the EastMed project", "the propaganda broadcast"). Nouns derived from verbs count too (see `isTopicHead`).
 */
export const TOPIC_NOUNS: ReadonlySet<string> = new Set([
  'agreement', 'deal', 'treaty', 'accord', 'pact', 'bill', 'law', 'legislation', 'project', 'pipeline', 'policy',
  'referendum', 'election', 'ceasefire', 'truce', 'sanction', 'measure', 'reform', 'change', 'plan', 'programme',
  'program', 'broadcast', 'strike', 'attack', 'bombing', 'blockade', 'war', 'offensive', 'test',
  'tariff', 'ban', 'embargo', 'deployment', 'withdrawal', 'zone', 'area', 'bloc', 'union', 'mission', 'operation',
  'step', 'decision', 'request', 'demand', 'offer', 'proposal', 'idea', 'suggestion', 'move', 'initiative', 'status',
  'deadline', 'framework', 'scheme', 'vote', 'resolution', 'warrant', 'notice', 'immunity', 'resignation', 'amendment',
  'proclamation', 'annexation', 'occupation', 'construction', 'expulsion', 'extradition', 'legalisation', 'legalization',
  'independence', 'membership', 'accession', 'intervention', 'invasion', 'sanctions', 'negotiation', 'talks', 'constitution',
]);

/** Suffixes of nouns that name an act or state and so can be topics: proclamation, suspension, resignation, demarcation. */
const DEVERBAL = /(tion|sion|ment|ance|ence|sal|ure)s?$/;

/** Nouns formed like acts that name actors, places or things instead. */
const NOT_TOPICS = new Set([
  'organization', 'organisation', 'administration', 'institution', 'foundation', 'government', 'department', 'parliament',
  'establishment', 'population', 'delegation', 'corporation', 'association', 'federation', 'commission', 'coalition',
  'opposition', 'station', 'location', 'generation', 'information', 'statement', 'nation', 'region', 'population', 'structure',
  'procedure', 'temperature', 'literature', 'culture', 'future', 'nature', 'feature', 'figure', 'measure', 'pressure', 'question',
  'condition', 'position', 'situation', 'relation', 'tension', 'million', 'billion', 'percent', 'moment', 'comment', 'document',
  'equipment', 'environment', 'apartment', 'tournament', 'instrument', 'investment', 'experience', 'evidence', 'audience',
  'conference', 'residence', 'difference', 'distance', 'province', 'balance', 'signature', 'donation', 'concern', 'attention',
]);

/**
 * Can a noun be a topic? `strict`: only the named kinds (agreements, laws, proposals and their references);
 * otherwise also nouns formed from verbs ("proclamation", "demarcation", "resignation").
 */
export function isTopicHead(lemma: string, strict = false): boolean {
  if (TOPIC_NOUNS.has(lemma) || ANAPHOR_NOUNS.has(lemma) || PROPOSAL_NOUNS.has(lemma)) return true;
  return !strict && lemma.length > 6 && DEVERBAL.test(lemma) && !NOT_TOPICS.has(lemma);
}

/**
 * Nouns that, with "this", "that", "the", "such" or a possessive and no complement of their own, refer
 * back to a topic already named: "this idea", "the suggestion", "the move", "the request", "this change".
 */
export const ANAPHOR_NOUNS: ReadonlySet<string> = new Set([
  'idea', 'suggestion', 'proposal', 'plan', 'move', 'request', 'demand', 'offer', 'change', 'decision', 'step',
  'measure', 'initiative', 'deployment', 'bill', 'agreement', 'deal', 'project', 'scheme', 'proclamation', 'issue',
  'matter', 'plans', 'proposition', 'motion', 'possibility', 'option', 'policy', 'law', 'pipeline', 'treaty',
  'demarcation', 'conversion', 'suspension', 'broadcast', 'break', 'ploy',
]);

/** Determiners that make such a noun point back. */
export const ANAPHOR_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'the', 'such', 'its', 'his', 'her', 'their', 'our']);

/**
 * A verb and the noun it takes by which its subject claims an act as its own, and so stands for it: "the group
 * claimed responsibility for the bombing", "the rebels claimed credit for the raid", "took credit for the
 * ceasefire". Not "took responsibility for the failures" (owning a fault, no support).
 */
export const CLAIMED_ACTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['claim', new Set(['responsibility', 'credit'])],
  ['take', new Set(['credit'])],
]);

/**
 * Verbs whose object a proposal asks to end: the proposer opposes the object. "called for the bill to be
 * dropped", "if the enemy does not stop the propaganda broadcast", "if the broadcasts do not stop".
 */
export const TERMINATION_VERBS: ReadonlySet<string> = new Set([
  'drop', 'scrap', 'withdraw', 'cancel', 'stop', 'end', 'halt', 'cease', 'abandon', 'repeal', 'revoke', 'shelve', 'lift', 'dismiss',
]);

/** Verbs whose object a proposal asks to join or carry out: the proposer supports the object ("called on Italy and Egypt to join the project"). */
export const ADHERENCE_VERBS: ReadonlySet<string> = new Set(['join', 'sign', 'ratify', 'implement', 'adopt', 'support', 'back', 'endorse']);

/** Complements that name no content of their own ("urged the embassy to reconsider"). */
export const EMPTY_COMPLEMENTS: ReadonlySet<string> = new Set([
  'reconsider', 'comply', 'cooperate', 'act', 'respond', 'do', 'help', 'come', 'go', 'talk', 'have', 'visit', 'meet', 'be',
  // "declined to comment", "refused to say": no position on any topic
  'comment', 'say', 'answer', 'speak', 'elaborate', 'confirm', 'disclose', 'reveal', 'discuss', 'give', 'provide', 'identify',
]);

/** People addressed by appeals, not by policy: "asked people to pray", "urge anyone with any information to contact police". */
export const GENERIC_ADDRESSEES: ReadonlySet<string> = new Set([
  'people', 'anyone', 'everyone', 'everybody', 'public', 'resident', 'residents', 'fan', 'fans', 'viewer', 'viewers',
  'reader', 'readers', 'motorist', 'motorists', 'driver', 'drivers', 'parent', 'parents', 'those', 'witness', 'witnesses',
]);

/**
 * Verbs that predicate a judgement of their object, whose polarity the evaluative words of the clause give:
 * "Russia … deemed the suggestion premature", "labeled the possibility of Western forces in Ukraine as one
 * of the most effective tools", "Corbyn called the move a 'smash and grab on our democracy'", "calling it
 * 'null and void'", "Mitsotakis reasserted the openness of the EastMed project".
 */
export const JUDGEMENT_VERBS: ReadonlySet<string> = new Set([
  'deem', 'call', 'label', 'describe', 'brand', 'term', 'see', 'regard', 'view', 'consider', 'find', 'judge',
  'reaffirm', 'reassert', 'reiterate', 'stress', 'hail', 'dub',
]);

/**
 * Nouns of position, with the holder after "by"/"from" or before them: "met with resistance from Russia",
 * "despite criticism by the Greek foreign minister", "a letter of support", "Russia's opposition to".
 */
export const STANCE_NOUNS: ReadonlyMap<string, Polarity> = new Map([
  ...['support', 'backing', 'endorsement', 'approval', 'welcome', 'praise'].map((w) => [w, 'support'] as [string, Polarity]),
  ...['opposition', 'resistance', 'criticism', 'rejection', 'condemnation', 'objection', 'veto', 'disapproval', 'protest', 'outcry', 'refusal']
    .map((w) => [w, 'oppose'] as [string, Polarity]),
]);

export { EVALUATIVE, NEGATORS } from '../../language/evaluation.js';

/**
 * Event codes (CAMEO) whose act is a position on its object when the object is a topic: a rejection
 * (12) or criticism (111) opposes it, signing an agreement (057) and praise (051) support it.
 */
export const EVENT_POLARITY: ReadonlyArray<readonly [prefix: string, polarity: Polarity]> = [
  ['12', 'oppose'], ['111', 'oppose'], ['057', 'support'], ['051', 'support'],
];
