import type { Polarity } from '../../model/layers.js';
import { dependentOf, dependentsOf, headOf, objectOf, subjectOf } from '../../syntax/accessors.js';
import { cover, phraseEnd, type Finding } from './finding.js';
import { holdersOf } from './holders.js';
import { PROPOSAL_NOUNS, STANCE_NOUNS } from './lexicon.js';
import { complementOf, hasContent, nounMention, type TopicMention } from './mentions.js';
import { complementTopic, proposerOf } from './verbs.js';
import type { StanceView } from './view.js';

/** Proposal nouns whose possessor or "of"/"by" phrase is the one who proposes; an idea or a move has no proposer so named. */
const PROPOSING = new Set(['proposal', 'plan', 'suggestion', 'call', 'request', 'demand', 'offer', 'initiative', 'bid', 'appeal', 'pledge', 'promise', 'motion', 'proposition']);

/**
 * A named proposal: "the possibility of deploying foreign military units in Ukraine" is a topic; "Honcharuk's
 * offer to resign" and "the request of Prime Minister Boris Johnson to suspend Parliament" also say who
 * supports it. Returns the topic mention, and a finding when the proposer is named.
 */
export function proposalNoun(v: StanceView, i: number): { mention: TopicMention; finding: Finding | null } | null {
  const lemma = v.lemma(i);
  if (v.pos(i) !== 'NOUN' || !PROPOSAL_NOUNS.has(lemma)) return null;
  const content = complementOf(v, i);
  if (content < 0 || !['VERB', 'NOUN'].includes(v.pos(content)) || !hasContent(v, content)) return null;
  const mention = nounMention(v, i);
  if (!mention || mention.anaphoric) return null;
  const proposer = PROPOSING.has(lemma) ? proposerOf(v, i) : -1;
  const holders = holdersOf(v, proposer);
  if (!holders.length) return { mention, finding: null };
  const inner = complementTopic(v, content);
  const ends = inner && inner.polarity === 'oppose';
  const topic = ends ? inner.mention : mention;
  const polarity: Polarity = ends ? 'oppose' : 'support';
  return { mention, finding: { holders, topic, polarity, cue: [i], evidence: cover(proposer, i, mention), by: `stances/proposal-noun:${lemma}` } };
}

/** Verbs whose subject is what a stance noun is about: "this idea … has been met with resistance from Russia". */
const RECEIVING = new Set(['meet', 'face', 'draw', 'receive', 'encounter', 'win', 'gain', 'spark', 'provoke', 'attract', 'garner']);
/** Verbs whose subject holds the stance their object names: "The United States expressed its support". */
const EXPRESSING = new Set(['express', 'voice', 'declare', 'reiterate', 'reaffirm', 'signal', 'announce', 'state']);

/**
 * "met with resistance from Russia", "despite criticism by the Greek foreign minister and UNESCO", "Russia's
 * opposition to the plan": a noun of position with its holder and its topic.
 */
export function stanceNoun(v: StanceView, i: number): Finding | null {
  const polarity = STANCE_NOUNS.get(v.lemma(i));
  if (!polarity || v.pos(i) !== 'NOUN') return null;
  const holderToken = nounHolder(v, i);
  const holders = holdersOf(v, holderToken);
  if (!holders.length) return null;
  const topic = nounTopic(v, i, holderToken);
  if (!topic) return null;
  return { holders, topic, polarity, cue: [i], evidence: cover(holderToken, phraseEnd(v.syntax, holderToken), i, topic), by: `stances/noun:${v.lemma(i)}` };
}

function nounHolder(v: StanceView, i: number): number {
  for (const c of dependentsOf(v.syntax, i, 'nmod')) {
    const kase = dependentOf(v.syntax, c, 'case');
    if (kase >= 0 && ['by', 'from'].includes(v.word(kase))) return c;
  }
  const poss = dependentOf(v.syntax, i, 'nmod:poss');
  const head = headOf(v.syntax, i);
  if (poss >= 0 && head >= 0 && EXPRESSING.has(v.lemma(head))) return subjectOf(v.syntax, head);
  return poss >= 0 && v.entityOf[poss] >= 0 ? poss : -1;
}

function nounTopic(v: StanceView, i: number, holder: number): TopicMention | null {
  for (const c of dependentsOf(v.syntax, i, 'nmod')) {
    if (c === holder) continue;
    const kase = dependentOf(v.syntax, c, 'case');
    if (kase >= 0 && ['to', 'for', 'against', 'of', 'over'].includes(v.word(kase))) return nounMention(v, c);
  }
  const head = headOf(v.syntax, i);
  if (head < 0) return null;
  if (RECEIVING.has(v.lemma(head))) {
    const subject = dependentOf(v.syntax, head, 'nsubj:pass', 'nsubj');
    return subject >= 0 ? nounMention(v, subject) : null;
  }
  const kase = dependentOf(v.syntax, i, 'case');
  if (kase >= 0 && ['despite', 'amid', 'amidst'].includes(v.word(kase))) {
    let verb = head;
    while (verb >= 0 && v.pos(verb) !== 'VERB') verb = headOf(v.syntax, verb); // the act it was said despite
    const object = verb >= 0 ? objectOf(v.syntax, verb) : -1;
    return object >= 0 ? nounMention(v, object) : null;
  }
  return null;
}
