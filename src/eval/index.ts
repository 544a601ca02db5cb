import { corefTask } from './coref/index.js';
import { nerTask } from './ner.js';
import type { EvalTask } from './task.js';

/** The scorers behind `parley eval`, by task name. */
export const EVAL_TASKS: Readonly<Record<string, EvalTask>> = Object.freeze({
  ner: nerTask as unknown as EvalTask,
  coref: corefTask as EvalTask,
});
