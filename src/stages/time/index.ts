import type { Doc } from '../../model/document.js';
import type { Sentence, Timex, TokenLayer } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseDay } from './calendar.js';
import { approachingInPast, clauseDirection, isFronted, looksAhead } from './direction.js';
import type { RuleContext } from './context.js';
import type { Direction } from './resolve.js';
import { RULES } from './rules/index.js';
import { lowerBound } from '../../model/span.js';
import { tokenAt, tokenPos } from '../../model/tokens.js';
import { clauseIdsOf } from '../../dates/clauses.js';
import { verbGroupTense, type Tense } from './tense.js';
import { quotedStretches, stretchAt } from './quoted.js';
import { isPrenominalIn } from '../../dates/timex-roles.js';

export { dateFor, governingTimex } from '../../dates/date-for.js';

/**
 * TimeML TIMEX3s: dates, times, durations and sets, with values resolved against the
 * document's anchor (the publication date or its estimate) the way news means them.
 */
export const timeStage: Stage<'timexes'> = {
  name: 'time',
  requires: ['anchor', 'tokens', 'sentences'],
  provides: ['timexes'],
  run(doc: Doc) {
    return { timexes: findTimexes(doc.text, doc.get('anchor').value, doc.get('sentences'), doc.get('tokens')) };
  },
};

interface Match { readonly start: number; readonly end: number; readonly rule: number; readonly groups: Record<string, string | undefined> }

/** Every rule's matches, in text order (resolution reads context left to right). */
function matches(text: string): Match[] {
  const all: Match[] = [];
  RULES.forEach((rule, index) => {
    for (const m of text.matchAll(rule.pattern)) {
      all.push({ start: m.index, end: m.index + m[0].length, rule: index, groups: m.groups ?? {} });
    }
  });
  return all.sort((a, b) => a.start - b.start || a.rule - b.rule);
}

/**
 * Where resolved matches overlap, the longest wins, then the earlier rule. Overlaps are settled
 * within each run of mutually overlapping matches, so a text with many dates stays linear.
 */
function longestFirst(found: Array<Match & { timex: Timex }>): Timex[] {
  const byStart = [...found].sort((a, b) => a.start - b.start);
  const out: Timex[] = [];
  for (let i = 0; i < byStart.length;) {
    let end = byStart[i].end;
    let j = i + 1;
    while (j < byStart.length && byStart[j].start < end) end = Math.max(end, byStart[j++].end);
    const run = byStart.slice(i, j).sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
    const kept: Array<Match & { timex: Timex }> = [];
    for (const c of run) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    out.push(...kept.sort((a, b) => a.start - b.start).map((k) => k.timex));
    i = j;
  }
  return out;
}

/** How far back (characters) an anaphoric expression looks for the point it counts from. */
const REFERENCE_REACH = 5000;

/** More characters than any one match spans ("the comparable year-ago quarter of fiscal 1989"). */
const LONGEST_MATCH = 200;

/** Whether found[i] lies inside a longer match (which starts at most LONGEST_MATCH before it). */
function insideLonger(found: ReadonlyArray<Match & { timex: Timex }>, i: number): boolean {
  const t = found[i];
  for (let j = i - 1; j >= 0 && found[j].start >= t.start - LONGEST_MATCH; j--) {
    if (found[j].end >= t.end && found[j].end - found[j].start > t.end - t.start) return true;
  }
  for (let j = i + 1; j < found.length && found[j].start === t.start; j++) if (found[j].end > t.end) return true;
  return false;
}

/** Rules whose value counts from the speaker's day, which inside a quotation need not be the publication's. */
const SPEAKERS_DAY = new Set(['time/deictic-day', 'time/this-part-of-day']);

/** "during" right before a timex or its article. */
const DURING = /\bduring\s+(?:the\s+)?$/i;

/** Words that open a noun phrase. */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that)$/i;

const WHOLE_TEXT: Sentence = { start: 0, end: Infinity, tokenStart: 0, tokenEnd: 0, paragraph: 0 };

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence {
  const last = lowerBound(sentences.length, (i) => sentences[i].start <= offset) - 1;
  return sentences[Math.max(0, last)] ?? WHOLE_TEXT;
}

/**
 * The timexes of a text published on `anchorValue`. With `tokens` (part of speech, and sentences
 * that give their token ranges), the direction of a bare weekday or month comes first from the
 * tense of the verb it attaches to (tense.ts), else from cue words around it (direction.ts).
 */
