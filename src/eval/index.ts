import { quotesEval } from './quotes/task.js';
import type { EvalTask } from './task.js';

/** The scorers behind `parley eval`, by task name. */
export const EVAL_TASKS: Readonly<Record<string, EvalTask>> = Object.freeze({
  quotes: quotesEval as unknown as EvalTask,
});
