import type { Doc } from '../../model/document.js';
import type { Sentence, Timex } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseDay } from './calendar.js';
import { clauseDirection } from './direction.js';
import { RULES, type RuleContext } from './rules.js';

export { dateFor } from './date-for.js';

/**
 * TimeML TIMEX3s: dates, times, durations and sets, with values resolved against the
 * document's anchor (the publication date or its estimate) the way news means them.
 */
export const timeStage: Stage<'timexes'> = {
  name: 'time',
  requires: ['anchor', 'tokens', 'sentences'],
  provides: ['timexes'],
  run(doc: Doc) {
    return { timexes: findTimexes(doc.text, doc.get('anchor').value, doc.get('sentences')) };
  },
};

interface Candidate { readonly start: number; readonly end: number; readonly rule: number; readonly groups: Record<string, string | undefined> }

/** Every rule's matches; where they overlap the longest wins, then the earlier rule. */
function candidates(text: string): Candidate[] {
  const all: Candidate[] = [];
  RULES.forEach((rule, index) => {
    for (const m of text.matchAll(rule.pattern)) {
      all.push({ start: m.index, end: m.index + m[0].length, rule: index, groups: m.groups ?? {} });
    }
  });
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of all) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo] ?? { start: 0, end: Infinity };
}

export function findTimexes(text: string, anchorValue: string | null, sentences: readonly Sentence[]): Timex[] {
  const out: Timex[] = [];
  let current: Candidate | null = null;
  const ctx: RuleContext = {
    anchor: parseDay(anchorValue),
    direction: () => clauseDirection(text, current!, sentenceAt(sentences, current!.start)),
    before: () => text.slice(Math.max(0, current!.start - 30), current!.start),
    quarter: null,
  };
  for (const c of candidates(text)) {
    current = c;
    const rule = RULES[c.rule];
    const found = rule.resolve(c.groups, ctx);
    if (found) out.push({ start: c.start + (found.trim ?? 0), end: c.end, type: found.type, value: found.value, mod: found.mod ?? null, by: `time/${rule.name}` });
  }
  return out;
}
