import type { Rule } from '../context.js';
import { DATE_RULES } from './dates.js';
import { DAY_RULES } from './days.js';
import { RELATIVE_RULES } from './relative.js';
import { QUARTER_RULES } from './quarters.js';
import { DURATION_RULES } from './durations.js';
import { CLOCK_RULES } from './clock.js';
import { SET_RULES } from './sets.js';

/**
 * Every rule, in the order that settles ties between matches of the same span and length (the
 * earlier rule wins): calendar dates, days, relative points, quarters, lengths, clock times, sets.
 */
export const RULES: readonly Rule[] = [
  ...DATE_RULES, ...DAY_RULES, ...RELATIVE_RULES, ...QUARTER_RULES, ...DURATION_RULES, ...CLOCK_RULES, ...SET_RULES,
];
