import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** An article of the bench's corpus. */
export interface Article { readonly text: string; readonly published: string | null }

const WIKINEWS = fileURLToPath(new URL('../../../shared/data/wikinews/articles.jsonl', import.meta.url));
const DEMO = fileURLToPath(new URL('../../data/samples/demo.jsonl', import.meta.url));
const MIN_BYTES = 1024 * 1024;

/**
 * The bench's corpus: the Wikinews demo articles when the shared data is there, else the bundled samples,
 * repeated until there is at least 1 MB of text.
 */
export function loadCorpus(): { articles: Article[]; source: string } {
  const path = existsSync(WIKINEWS) ? WIKINEWS : DEMO;
  const once: Article[] = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => {
    const o = JSON.parse(l);
    return { text: o.text, published: o.published ?? null };
  });
  const articles = [...once];
  let bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  while (bytes < MIN_BYTES) {
    articles.push(...once);
    bytes += once.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  }
  return { articles, source: path === WIKINEWS ? 'English Wikinews demo corpus (../shared/data/wikinews)' : 'bundled samples, repeated' };
}
