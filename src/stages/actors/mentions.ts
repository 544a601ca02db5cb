import type { Doc } from '../../model/document.js';
import type { EntityType, Mention, Sentence } from '../../model/layers.js';

/** A NER mention as the actors stage reads it: its name without a leading title or article. */
export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly sentence: number;
  /** The name proper ("Zelensky" in a span "President Zelensky"); offsets of `start`..`end` otherwise. */
  readonly name: string;
  readonly nameStart: number;
  /** Earlier spans joined to this one ("Vladimir" before "] Putin"). */
  readonly parts: ReadonlyArray<{ start: number; end: number }>;
}

const CALENDAR_WORD = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const LEADING_WORDS = /^(?:(?:the|The|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|President|Prime Minister|Chancellor|King|Queen|Pope|Senator|Governor|General|Minister|Foreign Minister)\s+)+/;

export function sentenceIndexOf(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The NER mentions worth resolving: calendar words tagged as people are dropped, a
 * leading article or title is cut from the name, and a person's name split by a
 * bracket ("[… Vladimir] Putin") is joined back into one.
 */
export function nameMentions(doc: Doc, mentions: readonly Mention[], sentences: readonly Sentence[]): NameMention[] {
  const out: NameMention[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    const raw = doc.text.slice(m.start, m.end);
    if (out.length && m.start < out[out.length - 1].end) continue; // nested or overlapping: the outer span wins
    if (m.type === 'PERSON' && CALENDAR_WORD.test(raw)) continue;
    const lead = LEADING_WORDS.exec(raw)?.[0].length ?? 0;
    const name = raw.slice(lead).replace(/[’']s$/, '').trim();
    if (!name) continue;
    const sentence = sentenceIndexOf(sentences, m.start);
    const prev = out[out.length - 1];
    const gap = prev ? doc.text.slice(prev.end, m.start) : '';
    if (prev && prev.type === 'PERSON' && m.type === 'PERSON' && /^[\])}]\s*$/.test(gap) && !prev.name.includes(' ')) {
      out[out.length - 1] = { ...prev, end: m.end, name: `${prev.name} ${name}`, parts: [...prev.parts, { start: m.start, end: m.end }] };
      continue;
    }
    out.push({ start: m.start, end: m.end, type: m.type, sentence, name, nameStart: m.start + lead, parts: [{ start: m.start, end: m.end }] });
  }
  return out;
}
