/**
 * Date services every stage may use: the date the text gives an event or a quote
 * (`DocumentDates`, one per document: `dateFor`, `governingTimex`, reading the time layer), clause boundaries, and day arithmetic.
 */
export { DocumentDates, isCalendarPoint } from './date-for.js';
export { actDate, documentNarrative, narrativeDays, toldInNarrative } from './narrative.js';
export { addDays, addYears, intersect, type DayRange, type DaySet } from './ranges.js';
