import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../pipeline/analyze.js';
import { failed, runFuzz, type FuzzCounts } from './fuzz.js';

/**
 * `npm run fuzz -- --cases N [--seed S] [--max-run N] [--max-quotes N] [--long-line N]`:
 * hostile and broken texts through the readers, the whole pipeline, the store and the terminal
 * output. Prints the counts; exits 1 if any case threw, ran over its time budget, produced an
 * invalid span, read back from the store differently or leaked a control character.
 */
const DEMO = new URL('../../data/samples/demo.jsonl', import.meta.url);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '2000' }, seed: { type: 'string', default: '20261203' },
      'max-run': { type: 'string', default: '100000' }, 'max-quotes': { type: 'string', default: '10000' },
      'long-line': { type: 'string', default: '100000' },
    },
  });
  const number = (name: keyof typeof values) => {
    const v = Number(values[name]);
    if (!Number.isSafeInteger(v) || v < 1) throw new Error(`fuzz: --${name} must be a positive whole number, not '${values[name]}'`);
    return v;
  };
  const articles = readFileSync(DEMO, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
  const t0 = performance.now();
  const counts = await runFuzz({
    cases: number('cases'), seed: number('seed'), articles, pipeline: createAnalyzer(),
    sizes: { maxRun: number('max-run'), maxQuotes: number('max-quotes'), longLine: number('long-line') },
    onProgress: (c) => { if (process.stderr.isTTY) process.stderr.write(`\rfuzz: ${c.cases} cases, ${failed(c)} failed`); },
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  report(counts, (performance.now() - t0) / 1000, values);
  return failed(counts) === 0 ? 0 : 1;
}

function report(c: FuzzCounts, seconds: number, settings: Record<string, unknown>): void {
  const refused = Object.entries(c.refused).map(([code, n]) => `${n} ${code}`).join(', ') || 'none';
  const lines = [
    `fuzz: seed ${settings.seed}, runs without spaces up to ${settings['max-run']} chars, up to ${settings['max-quotes']} quote marks, long lines of ${settings['long-line']} chars`,
    `  ${c.cases} cases in ${seconds.toFixed(1)} s: ${c.analysed} analysed (${(c.characters / 1e6).toFixed(1)} M characters), refused at the edge: ${refused}; ${c.duplicates} repeated texts`,
    `  exceptions ${c.exceptions}, over budget ${c.overBudget}, invalid spans ${c.invalidSpans}, store round-trip differences ${c.roundTripDifferences}, control characters on the terminal ${c.terminalLeaks}`,
    `  slowest: ${Math.round(c.slowestMs)} ms, ${c.slowestCase}`,
    ...c.failures.map((f) => `  FAIL ${f}`),
    `fuzz: ${c.cases - failed(c)} passed, ${failed(c)} failed`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 2;
});
