import { dependentOf, headOf } from '../../syntax/accessors.js';
import { cover, type Finding } from './finding.js';
import { evaluate } from './polarity.js';
import type { TopicIndex } from './topics.js';
import type { StanceView } from './view.js';

/**
 * A speaker's judgement of a topic in their own words: "The success of the AfCFTA will be the real test to
 * achieve the economic growth …" (el-Sisi), "It is a propaganda stunt that no-one takes seriously" (Brian
 * Hook on Iran's request). Each sentence of a direct quote that names a topic (or opens with "this"/"it" after one)
 * and whose evaluative words lean one way is a stance of the speaker.
 */
export function quoteJudgements(v: StanceView, topics: TopicIndex, cues: ReadonlySet<number>): Finding[] {
  const out: Finding[] = [];
  if (topics.empty) return out;
  v.quotes.forEach((q, k) => {
    const holder = v.speakerOf(k);
    // the speaker's own words: a paraphrase is the reporter's, and its speaker the least sure
    if (holder < 0 || q.kind === 'indirect') return;
    for (const [from, to] of quoteSentences(v, v.tokensOf(q))) {
      if (hasCue(cues, from, to)) continue; // a stance word inside says it better
      const topic = namedIn(v, topics, from, to) ?? pointedAt(v, topics, from, to);
      if (!topic) continue;
      const { score, words } = evaluate(v, from, to);
      if (Math.abs(score) < 1 || !words.length) continue;
      out.push({ holders: [holder], topic, polarity: score > 0 ? 'support' : 'oppose', cue: words, evidence: cover(from, to - 1), by: 'stances/quote-judgement' });
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

function namedIn(v: StanceView, topics: TopicIndex, from: number, to: number): string | null {
  const inside = topics.within(from, to);
  if (inside) return inside;
  for (let i = from; i < to; i++) {
    if (v.pos(i) !== 'PROPN') continue;
    const t = topics.named(v.word(i));
    if (t) return t;
  }
  return null;
}

/** "This is …", "It is a propaganda stunt …" at the start of a sentence: the topic last named, unless "it" is a dummy subject ("it can be right to …"). */
function pointedAt(v: StanceView, topics: TopicIndex, from: number, to: number): string | null {
  let first = from;
  while (first < to && v.pos(first) === 'PUNCT') first++;
  const word = v.word(first);
  if (word !== 'this' && word !== 'that' && word !== 'it') return null;
  const predicate = headOf(v.syntax, first);
  if (predicate < 0 || !v.rel(first).startsWith('nsubj')) return null;
  if (word === 'it' && dependentOf(v.syntax, predicate, 'xcomp', 'ccomp', 'csubj') >= 0) return null;
  return topics.recent(first);
}
