import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { differences, type Difference } from './compare.js';
import type { EquivalenceCheck } from './checks.js';

/** Where the committed outputs live, one file per check. */
export const BASELINE_DIR = new URL('../../../data/eval/equivalence/', import.meta.url).pathname;

const fileOf = (check: EquivalenceCheck, dir: string) => join(dir, `${check.name}.json`);

export function readBaseline(check: EquivalenceCheck, dir = BASELINE_DIR): unknown {
  const file = fileOf(check, dir);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Writes a check's output as its new baseline (whole or not at all). */
export function writeBaseline(check: EquivalenceCheck, output: unknown, dir = BASELINE_DIR): void {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(check, dir);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(output, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}

export type Verdict =
  | { readonly kind: 'same' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'different'; readonly differences: readonly Difference[] };

/** Runs a check and compares its output with the stored baseline. */
export function verdictOf(check: EquivalenceCheck, output: unknown, dir = BASELINE_DIR): Verdict {
  const baseline = readBaseline(check, dir);
  if (baseline === undefined) return { kind: 'missing' };
  // through JSON, as the baseline was stored: undefined fields vanish the same way on both sides
  const diffs = differences(baseline, JSON.parse(JSON.stringify(output)));
  return diffs.length === 0 ? { kind: 'same' } : { kind: 'different', differences: diffs };
}
