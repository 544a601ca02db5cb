import { readFileSync } from 'node:fs';
import { ParleyError } from '../../model/errors.js';
import { words } from '../../dedup/minhash.js';
import { addParagraph, cut, reheadline, reorder, seeded, trimQuotes, wireCopy, type Article, type Random } from './edits.js';

/** One labelled pair (eval-format.md): two texts and whether they are one story. */
export interface DedupPair {
  readonly a: { readonly id: string; readonly title: string; readonly text: string };
  readonly b: { readonly id: string; readonly title: string; readonly text: string };
  readonly duplicate: boolean;
  /** How b was made from a (for duplicates), or how the two were paired (for non-duplicates). */
  readonly kind: string;
}

interface SourceArticle extends Article { readonly topic: string; readonly url: string }

const EDITS: Record<string, (a: Article, random: Random, others: readonly Article[]) => Article> = {
  cut: (a, r) => cut(a, r),
  reheadlined: (a, r) => reheadline(a, r),
  reordered: (a, r) => reorder(a, r),
  'paragraph-added': (a, r, others) => addParagraph(a, others[Math.floor(r() * others.length)], r),
  'quotes-trimmed': (a) => trimQuotes(a),
  'wire-copy': (a, r) => wireCopy(a, r),
};

/** Pairs per kind of edit, and as many non-duplicates, half of them each article's closest same-topic neighbour. */
export const PAIRS_PER_EDIT = 30;

/**
 * Builds the labelled pair set from the Wikinews corpus: for each kind of edit, articles
 * (with at least two paragraphs) paired with their edited copy; and as many pairs of
 * different articles on the same topic, half picked at random and half the most similar
 * same-topic article by shared words, the hardest true non-duplicates the corpus holds.
 */
export function buildPairs(articles: readonly SourceArticle[], seed = 21): DedupPair[] {
  const random = seeded(seed);
  const usable = articles.filter((a) => a.text.split(/\n\n+/).length >= 3 && /["“]/.test(a.text));
  const shuffled = shuffle(usable, random);
  const view = (a: Article) => ({ id: a.id, title: a.title, text: a.text });
  const pairs: DedupPair[] = [];
  let next = 0;
  for (const [kind, edit] of Object.entries(EDITS)) {
    for (let i = 0; i < PAIRS_PER_EDIT; i++) {
      const a = shuffled[next++ % shuffled.length];
      const b = edit(a, random, articles.filter((o) => o.topic !== (a as SourceArticle).topic));
      pairs.push({ a: view(a), b: { ...view(b), id: `${a.id}~${kind}` }, duplicate: true, kind });
    }
  }
  const positives = pairs.length;
  const byTopic = new Map<string, SourceArticle[]>();
  for (const a of articles) byTopic.set(a.topic, [...(byTopic.get(a.topic) ?? []), a]);
  const seen = new Set<string>();
  const add = (a: SourceArticle, b: SourceArticle, kind: string) => {
    const key = [a.id, b.id].sort().join('|');
    if (a.id === b.id || seen.has(key)) return false;
    seen.add(key);
    pairs.push({ a: view(a), b: view(b), duplicate: false, kind });
    return true;
  };
  for (const a of shuffle(articles, random)) {
    if (pairs.length >= positives * 1.5) break;
    const peers = byTopic.get(a.topic)!.filter((b) => b.id !== a.id);
    if (peers.length > 0) add(a, nearest(a, peers), 'same-topic-nearest');
  }
  for (let guard = 0; pairs.length < positives * 2 && guard < 100_000; guard++) {
    const a = articles[Math.floor(random() * articles.length)];
    const peers = byTopic.get(a.topic)!;
    add(a, peers[Math.floor(random() * peers.length)], 'same-topic-random');
  }
  return pairs;
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The peer sharing the most distinct words of four letters or more (a crude topical similarity). */
function nearest(a: Article, peers: readonly Article[]): SourceArticle {
  const vocabulary = (t: string) => new Set(words(t).filter((w) => w.length >= 4));
  const mine = vocabulary(a.text);
  let best = peers[0];
  let bestScore = -1;
  for (const p of peers) {
    const theirs = vocabulary(p.text);
    let shared = 0;
    for (const w of theirs) if (mine.has(w)) shared++;
    const score = shared / Math.sqrt(mine.size * theirs.size || 1);
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best as SourceArticle;
}

export function readArticles(path: string): SourceArticle[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as SourceArticle);
}

/** Reads a pair file: JSON Lines of {a, b, duplicate}, where a and b are texts or {text, ...} objects. */
export function readPairs(path: string): Array<{ a: string; b: string; duplicate: boolean; kind: string }> {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ParleyError('E_INPUT_NOT_FOUND', `${path}: cannot be read (${(err as NodeJS.ErrnoException).code})`);
  }
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'object' && v && typeof (v as { text?: unknown }).text === 'string' ? (v as { text: string }).text : null);
  return content.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line);
    } catch {
      throw new ParleyError('E_INPUT_FORMAT', `${path}:${i + 1}: is not valid JSON`);
    }
    const a = text(o.a);
    const b = text(o.b);
    if (a === null || b === null || typeof o.duplicate !== 'boolean') {
      throw new ParleyError('E_INPUT_FORMAT', `${path}:${i + 1}: expected {"a", "b", "duplicate": true|false}`);
    }
    return [{ a, b, duplicate: o.duplicate, kind: typeof o.kind === 'string' ? o.kind : (o.duplicate ? 'duplicate' : 'different') }];
  });
}
