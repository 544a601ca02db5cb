import type { Doc } from '../../model/document.js';
import type { Sentence, Timex, TokenLayer } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { longestFirst, matches, type Found } from './matches.js';
import { TextReading } from './rule-context.js';
import { RULES } from './rules/index.js';


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

/**
 * The timexes of a text published on `anchorValue`. With `tokens` (part of speech, and sentences
 * that give their token ranges), the direction of a bare weekday or month comes first from the
 * tense of the verb it attaches to (tense.ts), else from cue words around it (direction.ts).
 * Matches are resolved in text order, each seeing the timexes found before it.
 */
export function findTimexes(text: string, anchorValue: string | null, sentences: readonly Sentence[], tokens?: TokenLayer): Timex[] {
  const all = matches(text);
  const reading = new TextReading(text, anchorValue, sentences, tokens, all);
  for (const m of all) {
    const rule = RULES[m.rule];
    const resolved = rule.resolve(m.groups, reading.at(m));
    if (!resolved) continue;
    if (resolved.focus) reading.moveFocus(resolved.focus);
    if (resolved.type === undefined) continue;
    const timex: Timex = {
      start: m.start + (resolved.trim ?? 0), end: m.end - (resolved.trimEnd ?? 0), type: resolved.type, value: resolved.value, mod: resolved.mod ?? null, by: `time/${rule.name}`,
    };
    reading.earlier.found.push({ ...m, timex });
  }
  return oneDayPerWeekday(text, longestFirst(reading.earlier.found));
}

/** A weekday named alone, with at most its part of the day: "Tuesday", "Tuesday morning". */
const BARE_WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$/;

/**
 * A weekday named alone stands for one day throughout a story: "Albright headed Tuesday to East Africa …
 * her first stop Tuesday morning", told on a Monday, is the Tuesday to come both times. Where its mentions
 * were read as different days, the day most of them were read as wins; on a tie the later, since a weekday
 * is read ahead only on a word that says so, and behind also by default.
 */
function oneDayPerWeekday(text: string, found: readonly Found[]): Timex[] {
  const days = new Map<string, Map<string, number>>();
  const nameOf = ({ timex: t, rule }: Found) => (RULES[rule].flags.weekday && (t.type === 'DATE' || t.type === 'TIME') ? BARE_WEEKDAY.exec(text.slice(t.start, t.end))?.[1] : undefined);
  for (const f of found) {
    const t = f.timex;
    const name = nameOf(f);
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
  if (chosen.size === 0) return found.map((f) => f.timex);
  return found.map((f) => {
    const t = f.timex;
    const day = chosen.get(nameOf(f) ?? '');
    return day && /^\d{4}-\d\d-\d\d/.test(t.value) && t.value.slice(0, 10) !== day ? { ...t, value: day + t.value.slice(10) } : t;
  });
}
