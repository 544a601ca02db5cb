import { seededRandom } from '../../util/random.js';
/**
 * The programmatic edits that turn one news article into the near-duplicates a corpus
 * collects: syndicated copies cut short, new headlines with a dateline, paragraphs moved,
 * a paragraph added, quotations trimmed. Each takes a random source so the pair set is
 * reproducible from its seed.
 */
export interface Article {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export type Random = () => number;

/** A small seeded generator (mulberry32): the same seed gives the same pair set. */
export const seeded: (seed: number) => Random = seededRandom;

const paragraphs = (text: string) => text.split(/\n\n+/).filter((p) => p.trim());
const join = (ps: readonly string[]) => ps.join('\n\n');
const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)];

/** Kept: the first 40–70 % of the paragraphs (of the sentences, for a one-paragraph text). */
export function cut(a: Article, random: Random): Article {
  const ps = paragraphs(a.text);
  const share = 0.4 + random() * 0.3;
  if (ps.length >= 2) return { ...a, text: join(ps.slice(0, Math.max(1, Math.round(ps.length * share)))) };
  const sentences = a.text.match(/[^.!?]+[.!?]+["”’]?\s*/g) ?? [a.text];
  return { ...a, text: sentences.slice(0, Math.max(1, Math.round(sentences.length * share))).join('').trim() };
}

const DATELINES = ['(AP) —', '(Reuters) -', '(AFP) -', '— ', 'WIRE SERVICE —'];
const HEADLINE_OPENERS = ['UPDATE:', 'Breaking:', 'Report:', 'Analysis:', 'Live:'];

/** A new headline and a dateline before the first word, as an outlet re-running wire copy writes them. */
export function reheadline(a: Article, random: Random): Article {
  const words = a.title.split(/\s+/);
  const title = `${pick(HEADLINE_OPENERS, random)} ${words.slice(0, Math.max(3, Math.ceil(words.length * 0.6))).join(' ')}`;
  const place = (a.text.match(/\b(?:in|from|at) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/) ?? [])[1] ?? 'LONDON';
  return { ...a, title, text: `${place.toUpperCase()} ${pick(DATELINES, random)} ${a.text}` };
}

/** The paragraphs after the first in another order (the lead stays, as editors keep it). */
export function reorder(a: Article, random: Random): Article {
  const [lead, ...rest] = paragraphs(a.text);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return { ...a, text: join([lead, ...rest]) };
}

/** One paragraph of another article inserted at a random place (an update, a background box). */
export function addParagraph(a: Article, other: Article, random: Random): Article {
  const ps = paragraphs(a.text);
  const extra = pick(paragraphs(other.text), random);
  const at = 1 + Math.floor(random() * ps.length);
  return { ...a, text: join([...ps.slice(0, at), extra, ...ps.slice(at)]) };
}

/** Every quotation longer than six words cut to its first half, closed with an ellipsis. */
export function trimQuotes(a: Article): Article {
  const text = a.text.replace(/(["“])([^"”]{20,}?)(["”])/g, (whole, open: string, body: string, close: string) => {
    const words = body.split(/\s+/);
    if (words.length <= 6) return whole;
    return `${open}${words.slice(0, Math.ceil(words.length / 2)).join(' ')} …${close}`;
  });
  return { ...a, text };
}

/** What a second outlet's wire copy often is: cut, re-headlined and with its quotations trimmed. */
export function wireCopy(a: Article, random: Random): Article {
  return trimQuotes(reheadline(cut(a, random), random));
}
