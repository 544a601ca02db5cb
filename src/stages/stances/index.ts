import type { Doc } from '../../model/document.js';
import { entityCode, type Stance, type Topic } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { DocumentDates, actDate } from '../../dates/index.js';
import { eventStances } from './events.js';
import type { Finding } from './finding.js';
import type { TopicMention } from './mentions.js';
import { proposalNoun, stanceNoun } from './nouns.js';
import { quoteJudgements } from './quotes.js';
import { TopicIndex } from './topics.js';
import { claimedAct, judgementVerb, proposalVerb, stanceVerb, ultimatum } from './verbs.js';
import { StanceView } from './view.js';

/**
 * What is on the table and who is for, against or weighing it: topics (proposals, policies, agreements and
 * their later references, merged) and stances (holder, topic, polarity, cue, evidence, date) from stance
 * verbs and nouns, proposals, judgements, ultimatums, the holder's own quotes and the coded events.
 */
export const stancesStage: Stage<'topics' | 'stances'> = {
  name: 'stances',
  requires: ['tokens', 'sentences', 'syntax', 'anchor', 'timexes', 'entities', 'quotes', 'events'],
  provides: ['topics', 'stances'],
  run(doc: Doc) {
    return findStances(doc);
  },
};

export function findStances(doc: Doc): { topics: Topic[]; stances: Stance[] } {
  const v = new StanceView(doc);
  const dates = doc.has('anchor') ? DocumentDates.of(doc) : null;
  const { findings, mentions } = readCues(v);
  findings.push(...eventStances(v, doc.getOr('events', []), new Map(v.entities.map((e, k) => [e.id, k]))));
  const index = new TopicIndex(v);
  const topicOf = indexTopics(index, [...mentions, ...findings.map((f) => f.topic).filter((t): t is TopicMention => typeof t !== 'string')]);
  findings.push(...quoteJudgements(v, index, new Set(findings.flatMap((f) => f.cue))));
  const stances: Stance[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const topic = typeof f.topic === 'string' ? f.topic : topicOf.get(rangeKey(f.topic));
    if (!topic) continue;
    for (const h of f.holders) {
      const entity = v.entities[h]!;
      const id = `${entity.id}|${topic}|${f.polarity}`;
      if (seen.has(id)) continue;
      seen.add(id);
      stances.push(toStance(dates, v, f, entity.id, entityCode(entity), topic));
    }
  }
  return { topics: index.topics(), stances: stances.sort((a, b) => a.start - b.start) };
}

/** One pass over the tokens: each verb and noun tried by the finders of its kind. */
function readCues(v: StanceView): { findings: Finding[]; mentions: TopicMention[] } {
  const findings: Finding[] = [];
  const mentions: TopicMention[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (!v.readable(i)) continue;
    const pos = v.pos(i);
    if (pos === 'VERB') {
      const found = judgementVerb(v, i) ?? stanceVerb(v, i) ?? proposalVerb(v, i) ?? ultimatum(v, i) ?? claimedAct(v, i);
      if (found) findings.push(found);
    } else if (pos === 'NOUN') {
      const proposal = proposalNoun(v, i);
      if (proposal) mentions.push(proposal.mention);
      if (proposal?.finding) findings.push(proposal.finding);
      const position = stanceNoun(v, i);
      if (position) findings.push(position);
    }
  }
  return { findings, mentions };
}

const rangeKey = (m: TopicMention) => `${m.tokenStart}:${m.tokenEnd}`;

/** Adds the mentions in text order (references after what they refer to); the topic id of each range. */
function indexTopics(index: TopicIndex, mentions: TopicMention[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  mentions.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  for (const m of mentions) if (!out.has(rangeKey(m))) out.set(rangeKey(m), index.add(m));
  return out;
}

function toStance(dates: DocumentDates | null, v: StanceView, f: Finding, holder: string, holderActor: string | null, topic: string): Stance {
  const [from, to] = f.evidence;
  const cueTokens = [...new Set(f.cue.filter((t) => t >= 0))].sort((a, b) => a - b);
  const cue = cueTokens.map((t, k) => (k > 0 && t !== cueTokens[k - 1]! + 1 ? '… ' : '') + v.slice(t, t + 1)).join(' ');
  const first = cueTokens[0] ?? from;
  return {
    holder,
    holderActor,
    topic,
    polarity: f.polarity,
    cue,
    ...v.span(from, to),
    date: dates ? actDate(v.doc, v.span(first, first + 1)) : null,
    by: f.by,
  };
}
