/**
 * Two ways to cluster gold event mentions: the same-lemma baseline, and Parley's merge idea —
 * the same kind of act, by the same actors, at a compatible date — read for ECB+ mentions:
 * articles are first grouped into stories by the actors they name and the year of their date,
 * then mentions within a story merge when their head words are the same word, and a statement
 * ("said") only with another by the same speaker.
 */
import { createRequire } from 'node:module';
import type { DocumentFacts, MentionFacts } from './mention-facts.js';

/** wink's Porter-2 stemmer, shipped in the English model Parley already loads ("dying" → "die", "checks" → "check"). */
const stem = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/porter-stemmer.js') as (word: string) => string;

/** The group clustering stays within, per document: its topic (or topic and subtopic). */
export type ScopeOf = (document: string) => string;

/** The known strong baseline: every mention with the same head lemma in a scope corefers. */
export function sameLemmaClusters(mentions: readonly MentionFacts[], scopeOf: ScopeOf): Map<string, string> {
  return new Map(mentions.map((m) => [m.id, `${scopeOf(m.document)}|${m.lemma}`]));
}

/** A document's features for grouping stories: its actors, and the year of its date. */
function storyFeatures(doc: DocumentFacts): string[] {
  return doc.date ? [...doc.actors, `year:${doc.date.slice(0, 4)}`] : [...doc.actors];
}

type Vector = Map<string, number>;

/** Unit-length vectors, each feature weighted by how rare it is among the scope's documents (log(1 + n/df)). */
function weightedVectors(docs: readonly DocumentFacts[]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of new Set(storyFeatures(d))) df.set(f, (df.get(f) ?? 0) + 1);
  return docs.map((d) => {
    const v: Vector = new Map([...new Set(storyFeatures(d))].map((f) => [f, Math.log(1 + docs.length / df.get(f)!)]));
    const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
    for (const [f, w] of v) v.set(f, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  let s = 0;
  for (const [f, w] of a) s += w * (b.get(f) ?? 0);
  return s;
}

/**
 * The least average similarity of two groups of articles for them to be one story. Tuned on the
 * ECB+ train topics (CoNLL F1 75.3 at 0.03, 75.5 at 0.04, 75.8 at 0.05, 75.2 at 0.06, 74.2 at 0.08).
 */
export const STORY_THRESHOLD = 0.05;

/**
 * Groups the documents of each scope into stories by average-link agglomerative clustering on
 * the cosine of their weighted actors and year. Returns document id → story id.
 */
export function groupStories(docs: readonly DocumentFacts[], scopeOf: ScopeOf, threshold = STORY_THRESHOLD): Map<string, string> {
  const byScope = new Map<string, DocumentFacts[]>();
  for (const d of docs) {
    const scope = scopeOf(d.id);
    const members = byScope.get(scope);
    if (members) members.push(d);
    else byScope.set(scope, [d]);
  }
  const story = new Map<string, string>();
  for (const [scope, members] of byScope) {
    const vectors = weightedVectors(members);
    const similarity = members.map((_, i) => members.map((__, j) => cosine(vectors[i], vectors[j])));
    const groups = mergeGroups(members.map((_, i) => [i]), similarity, threshold);
    groups.forEach((g, k) => g.forEach((i) => story.set(members[i].id, `${scope}:${k}`)));
  }
  return story;
}

/** Joins the two groups with the highest average similarity until none reaches `threshold`. */
function mergeGroups(groups: number[][], similarity: readonly (readonly number[])[], threshold: number): number[][] {
  const average = (a: number[], b: number[]) => a.reduce((s, i) => s + b.reduce((t, j) => t + similarity[i][j], 0), 0) / (a.length * b.length);
  for (;;) {
    let best = -Infinity;
    let pair: [number, number] = [-1, -1];
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const s = average(groups[i], groups[j]);
        if (s > best) [best, pair] = [s, [i, j]];
      }
    }
    if (best < threshold) return groups;
    groups[pair[0]] = [...groups[pair[0]], ...groups[pair[1]]];
    groups.splice(pair[1], 1);
  }
}

/**
 * Verbs and nouns of saying, from ECB+'s ACTION_REPORTING mentions in the train topics (say 155,
 * report 38, tell 17, announce 17, accord 15, confirm 13, statement 8, claim 3). Two of them
 * refer to one event only when they report one statement, so they merge by speaker, not by word.
 */
export const REPORTING = new Set(['say', 'report', 'tell', 'announce', 'accord', 'confirm', 'statement', 'claim', 'state', 'add']);

/**
 * The keys a mention merges by: its head lemma and the stem of its head word (the stem mends the
 * lemmatiser's slips, "dying" → "dy"); for a reporting word, the word and its speaker, or none
 * when the speaker is unknown.
 */
export function mergeKeys(m: MentionFacts): string[] {
  if (REPORTING.has(m.lemma)) return m.speaker ? [`said:${m.lemma}:${m.speaker}`] : [];
  return [`lemma:${m.lemma}`, `stem:${stem(m.word)}`];
}

/** Parley's clustering: mentions of one story that share a merge key are one event (transitively). Returns mention id → cluster id. */
export function parleyClusters(mentions: readonly MentionFacts[], storyOf: ScopeOf): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const owner = new Map<string, string>();
  for (const m of mentions) {
    parent.set(m.id, m.id);
    for (const key of mergeKeys(m)) {
      const scoped = `${storyOf(m.document)}|${key}`;
      const first = owner.get(scoped);
      if (first === undefined) owner.set(scoped, m.id);
      else parent.set(find(m.id), find(first));
    }
  }
  return new Map(mentions.map((m) => [m.id, find(m.id)]));
}
