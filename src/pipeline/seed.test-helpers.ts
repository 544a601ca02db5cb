import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisRecord } from '../model/record.js';

// Test helpers (only tests import a `*.test-helpers.ts` file): the seed checker runs as a child process.

/** The project's canonical example and its checker, in ../shared beside the repository. */
export const SEED_SPEC = new URL('../../../shared/spec', import.meta.url).pathname;
const CHECKER = new URL('../../../shared/tools/check-analysis.mjs', import.meta.url).pathname;

/**
 * The lines check-analysis.mjs prints for a record of the seed article ("ok  required timex …",
 * "FAIL …"). The checker exits non-zero while any check fails; its report is read either way.
 */
export function seedReport(record: AnalysisRecord): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'parley-seed-'));
  const file = join(dir, 'seed.json');
  writeFileSync(file, JSON.stringify(record));
  try {
    return execFileSync(process.execPath, [CHECKER, `${SEED_SPEC}/seed-expected.json`, file], { encoding: 'utf8' }).split('\n');
  } catch (err) {
    return (err as { stdout: string }).stdout.split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
