import { actorsEval } from './actors/task.js';
import { cdecEval } from './cdec/task.js';
import { corefTask } from './coref/index.js';
import { dedupEval } from './dedup/task.js';
import { eventsEval } from './events/task.js';
import { nerTask } from './ner.js';
import { parseTask } from './parse.js';
import { quotesEval } from './quotes/task.js';
import { stancesEval } from './stances/task.js';
import type { AnyEvalTask } from './task.js';
import { dateForEval } from './time/datefor-task.js';
import { datesEval } from './time/gum-dates-task.js';
import { timeEval } from './time/task.js';

/** The scorers behind `parley eval`, by task name. */
export const EVAL_TASKS: Readonly<Record<string, AnyEvalTask>> = Object.freeze({
  ner: nerTask,
  time: timeEval,
  datefor: dateForEval,
  dates: datesEval,
  coref: corefTask,
  quotes: quotesEval,
  dedup: dedupEval,
  parse: parseTask,
  actors: actorsEval,
  events: eventsEval,
  cdec: cdecEval,
  stances: stancesEval,
});
