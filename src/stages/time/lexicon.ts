/** Word tables and the regular-expression fragments built from them. */

/** A word with either case on its first letter (sentence-initial or not). */
export const word = (w: string) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1)}`;
export const anyOf = (words: readonly string[]) => `(?:${words.map(word).join('|')})`;

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names are matched capitalised only, so "may" and "march" the verbs stay verbs. */
export const MONTH = `(?:${MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')}|(?:${Object.keys(MONTH_ABBREVIATIONS).map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})\\.)`;

/**
 * An abbreviated month without its dot, taken only where a year follows ("on 20 Nov 2019", "Nov 20, 2019")
 * or, before it, a day alone, as wire copy writes dates ("compares with Dec 31", "Press digest - Aug 26").
 */
export const MONTH_UNDOTTED = `(?:${Object.keys(MONTH_ABBREVIATIONS).map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})`;

export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '');
  const full = MONTH_NAMES.indexOf(key);
  return full >= 0 ? full + 1 : MONTH_ABBREVIATIONS[key];
}

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const WEEKDAY = `(?:${WEEKDAY_NAMES.map((d) => d[0].toUpperCase() + d.slice(1)).join('|')})`;
export const weekdayNumber = (name: string) => WEEKDAY_NAMES.indexOf(name.toLowerCase()) + 1;

export const SEASONS: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON = anyOf(Object.keys(SEASONS));

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, half: 0.5,
};
/** The tens that take a unit after a hyphen ("twenty-one"); "three-four months" is a range, not seven. */
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Amounts with no number: "several years" is PXY in TimeML. */
const VAGUE_AMOUNTS = ['several', 'a few', 'few', 'many', 'some', 'a couple of', 'couple of', 'a couple', 'couple', 'a number of'];
export const AMOUNT = `(?:\\d+(?:\\.\\d+)?(?:\\s+[13]/[24])?|${anyOf(['half an', 'half a'])}|${anyOf(TENS)}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${anyOf(Object.keys(NUMBER_WORDS).filter((w) => w.length > 2 && !TENS.includes(w)))}(?:[-–](?:two|three|four|five|six|seven|eight|nine|ten))?|${anyOf(['a', 'an'])}|${anyOf(VAGUE_AMOUNTS)})`;

/** The amount a phrase names, or null for a vague one ("several"). */
export function amountValue(text: string): number | null {
  const t = text.toLowerCase();
  if (/^(?:a )?couple(?: of)?$/.test(t)) return 2; // TimeML reads "a couple of years" (and "the next couple years") as two
  if (/^half an?$/.test(t)) return 0.5; // "half an hour"
  const fraction = /^(\d+)\s+([13])\/([24])$/.exec(t); // "2 1/2 years"
  if (fraction) return +fraction[1] + +fraction[2] / +fraction[3];
  if (/^\d/.test(t)) return parseFloat(t);
  const range = /^([a-z]+)[-–]([a-z]+)$/.exec(t); // "three-four months": the lower end, as TimeBank reads "two to three weeks"
  if (range && !TENS.includes(range[1]) && range[1] in NUMBER_WORDS) return NUMBER_WORDS[range[1]];
  const parts = t.split(/[- ]/);
  if (parts.every((p) => p in NUMBER_WORDS)) return parts.reduce((sum, p) => sum + NUMBER_WORDS[p], 0);
  return null;
}

/** Calendar units and their TIMEX3 duration letters (time units after the `T`). */
export const UNITS: Readonly<Record<string, { letter: string; time: boolean }>> = {
  second: { letter: 'S', time: true }, minute: { letter: 'M', time: true }, hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false }, week: { letter: 'W', time: false }, month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false }, year: { letter: 'Y', time: false }, decade: { letter: 'DE', time: false },
  century: { letter: 'CE', time: false },
};
export const UNIT = `(?:${anyOf(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade'])}s?|${anyOf(['century', 'centuries'])})`;

export function unitOf(text: string): string {
  const t = text.toLowerCase();
  return t.startsWith('centur') ? 'century' : t.replace(/s$/, '');
}

export const ORDINAL_QUARTER: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Words before a point in time that give it a TIMEX3 mod. */
export const POINT_MODS: Readonly<Record<string, string>> = {
  early: 'START', 'the beginning of': 'START', 'the start of': 'START', 'the early part of': 'START',
  mid: 'MID', middle: 'MID', 'the middle of': 'MID', 'the mid': 'MID',
  late: 'END', 'the end of': 'END', 'the late part of': 'END', 'the close of': 'END',
};
export const POINT_MOD = `(?:${Object.keys(POINT_MODS).map(word).join('|')})(?:\\s*-\\s*|\\s+)`;

/** Words before a duration that give it a TIMEX3 mod. */
export const AMOUNT_MODS: Readonly<Record<string, string>> = {
  'more than': 'MORE_THAN', 'nearly': 'LESS_THAN', 'less than': 'LESS_THAN', 'just over': 'MORE_THAN', 'just under': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
};
/** Approximating words TimeBank leaves outside the extent; the value still carries their mod. */
export const OUTSIDE_MODS: Readonly<Record<string, string>> = {
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX', almost: 'LESS_THAN', over: 'MORE_THAN',
};
export const AMOUNT_MOD = `(?:${Object.keys(AMOUNT_MODS).map(word).join('|')})\\s+`;

export function modOf(table: Readonly<Record<string, string>>, text: string | undefined): string | null {
  if (!text) return null;
  return table[text.toLowerCase().replace(/[\s-]+$/, '').trim()] ?? null;
}
export const OUTSIDE_MOD = `(?:${Object.keys(OUTSIDE_MODS).map(word).join('|')})\\s+`;

/** What a fall is a drop in: "the fall in prices", "this fall in oil output" (no season). */
const MEASURED = ['price', 'prices', 'value', 'values', 'demand', 'sales', 'output', 'production', 'rate', 'rates', 'revenue', 'revenues',
  'profit', 'profits', 'earnings', 'exports', 'imports', 'shares', 'stocks', 'costs', 'income', 'wages', 'spending', 'investment',
  'inflation', 'unemployment', 'support', 'turnout', 'numbers', 'membership', 'ratings'];
/** Lookahead for the words after "fall" that make it a drop: " in oil prices". */
export const DROP_IN = `\\s+in\\s+(?:[a-z-]+\\s+)?${anyOf(MEASURED)}\\b`;
