import type { ParseArgsConfig } from 'node:util';

/**
 * One `parley eval TASK` scorer. `run` returns the JSON object `--json` prints (see
 * shared/spec/eval-format.md); `table` renders the same result for people.
 */
export interface EvalTask<R extends { task: string } = { task: string }> {
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<R>;
  table(result: R): string;
}

/** A scorer of any result shape, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEvalTask = EvalTask<any>;
