import { clauseOf, dependentOf, headOf, subtreeOf } from '../../syntax/accessors.js';
import { cover, type Finding } from './finding.js';
import { evaluate } from './polarity.js';
import type { TopicIndex } from './topics.js';
import type { StanceView } from './view.js';

/**
 * A speaker's judgement of a topic in their own words: "The success of the AfCFTA will be the real test to
 * achieve the economic growth …" (el-Sisi), "This has nothing to do with national security, international
 * peace or promoting stability" (Brian Hook on Iran's request). Each sentence of a direct quote that names a
 * topic (or opens with "this"/"it" right after one was named) and whose evaluative words in the clause of
 * that mention lean one way is a stance of the speaker.
 */
export function quoteJudgements(v: StanceView, topics: TopicIndex, cues: ReadonlySet<number>): Finding[] {
  const out: Finding[] = [];
  if (topics.empty) return out;
  v.quotes.forEach((q, k) => {
    const holder = v.speakerOf(k);
    // the speaker's own words: a paraphrase is the reporter's, and its speaker the least sure
    if (holder < 0 || q.kind === 'indirect') return;
    const [quoteStart, quoteEnd] = v.tokensOf(q);
    for (const [from, to] of quoteSentences(v, [quoteStart, quoteEnd])) {
      if (!v.readable(from) || hasCue(cues, from, to)) continue; // a stance word inside says it better
      const found = namedIn(v, topics, from, to) ?? pointedAt(v, topics, from, to, quoteStart);
      if (!found) continue;
      const { tokenStart, tokenEnd } = subtreeOf(v.syntax, clauseOf(v.syntax, found.at));
      const { score, words } = evaluate(v, Math.max(from, tokenStart), Math.min(to, tokenEnd));
      if (score === 0) continue;
      out.push({ holders: [holder], topic: found.topic, polarity: score > 0 ? 'support' : 'oppose', cue: words, evidence: cover(from, to - 1), by: 'stances/quote-judgement' });
    }
  });
  return out;
}

function hasCue(cues: ReadonlySet<number>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (cues.has(i)) return true;
  return false;
}

/** The token ranges of a quote, one per sentence it spans. */
function quoteSentences(v: StanceView, [from, to]: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || v.sentenceOf[i] !== v.sentenceOf[start]) {
      if (i > start) out.push([start, i]);
      start = i;
    }
  }
  return out;
}

interface Found {
  readonly topic: string;
  /** The token that names or points at it: the clause it stands in is where its judgement is. */
  readonly at: number;
}

function namedIn(v: StanceView, topics: TopicIndex, from: number, to: number): Found | null {
  const inside = topics.within(from, to);
  if (inside) return { topic: inside.topic, at: inside.token };
  for (let i = from; i < to; i++) {
    if (v.pos(i) !== 'PROPN') continue;
    const topic = topics.named(v.word(i));
    if (topic) return { topic, at: i };
  }
  return null;
}

/**
 * "This is …", "It is a propaganda stunt …" opening a sentence of a quote that begins right after a topic was
 * named: that topic; not a dummy "it" ("it can be right to …").
 */
function pointedAt(v: StanceView, topics: TopicIndex, from: number, to: number, quoteStart: number): Found | null {
  let first = from;
  while (first < to && v.pos(first) === 'PUNCT') first++;
  const word = v.word(first);
  if (word !== 'this' && word !== 'that' && word !== 'it') return null;
  const predicate = headOf(v.syntax, first);
  if (predicate < 0 || !v.rel(first).startsWith('nsubj')) return null;
  if (word === 'it' && dependentOf(v.syntax, predicate, 'xcomp', 'ccomp', 'csubj') >= 0) return null;
  const topic = topics.recent(quoteStart, 1);
  return topic ? { topic, at: first } : null;
}
