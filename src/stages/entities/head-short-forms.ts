import type { ClusterSet } from './names.js';
import { addRef, firstStart, removeRef, type Cluster, type Ref } from './refs.js';

/**
 * "the United States House of Representatives issued a subpoena … The House issued a deposition request": after an
 * organisation is named in full, "the" and its head word alone name it again — the word before "of" ("House" of
 * "House of Representatives") or its last word ("Police" of "Thames Valley Police", "Post" of "New York Post",
 * "Federation" of "Iranian Chess Federation"). The tagger finds the short name as an organisation of its own, which
 * the knowledge base does not know, and the story's main country was then guessed for it: "The House impeached
 * President Trump" was Ukraine's in a story about Ukraine. Such a name (one word, after "the", every mention a name
 * the KB links to nothing) joins the organisation named in full most recently before it; a head before "of" is
 * preferred to a last word ("the House" after both "the White House" and "the House of Representatives" is the
 * latter). A first word is no head: "Campbell" of "Campbell Soup" and "Jolo" of "Jolo Cathedral" stay apart.
 */
export function joinHeadShortForms(text: string, set: ClusterSet): void {
  const organisations = set.all().filter((c) => c.type === 'ORG');
  for (const short of organisations) {
    const word = shortName(text, short);
    if (!word) continue;
    const first = firstStart(short);
    const full = namedInFull(organisations, short, word, first);
    if (!full) continue;
    for (const ref of [...short.refs]) {
      removeRef(short, ref);
      addRef(full, ref);
    }
  }
}

/** The one word every mention of `c` is, each after "the", when the KB links `c` to nothing; else null. */
function shortName(text: string, c: Cluster): string | null {
  if (c.organisation || c.person || c.place || c.context?.agent || c.refs.length === 0) return null;
  const word = c.refs[0].text;
  if (!ONE_WORD.test(word)) return null;
  return c.refs.every((r) => r.form === 'name' && r.text === word && THE_BEFORE.test(text.slice(Math.max(0, r.start - 5), r.start))) ? word : null;
}

const ONE_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
const THE_BEFORE = /\bthe\s+$/i;

/** The organisation named in full before `at` whose head is `word`, heads before "of" first, the latest first. */
function namedInFull(organisations: readonly Cluster[], short: Cluster, word: string, at: number): Cluster | null {
  let best: { c: Cluster; rank: number; start: number } | null = null;
  for (const c of organisations) {
    if (c === short) continue;
    for (const r of c.refs) {
      const rank = r.start < at && r.form === 'name' ? headRank(r, word) : 0;
      if (rank > 0 && (!best || rank > best.rank || (rank === best.rank && r.start > best.start))) best = { c, rank, start: r.start };
    }
  }
  return best?.c ?? null;
}

/** 2 when `word` is the word before the name's "of", 1 when it is the last of two or more words, else 0. */
function headRank(ref: Ref, word: string): number {
  const words = ref.text.split(/\s+/);
  const of = words.indexOf('of');
  if (of > 0 && words[of - 1] === word) return 2;
  return words.length > 1 && words[words.length - 1] === word ? 1 : 0;
}
