import type { Sentence, Timex } from '../../model/layers.js';
import { lowerBound } from '../../model/span.js';
import { RULES } from './rules/index.js';
import { LiteralsIn, requiredLiterals } from '../../util/required-literals.js';
import { LiteralSearch } from '../../util/literal-search.js';
import { matchesOf } from '../../util/matches-of.js';

/** One rule's match: where, which rule (its index in RULES, which settles ties) and the named groups. */
export interface Match { readonly start: number; readonly end: number; readonly rule: number; readonly groups: Record<string, string | undefined> }

/** A match its rule resolved to a timex. */
export interface Found extends Match { readonly timex: Timex }

/** Whitespace a rule reads across: no time expression spans a longer run. */
const LONGEST_SPACE = 32;
const LONG_SPACE = new RegExp(`(\\s{${LONGEST_SPACE}})\\s+`, 'g');
/** What stands for the rest of a longer run: neither a word character nor whitespace, and in no rule. */
const FILLER = '\u0001';

/**
 * The text as the rules read it: the same length (offsets and groups are the text's), but a run of whitespace
 * longer than LONGEST_SPACE keeps only its first LONGEST_SPACE characters. The rules' `\s+` in lookbehinds and
 * lookaheads ("in\s+", "\s+[A-Z]") otherwise rescan a long run from each of its positions, so a hostile text of
 * 50 KB of spaces took 6 s (quadratic in the run); a text without such runs is read unchanged.
 */
export function boundedSpaces(text: string): string {
  return text.replace(LONG_SPACE, (run, kept: string) => kept + FILLER.repeat(run.length - kept.length));
}

/**
 * A rule is passed over in a text that holds none of the words it cannot match without (`requiredLiterals`),
 * and run as before where it needs none that can be told. All rules' words are found in one pass over the
 * text (`LiteralSearch`), so a rule that needs one of many words ("month": 24) costs no more to test.
 */
const NEEDS = RULES.map((rule) => requiredLiterals(rule.pattern.source));
const SEARCH = new LiteralSearch(NEEDS.flatMap((needs) => needs ?? []));

/** Every rule's matches, in text order (resolution reads context left to right). */
export function matches(original: string): Match[] {
  const text = boundedSpaces(original);
  const literals = new LiteralsIn(text.toLowerCase(), SEARCH);
  const all: Match[] = [];
  RULES.forEach((rule, index) => {
    if (!literals.mayHold(NEEDS[index]!)) return;
    for (const m of matchesOf(rule.pattern, text)) {
      all.push({ start: m.index, end: m.index + m[0].length, rule: index, groups: m.groups ?? {} });
    }
  });
  return all.sort((a, b) => a.start - b.start || a.rule - b.rule);
}

/**
 * Where resolved matches overlap, the longest wins, then the earlier rule. Overlaps are settled
 * within each run of mutually overlapping matches, so a text with many dates stays linear.
 */
export function longestFirst(found: readonly Found[]): Found[] {
  const byStart = [...found].sort((a, b) => a.start - b.start);
  const out: Found[] = [];
  for (let i = 0; i < byStart.length;) {
    let end = byStart[i].end;
    let j = i + 1;
    while (j < byStart.length && byStart[j].start < end) end = Math.max(end, byStart[j++].end);
    const run = byStart.slice(i, j).sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
    const kept: Found[] = [];
    for (const c of run) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    out.push(...kept.sort((a, b) => a.start - b.start));
    i = j;
  }
  return out;
}

const WHOLE_TEXT: Sentence = { start: 0, end: Infinity, tokenStart: 0, tokenEnd: 0, paragraph: 0 };

/** The sentence an offset lies in (the whole text when there are none). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence {
  const last = lowerBound(sentences.length, (i) => sentences[i].start <= offset) - 1;
  return sentences[Math.max(0, last)] ?? WHOLE_TEXT;
}
