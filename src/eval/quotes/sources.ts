import type { Span } from '../../model/span.js';

/**
 * What a gold Source is, for judging a speaker by the entity it resolves to:
 * - `name`: it holds a proper name; `head` is the name the source is about (the person
 *   of "Dunn's mother, Charlotte Charles", not Dunn; of "the prosecutor general of Tehran,
 *   Ali Alghasi Mehr", not Tehran);
 * - `pronoun`: a personal or relative pronoun ("he", "they", "who"), right only as read by a person;
 * - `nominal`: a common-noun phrase ("officials", "the president").
 */
export type GoldSource =
  | { readonly kind: 'name'; readonly head: Span }
  | { readonly kind: 'pronoun' }
  | { readonly kind: 'nominal' };

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'his', 'its', 'their', 'who', 'which', 'that', 'whom', 'whose', 'me', 'us']);
/** Capitalised words that are not names: determiners and pronouns opening a sentence, and titles of address alone. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she',
  'it', 'they', 'we', 'i', 'you', 'some', 'many', 'most', 'all', 'both', 'several', 'one', 'two', 'three', 'another',
  'other', 'former', 'then', 'but', 'and', 'still', 'yet', 'so', 'in', 'on', 'at', 'for', 'with', 'as', 'when', 'while',
  'no', 'only', 'even', 'also', 'meanwhile', 'however', 'asked', 'according',
]);
/** Calendar words: "a poll released Friday" is no source named Friday. */
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
/** Words after which a name is a complement, not the source ("of Tehran", "at the Tax Foundation"). */
const PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'in', 'on', 'with', 'by', 'to', 'about', 'over', 'under', 'against']);

interface Word extends Span {
  readonly text: string;
}

/**
 * Classifies a gold Source. `properAt` says whether the word at an offset is a proper noun
 * when capitalisation alone cannot tell (a capitalised word opening a sentence); without it
 * such words count as names unless they are function words.
 */
export function classifySource(text: string, source: readonly Span[], properAt: (offset: number) => boolean = () => true): GoldSource | null {
  const words = source.flatMap((s) => wordsIn(text, s));
  if (words.length === 0) return null;
  if (words.length === 1 && PRONOUNS.has(words[0].text.toLowerCase())) return { kind: 'pronoun' };
  const head = headName(text, words, properAt);
  return head ? { kind: 'name', head } : { kind: 'nominal' };
}

function wordsIn(text: string, span: Span): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’&/-]*|[(),]/gu)) {
    const start = span.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * The name a source is about: the first comma-bounded part that holds a name (an apposition
 * names the same person: "Alan Cole, an economist at …"), and in it the last run of
 * capitalised words (the name after its title: "Democratic nominee Hillary Clinton") that is
 * not possessed ("Clinton's campaign manager"), bracketed ("(R-S.C.)"), after a preposition
 * ("of Tehran") or a calendar word.
 */
function headName(text: string, words: readonly Word[], properAt: (offset: number) => boolean): Span | null {
  const part: Span[] = [];
  let run: Word[] = [];
  let depth = 0;
  let afterPreposition = false;
  /** A run before a common noun modifies it ("the California congressman", "Democratic nominee …"). */
  const closeRun = (next: Word | null) => {
    const modifier = next !== null && /^\p{Ll}/u.test(next.text) && !NOT_NAMES.has(next.text) && !['and', 'or'].includes(next.text);
    if (run.length > 0 && !modifier && !possessed(text, run[run.length - 1])) part.push({ start: run[0].start, end: run[run.length - 1].end });
    run = [];
  };
  for (const w of words) {
    if (w.text === '(' || w.text === ')') {
      closeRun(null);
      depth += w.text === '(' ? 1 : -1;
      continue;
    }
    if (w.text === ',') {
      closeRun(null);
      if (part.length > 0) break;
      afterPreposition = false;
      continue;
    }
    const lower = w.text.toLowerCase();
    // "Secretary of State John Kerry": "of" between capitalised words stays inside the name
    if (lower === 'of' && run.length > 0) {
      run.push(w);
      continue;
    }
    if (depth === 0 && isName(text, w, properAt) && !(afterPreposition && run.length === 0)) {
      run.push(w);
      continue;
    }
    const trailingOf = run.length > 0 && run[run.length - 1].text.toLowerCase() === 'of';
    if (trailingOf) run.pop();
    closeRun(w);
    if (PREPOSITIONS.has(lower) || trailingOf) afterPreposition = true;
    else if (lower !== 'the' && !isName(text, w, properAt)) afterPreposition = false;
  }
  if (run.length > 0 && run[run.length - 1].text.toLowerCase() === 'of') run.pop();
  closeRun(null);
  return part.length > 0 ? part[part.length - 1] : null;
}

function isName(text: string, w: Word, properAt: (offset: number) => boolean): boolean {
  if (!/^\p{Lu}/u.test(w.text) || NOT_NAMES.has(w.text.toLowerCase()) || CALENDAR.test(w.text)) return false;
  // a capitalised word opening a sentence is a name when tagged one and never written in lower case ("Protesters" is not)
  return !opensSentence(text, w.start) || (properAt(w.start) && !new RegExp(`\\b${escape(w.text.toLowerCase())}\\b`).test(text));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function possessed(text: string, w: Word): boolean {
  return /['’]s?$/.test(w.text) || /^['’]s\b/.test(text.slice(w.end, w.end + 3));
}

function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).replace(/[\s"“”‘’'(]+$/, '');
  return before === '' || /[.!?:\n]$/.test(before);
}
