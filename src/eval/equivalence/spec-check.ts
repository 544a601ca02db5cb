import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisRecord } from '../../model/record.js';

/** The project's specification folder and its checker, in ../shared beside the repository. */
export const SPEC = new URL('../../../../shared/spec', import.meta.url).pathname;
const CHECKER = new URL('../../../../shared/tools/check-analysis.mjs', import.meta.url).pathname;

/**
 * What check-analysis.mjs says of a record against an expectation file: its "ok …" and "FAIL …"
 * lines and its totals, in its order. The checker exits non-zero while a required check fails; its
 * report is read either way.
 */
export function checkLines(expectFile: string, record: AnalysisRecord): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'parley-equivalence-'));
  const file = join(dir, 'record.json');
  writeFileSync(file, JSON.stringify(record));
  let out: string;
  try {
    out = execFileSync(process.execPath, [CHECKER, expectFile, file], { encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout: string }).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out.split('\n').map((line) => line.trimEnd()).filter(Boolean);
}