export function findTimexes(text: string, anchorValue: string | null, sentences: readonly Sentence[], tokens?: TokenLayer): Timex[] {
  const found: Array<Match & { timex: Timex }> = [];
  const all = matches(text);
  let current: Match | null = null;
  // the clauses of the current match's sentence, read once per sentence (matches come in text order)
  let clauseSentence: Sentence | null = null;
  let clause: Int32Array = new Int32Array(0);
  let quoted: Array<readonly [number, number]> | null = null; // read when a reference first needs it
  const tense = (sentence: Sentence): Tense | null => {
    if (!tokens || sentence.tokenEnd <= sentence.tokenStart) return null;
    if (clauseSentence !== sentence) {
      const lo = lowerBound(all.length, (i) => all[i].start < sentence.start);
      const hi = lowerBound(all.length, (i) => all[i].start < sentence.end);
      clause = clauseIdsOf(text, tokens, sentence, all.slice(lo, hi));
      clauseSentence = sentence;
    }
    const first = Math.max(sentence.tokenStart, tokenAt(tokens, current!.start));
    const last = Math.min(sentence.tokenEnd - 1, tokenAt(tokens, current!.end - 1));
    // a timex inside a noun phrase ("Wednesday's ruling", "the October slaying", "his Sunday night
    // address", "Sunday opening hours") is not the time of the verb near it
    if (first > last) return null;
    // but what happens during the event happens at its time: "the ad will air during Sunday's final"
    const inNounPhrase = isPrenominalIn(text, tokens, current!)
      || (first > sentence.tokenStart && DETERMINER.test(text.slice(tokens.start[first - 1], tokens.end[first - 1])))
      || (last + 1 < sentence.tokenEnd && tokenPos(tokens, last + 1) === 'NOUN');
    const during = DURING.test(text.slice(Math.max(0, current!.start - 12), current!.start));
    if (inNounPhrase && !during) return null;
    const verb = verbGroupTense(text, tokens, clause, sentence.tokenStart, first, last);
    // a present is told now, after the event as often as before it: "is raising questions about the
    // microphone during Monday's debate" in Friday's paper is the Monday gone
    return inNounPhrase && verb === 'present' ? null : verb;
  };
  // the current match's tense, read once: several questions a rule asks (direction, ahead, told in the past) need it
  let tenseOf: Match | null = null;
  let tenseRead: Tense | null = null;
  const currentTense = (): Tense | null => {
    if (tenseOf !== current) { tenseRead = tense(sentenceAt(sentences, current!.start)); tenseOf = current; }
    return tenseRead;
  };
  /**
   * The direction of the current match's clause: the tense of its verb, else the cue words around
   * it. A present form looks ahead for a weekday ("Arafat meet separately Monday") but says
   * nothing of a month ("follows another attempt in April"); "was to" looks ahead for a month ("his
   * term was to end in August") but says nothing of a weekday, mostly one just past ("the Senate was
   * to meet Monday").
   */
  const clauseCue = (month: boolean): Direction | null => {
    const t = currentTense();
    if (t === 'present' && !month) return 'future';
    if (t === 'future-in-past' && month) return 'future';
    if (t === 'intended-in-past') return 'future';
    return t === 'past' || t === 'future' ? t : clauseDirection(text, current!, sentenceAt(sentences, current!.start));
  };
  // "by August" looks ahead, but "By March, drastic measures were taken" follows its main clause, and
  // "was used a million times by Thursday night" its verb's past
  const aheadOfNow = () => {
    if (!looksAhead(text, current!)) return false;
    const sentence = sentenceAt(sentences, current!.start);
    if (approachingInPast(text, current!, sentence)) return false;
    if (isFronted(text, current!, sentence)) return false;
    // "Through Tuesday evening the fire was reduced" (Wikinews): the preposition opens a sentence told in the past
    if (/^\s*\S+\s+$/.test(text.slice(sentence.start, current!.start)) && currentTense() === 'past') return false;
    // "the party is heading toward November" looks ahead, "drifted toward November" tells of the past
    return !(/\b(?:by|towards?)\s+$/i.test(text.slice(Math.max(0, current!.start - 8), current!.start)) && currentTense() === 'past');
  };
  const ctx: RuleContext = {
    anchor: parseDay(anchorValue),
    direction: () => clauseCue(false) ?? 'past',
    ahead: aheadOfNow,
    // "Ahead of Friday's meeting, France and Germany unveiled a plan" in Sunday's paper: what was done before
    // the event is told in the past, so the event may be behind the writing or still to come
    toldInPast: () => currentTense() === 'past',
    intendedInPast: () => currentTense() === 'intended-in-past' || approachingInPast(text, current!, sentenceAt(sentences, current!.start)),
    cue: () => (aheadOfNow() ? 'future' : clauseCue(true)),
    before: (chars = 30) => text.slice(Math.max(0, current!.start - chars), current!.start),
    sentenceBefore: () => text.slice(Math.max(0, sentenceAt(sentences, current!.start).start), current!.start),
    after: (chars = 30) => text.slice(current!.end, current!.end + chars),
    reference: (within = REFERENCE_REACH, yearNamed = false, dayNamed = false, accept?: (value: string, by: string) => boolean) => {
      for (let i = found.length - 1; i >= 0; i--) {
        const t = found[i].timex;
        if (found[i].start < current!.start - within - LONGEST_MATCH) break; // found is in text order
        if (t.end < current!.start - within) continue;
        if (yearNamed && !/\b(?:1[89]|20)\d\d\b/.test(text.slice(t.start, t.end))) continue;
        if (t.end > current!.start || (t.type !== 'DATE' && t.type !== 'TIME') || !(dayNamed ? /^\d{4}-\d\d-\d\d(?:$|T)/ : /^\d{4}(?:-\d\d){0,2}(?:$|T)/).test(t.value)) continue;
        if (accept && !accept(t.value, t.by)) continue;
        // "the 2011 raid that killed 9/11 plotter Osama bin Laden … earlier in the day": a date that names
        // an event before a noun ("9/11 families", "the Sept. 11 terrorist attacks") is not the narrative's time
        if (t.by === 'time/nine-eleven' && /^\s+[a-z]/.test(text.slice(t.end, t.end + 3))) continue;
        // "We received a mass casualty alert following the plane crash … this morning," said a doctor
        // on the day of the crash: the narrative's "later that day" is not the quotation's day
        if (SPEAKERS_DAY.has(t.by)) {
          quoted ??= quotedStretches(text);
          const inQuote = stretchAt(quoted, t.start);
          if (inQuote >= 0 && inQuote !== stretchAt(quoted, current!.start)) continue;
        }
        // the narrative's time is not ahead of the publication: "set to take office on January 20th" is no
        // reference for a later sentence, though "on October 14, the same day" is one within its own
        const ahead = anchorValue !== null && t.value.slice(0, 10) > anchorValue.slice(0, t.value.slice(0, 10).length);
        if (ahead && sentenceAt(sentences, t.start) !== sentenceAt(sentences, current!.start)) continue;
        // a match inside a longer one ("1998" in "October 1998") loses to it, as it will in the output
        if (insideLonger(found, i)) continue;
        return t.value;
      }
      return null;
    },
    namedBefore: (within, accept) => {
      // found is in order of start: a shorter match inside a longer one ("Oct." in "Oct. 12") may end first
      for (let i = found.length - 1; i >= 0 && found[i].start >= current!.start - within - LONGEST_MATCH; i--) {
        const t = found[i].timex;
        if (t.end < current!.start - within) continue;
        if (t.end <= current!.start && !insideLonger(found, i) && accept(t.value, t.by)) return t.value;
      }
      return null;
    },
    dayAfterPhrase: (phrase, gap) => {
      const lowest = Math.max(0, current!.start - REFERENCE_REACH);
      for (let at = text.lastIndexOf(phrase, current!.start - phrase.length - 1); at >= lowest; at = text.lastIndexOf(phrase, at - 1)) {
        const from = at + phrase.length;
        for (let i = lowerBound(found.length, (k) => found[k].start < from); i < found.length && found[i].start <= from + gap; i++) {
          const t = found[i].timex;
          if (t.start >= from && /^\d{4}-\d\d-\d\d/.test(t.value) && !insideLonger(found, i)) return t.value.slice(0, 10);
        }
        if (at === 0) break;
      }
      return null;
    },
    quarter: null,
    months: null,
  };
  for (const m of all) {
    current = m;
    const rule = RULES[m.rule];
    const n = rule.resolve(m.groups, ctx);
    if (!n) continue;
    const timex = { start: m.start + (n.trim ?? 0), end: m.end - (n.trimEnd ?? 0), type: n.type, value: n.value, mod: n.mod ?? null, by: `time/${rule.name}` };
    found.push({ ...m, timex });
  }
  return oneDayPerWeekday(text, longestFirst(found));
}

