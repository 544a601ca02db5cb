import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from './articles.js';

/**
 * One build's analysis of the bench's corpus, alone in this process: `node dist/bench/one-build.js DIST PASSES`.
 * Only DIST's own pipeline is loaded (a second build in the same process ran slower than the first, whatever
 * their code), the JIT is warmed on 60 articles, then PASSES passes over the corpus; each stage's CPU time
 * (`process.cpuUsage`: every thread of the process, the garbage collector's too) is the least of the passes.
 * Prints one line of JSON, a `OneBuildRun`, for against.ts.
 */
export interface OneBuildRun {
  /** The build's stages, in order, with the layers each provides (how another build's names are matched). */
  readonly stages: ReadonlyArray<{ readonly name: string; readonly provides: readonly string[] }>;
  /** Each stage's CPU milliseconds over the corpus (and `record`, the record made of each document), the least of the passes. */
  readonly cpuMs: Record<string, number>;
  /** The whole analysis' CPU milliseconds over the corpus, the least of the passes. */
  readonly totalCpuMs: number;
  readonly tokens: number;
}

const cpuMsSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function main(): Promise<void> {
  const [dist, passesArg] = process.argv.slice(2);
  const passes = Number(passesArg ?? 2);
  const load = (file: string) => import(pathToFileURL(join(resolve(dist), file)).href);
  const [{ createAnalyzer }, { STAGES }, { Doc }, { toRecord }] = await Promise.all(
    ['pipeline/analyze.js', 'pipeline/presets.js', 'model/document.js', 'model/record.js'].map(load),
  );
  const pipeline = createAnalyzer(Object.keys(STAGES));
  const { articles } = loadCorpus();
  for (const a of articles.slice(0, 60)) pipeline.run(new Doc(a.text, { published: a.published }));
  const best = new Map<string, number>();
  let totalCpuMs = Infinity;
  let tokens = 0;
  for (let pass = 0; pass < passes; pass++) {
    const cpu = new Map<string, number>();
    tokens = 0;
    const began = process.cpuUsage();
    for (const a of articles) {
      let last = process.cpuUsage();
      const doc = pipeline.run(new Doc(a.text, { published: a.published }), (stage: string) => {
        cpu.set(stage, (cpu.get(stage) ?? 0) + cpuMsSince(last));
        last = process.cpuUsage();
      });
      toRecord(doc);
      cpu.set('record', (cpu.get('record') ?? 0) + cpuMsSince(last));
      tokens += doc.get('tokens').length;
    }
    totalCpuMs = Math.min(totalCpuMs, cpuMsSince(began));
    for (const [stage, ms] of cpu) best.set(stage, Math.min(best.get(stage) ?? Infinity, ms));
  }
  // A build from before pipelines listed their stages: those of its presets, in their order.
  const listed = (pipeline.stages ?? Object.values(STAGES)) as ReadonlyArray<{ name: string; provides: readonly string[] }>;
  const stages = listed.map((s) => ({ name: s.name, provides: [...s.provides] }));
  const run: OneBuildRun = { stages, cpuMs: Object.fromEntries(best), totalCpuMs, tokens };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`one-build: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
