import { quotesEval } from './quotes/task.js';
import type { AnyEvalTask } from './task.js';
import { timeEval } from './time/task.js';

/** The scorers behind `parley eval`, by task name. */
export const EVAL_TASKS: Readonly<Record<string, AnyEvalTask>> = Object.freeze({
  time: timeEval,
  quotes: quotesEval,
});