/** A weekday named alone, with at most its part of the day: "Tuesday", "Tuesday morning". */
const BARE_WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$/;

/**
 * A weekday named alone stands for one day throughout a story: "Albright headed Tuesday to East Africa …
 * her first stop Tuesday morning", told on a Monday, is the Tuesday to come both times. Where its mentions
 * were read as different days, the day most of them were read as wins; on a tie the later, since a weekday
 * is read ahead only on a word that says so, and behind also by default.
 */
function oneDayPerWeekday(text: string, timexes: Timex[]): Timex[] {
  const days = new Map<string, Map<string, number>>();
  const nameOf = (t: Timex) => (t.by === 'time/weekday' && (t.type === 'DATE' || t.type === 'TIME') ? BARE_WEEKDAY.exec(text.slice(t.start, t.end))?.[1] : undefined);
  for (const t of timexes) {
    const name = nameOf(t);
    if (!name || !/^\d{4}-\d\d-\d\d/.test(t.value)) continue;
    const counts = days.get(name) ?? new Map<string, number>();
    counts.set(t.value.slice(0, 10), (counts.get(t.value.slice(0, 10)) ?? 0) + 1);
    days.set(name, counts);
  }
  const chosen = new Map<string, string>();
  for (const [name, counts] of days) {
    if (counts.size < 2) continue;
    chosen.set(name, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0][0]);
  }
  if (chosen.size === 0) return timexes;
  return timexes.map((t) => {
    const day = chosen.get(nameOf(t) ?? '');
    return day && /^\d{4}-\d\d-\d\d/.test(t.value) && t.value.slice(0, 10) !== day ? { ...t, value: day + t.value.slice(10) } : t;
  });
}
