import { ParleyError } from '../../model/errors.js';
import { EVAL_TASKS } from '../../eval/index.js';
import { parseCommandArgs } from '../args.js';

export const usage = `parley eval TASK [options] [--json]

Scores Parley against gold-standard data and prints the figures (a table, or one JSON
object with --json; progress goes to stderr). Tasks: ${Object.keys(EVAL_TASKS).join(', ') || '(none)'}.
'parley eval TASK --help' describes each.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const [taskName, ...rest] = argv;
  if (taskName === undefined || taskName === '--help' || taskName === '-h') return out.write(`${usage}\n`), taskName ? 0 : 2;
  const task = EVAL_TASKS[taskName];
  if (!task) throw new ParleyError('E_USAGE', `eval: unknown task '${taskName}'; tasks: ${Object.keys(EVAL_TASKS).join(', ')}`);
  const { values, positionals } = parseCommandArgs(`eval ${taskName}`, rest, { ...task.options, json: { type: 'boolean' } });
  if (values.help) return out.write(`${task.usage}\n`), 0;
  const result = await task.run(values as Record<string, string | boolean | undefined>, positionals);
  out.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${task.table(result)}\n`);
  return 0;
}
