/** The capitalised name of a day or a month ("Friday", "February"): a time, never someone's name or a speaker. */
const CALENDAR_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function isCalendarName(word: string): boolean {
  return CALENDAR_NAME.test(word);
}
