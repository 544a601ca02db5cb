import type { Provenance, Span } from '../../model/span.js';
import type { ActorsKb } from '../../kb/view.js';
import { linkPerson } from '../../kb/link.js';
import { titledNames } from '../../language/titles.js';
import { addDays, addYears, type DaySet } from '../../dates/ranges.js';
import { KNOWN_WARS } from './wars.js';

/** What one phrase says about when the text was written. */
export interface DateHint extends Span, Provenance {
  readonly dates: DaySet;
  /** A plain title ("President Macron") is weak evidence: history is told with titles too. */
  readonly strength: 'strong' | 'weak';
}

const NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const YEARS_INTO = /\b(?:after|for|nearly|almost|more than|over)\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b/gi;
const WAR_WORDS = /\b(?:war|invasion|conflict|fighting|offensive)\b/i;
const WAR_REACH = 300;

/**
 * Office holders with a qualifier date the text through the KB tenures (src/kb/dating.ts):
 * "incoming … President Donald Trump" lies between an election and the start of a term of
 * his, "outgoing" before a term ends, "former" after one ended, and an unqualified title
 * within a term.
 */
export function officeHints(text: string, kb: ActorsKb): DateHint[] {
  const hints: DateHint[] = [];
  for (const t of titledNames(text)) {
    // "future president Donald Trump" tells a life story; it does not date the telling.
    if (/^future\b/i.test(text.slice(t.start))) continue;
    const country = t.countryWord ? kb.place(t.countryWord)?.country ?? null : null;
    const person = linkPerson(kb, t.name, { countries: new Set(country ? [country] : []), titles: new Set([t.title]) }, null);
    if (!person) continue;
    const qualifier = t.qualifier === null ? 'current' : t.qualifier === 'acting' ? null : t.qualifier;
    if (qualifier === null) continue;
    const dates = kb.termWindows(person, qualifier, t.title, country);
    if (dates.length === 0) continue;
    const strong = t.qualifier !== null;
    hints.push({ start: t.start, end: t.nameStart + t.name.length, dates, strength: strong ? 'strong' : 'weak', by: `anchor/office-${t.qualifier ?? 'held'}` });
  }
  return hints;
}

/** "After three years" in a text about a war whose start is known: about that many years after it began. */
export function warHints(text: string, kb: ActorsKb): DateHint[] {
  if (!WAR_WORDS.test(text)) return [];
  const named = new Set<string>();
  for (const m of text.matchAll(/\b[A-Z][\p{L}.]+/gu)) {
    const place = kb.place(m[0]);
    if (place) named.add(place.country);
  }
  const wars = KNOWN_WARS.filter((w) => w.sides.every((s) => named.has(s)));
  if (wars.length !== 1) return [];
  const war = wars[0];
  const hints: DateHint[] = [];
  for (const m of text.matchAll(YEARS_INTO)) {
    // The years must be the war's: a war word within a few sentences of the phrase.
    if (!WAR_WORDS.test(text.slice(Math.max(0, m.index! - WAR_REACH), m.index! + m[0].length + WAR_REACH))) continue;
    const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
    const at = addYears(war.start, n);
    hints.push({
      start: m.index!, end: m.index! + m[0].length, strength: 'strong', by: 'anchor/war-years',
      dates: [{ from: addDays(at, -183), to: addDays(at, 183) }],
    });
  }
  return hints;
}
