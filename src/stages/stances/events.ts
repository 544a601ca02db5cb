import type { Event } from '../../model/layers.js';
import { cover, type Finding } from './finding.js';
import { EVENT_POLARITY } from './lexicon.js';
import { nounMention, type TopicMention } from './mentions.js';
import type { StanceView } from './view.js';
import { verbGroup } from '../../syntax/accessors.js';

/** Words that may stand between a verb and its object's head: names of the possessor, determiners, adjectives. */
const BEFORE_HEAD = new Set(['DET', 'ADJ', 'PROPN', 'PART', 'NUM']);

/** The topic that is the object right after a trigger ("declined Prime Minister Oleksiy Honcharuk's offer"), or null. */
function objectAfter(v: StanceView, from: number): TopicMention | null {
  for (let t = from; t < Math.min(from + 8, v.tokens.length) && v.sentenceOf[t] === v.sentenceOf[from]; t++) {
    if (v.pos(t) === 'NOUN' && v.entityOf[t] < 0) return nounMention(v, t, true);
    if (!BEFORE_HEAD.has(v.pos(t)) && v.entityOf[t] < 0) return null;
  }
  return null;
}

/** Modals that, negated, say what one cannot do: "parliament CANNOT pass legislation", "could not reach an agreement". */
const ABILITY = new Set(['can', 'could', 'cannot', "can't", 'ca']);

/**
 * A rejection the coder read from a negated act of cooperation ("did not accept" is 12) that is an inability, not a
 * refusal: "During these five weeks of prorogation, parliament cannot pass legislation", "President Trump and the
 * previous Congress could not reach an agreement about the national budget" take no position on the legislation or the
 * agreement.
 */
function unableTo(v: StanceView, ev: Event, trigger: number): boolean {
  return ev.by.includes('+not') && verbGroup(v.syntax, trigger).auxiliaries.some((a) => ABILITY.has(v.word(a)));
}

/**
 * Positions the event coder already read: a rejection (CAMEO 12) or criticism (111) of a topic opposes it,
 * signing an agreement (057) or praising it (051) supports it, when the noun right after the trigger names a
 * topic ("declined Prime Minister Oleksiy Honcharuk's offer"), not an actor ("condemned … Turkey").
 */
export function eventStances(v: StanceView, events: readonly Event[], entityIndex: ReadonlyMap<string, number>): Finding[] {
  const out: Finding[] = [];
  for (const ev of events) {
    const rule = EVENT_POLARITY.find(([prefix]) => ev.code.startsWith(prefix));
    if (!rule || ev.mode !== 'asserted' || !ev.source) continue;
    const [triggerToken] = v.tokensOf(ev.trigger);
    if (!v.readable(triggerToken)) continue;
    const holder = entityIndex.get(ev.source);
    if (holder === undefined || unableTo(v, ev, triggerToken)) continue;
    const [triggerStart, triggerEnd] = v.tokensOf(ev.trigger);
    const topic = objectAfter(v, triggerEnd);
    if (!topic) continue;
    const [start, end] = v.tokensOf(ev);
    out.push({ holders: [holder], topic, polarity: rule[1], cue: [triggerStart], evidence: cover(start, end - 1, topic), by: `stances/event:${ev.code}` });
  }
  return out;
}
