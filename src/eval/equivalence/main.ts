import { parseArgs } from 'node:util';
import { BASELINE_DIR, verdictOf, writeBaseline } from './baseline.js';
import { CHECKS, checkContext } from './checks.js';
import { describe } from './compare.js';

const USAGE = `usage: npm run equivalence -- [--fast] [--update] [--only NAME,NAME]
Runs parley eval (time: TBAQ, MEANTIME, GUM, ECB+; quotes; ner), the seed and spec/articles checks,
the time layer of the Wikinews corpus and the layers of the demo corpus, and compares every output with
the baseline in data/eval/equivalence/. Exit 1 when any differs. --fast: the demo corpus and the seed
only (what CI runs). --update: store the outputs as the new baseline (after a change meant to alter
them, such as a retrained model; commit the files with it). Checks: ${CHECKS.map((c) => c.name).join(', ')}`;

function fail(message: string): never {
  process.stderr.write(`equivalence: E_USAGE: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({ options: { fast: { type: 'boolean' }, update: { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean' } } }).values;
  } catch (err) {
    return fail((err as Error).message);
  }
}

function selected(fast: boolean, only: string | undefined) {
  if (only === undefined) return CHECKS.filter((c) => !fast || c.fast);
  const names = only.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !CHECKS.some((c) => c.name === n));
  if (unknown.length > 0) fail(`unknown check ${unknown.join(', ')}`);
  return CHECKS.filter((c) => names.includes(c.name));
}

function main(): number {
  const opts = options();
  if (opts.help) { process.stdout.write(`${USAGE}\n`); return 0; }
  let failed = 0;
  const context = checkContext();
  for (const check of selected(opts.fast ?? false, opts.only)) {
    const t0 = performance.now();
    const output = check.run(context);
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    if (opts.update) {
      writeBaseline(check, output);
      process.stdout.write(`updated   ${check.name} (${seconds} s)\n`);
      continue;
    }
    const verdict = verdictOf(check, output);
    if (verdict.kind === 'same') {
      process.stdout.write(`same      ${check.name} (${seconds} s)\n`);
    } else if (verdict.kind === 'missing') {
      failed++;
      process.stdout.write(`NO BASELINE ${check.name}: run npm run equivalence -- --update --only ${check.name}\n`);
    } else {
      failed++;
      process.stdout.write(`DIFFERENT ${check.name} (${seconds} s)\n${describe(verdict.differences).map((l) => `  ${l}\n`).join('')}`);
    }
  }
  if (opts.update) {
    process.stdout.write(`baseline written to ${BASELINE_DIR}\n`);
    return 0;
  }
  process.stdout.write(failed === 0
    ? 'every output is the same as the baseline\n'
    : `${failed} output(s) differ from the baseline in data/eval/equivalence/; if the change is meant, run npm run equivalence -- --update and commit the files\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
