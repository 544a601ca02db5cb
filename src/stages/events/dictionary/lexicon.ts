import { codeOn, type ActorEntry, type AgentEntry, type DatedCode } from './read-actors.js';

/** A dictionary name found in a sentence: token range `[start, end)` relative to the word list. */
export interface LexiconHit {
  readonly start: number;
  readonly end: number;
  readonly kind: 'actor' | 'agent';
  /** A full actor code ("ARN", "USAGOV"), or the agent code ("GOV") for an agent. */
  readonly code: string;
}

interface Entry {
  readonly words: readonly string[];
  readonly exact: boolean;
  readonly kind: 'actor' | 'agent';
  readonly codes: readonly DatedCode[];
}

/** A word may carry up to this many letters past a stem-matched dictionary word ("ARGENTIN" → "ARGENTINA"). */
const STEM_SLACK = 3;

/**
 * Actor and agent names from PETRARCH-format dictionaries, matched longest first on the
 * upper-case words of a sentence. Words are stems unless the dictionary wrote them with a
 * trailing `_` (TABARI's convention): "ARGENTIN" finds "Argentina". Agents match whole words only
 * (their plurals are listed), so "DIPLOMAT" does not find "diplomatic".
 */
export class ActorLexicon {
  private readonly byFirst = new Map<string, Entry[]>();
  /** The lengths of the one-word stems (entries that are not exact): a word is cut back only to these lengths. */
  private readonly stemLengths = new Set<number>();

  constructor(actors: readonly ActorEntry[], agents: readonly AgentEntry[]) {
    for (const a of actors) this.add({ words: a.words, exact: a.exact, kind: 'actor', codes: a.codes });
    for (const a of agents) this.add({ words: a.words, exact: true, kind: 'agent', codes: [{ code: a.code, from: null, to: null }] });
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const [first, list] of this.byFirst) if (list.some(isStem)) this.stemLengths.add(first.length);
  }

  private add(entry: Entry): void {
    const key = entry.words[0]!;
    const list = this.byFirst.get(key) ?? [];
    list.push(entry);
    this.byFirst.set(key, list);
  }

  /** Non-overlapping hits, longest first from left to right; `date` picks time-restricted codes. */
  scan(words: readonly string[], date: string | null): LexiconHit[] {
    const hits: LexiconHit[] = [];
    for (let i = 0; i < words.length; ) {
      const hit = this.longestAt(words, i, date);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  private longestAt(words: readonly string[], i: number, date: string | null): LexiconHit | null {
    let best: LexiconHit | null = null;
    for (const entry of this.candidates(words[i]!)) {
      if (best && best.end - best.start >= entry.words.length) continue;
      const end = entryEnd(entry, words, i);
      if (end === null) continue;
      const code = codeOn(entry.codes, date);
      if (code && code !== '---' && code !== '+++') best = { start: i, end, kind: entry.kind, code };
    }
    return best;
  }

  /** The entries that can start at `word`: those keyed by the word, then the stems it extends by up to STEM_SLACK letters. */
  private candidates(word: string): readonly Entry[] {
    const whole = this.byFirst.get(word) ?? NONE;
    if (this.stemLengths.size === 0) return whole;
    let out: Entry[] | null = null;
    for (let k = 1; k <= STEM_SLACK && word.length - k >= 3; k++) {
      if (!this.stemLengths.has(word.length - k)) continue;
      for (const e of this.byFirst.get(word.slice(0, -k)) ?? NONE) if (isStem(e)) (out ??= [...whole]).push(e);
    }
    return out ?? whole;
  }
}

const NONE: readonly Entry[] = [];

/**
 * Where an entry's words end when they stand from word `i`, or null. A name may be written with
 * underscores for its spaces, as the dictionaries write them ("the Prince of Dol_Amroth",
 * "New_York"): the tokeniser's "_" between two of the name's words is passed over.
 */
function entryEnd(entry: Entry, words: readonly string[], i: number): number | null {
  const n = entry.words.length;
  let at = i;
  for (let k = 0; k < n; k++) {
    if (k > 0 && words[at] === '_') at++;
    if (at >= words.length || !wordMatches(entry.words[k]!, words[at]!, entry.exact || k < n - 1)) return null;
    at++;
  }
  return at;
}

/** A one-word entry that matches longer words ("ARGENTIN"). */
function isStem(e: Entry): boolean {
  return !e.exact && e.words.length === 1;
}

function wordMatches(dictionary: string, word: string, exact: boolean): boolean {
  if (dictionary === word) return true;
  return !exact && dictionary.length >= 3 && word.startsWith(dictionary) && word.length - dictionary.length <= STEM_SLACK;
}
