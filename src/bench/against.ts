import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OneBuildRun } from './one-build.js';

/**
 * How much longer (as a fraction) a stage may take in this build than in the other before it counts as slower,
 * in its best time and in the median of the rounds. A build against an identical copy of itself (2026-12-05, two
 * cores shared with other sessions, load average 2–6, 4 rounds of 2 passes): in turn over the Wikinews articles,
 * the whole analysis 0.925× (rounds 0.84–1.11) and the entities stage 0.77× in its best; side by side over the
 * bundled samples, the whole analysis 1.004× (rounds 0.92–1.04), every stage's best 0.97–1.02× but quotes 1.14×
 * and the record 1.16× (0.02 s). Side by side, stages whose code two builds shared also measured rounds' medians
 * of 1.03–1.10× in one run of 6 rounds: a gain of a few per cent is within the noise either way.
 */
export const AGAINST_MARGIN = 0.1;
/** A stage that takes less CPU time than this in both builds is too short to judge. */
export const JUDGED_MS = 50;

interface NamedStage { readonly name: string; readonly provides: readonly string[] }

/**
 * Another build's stage names as this build's: a stage is the one that provides the same layers, whatever
 * each build calls it (the NER stage was 'entities' and the entity stage 'actors' before issue 24).
 */
export function asOurStageNames(theirs: readonly NamedStage[], ours: readonly NamedStage[]): Map<string, string> {
  const layers = (s: NamedStage) => [...s.provides].sort().join(',');
  const byLayers = new Map(ours.map((s) => [layers(s), s.name]));
  return new Map(theirs.map((s) => [s.name, byLayers.get(layers(s)) ?? s.name]));
}

/** Which build's process runs first in each round: this build (0) and the other (1) take turns at going first. */
export function roundOrder(rounds: number): Array<readonly [0 | 1, 0 | 1]> {
  return Array.from({ length: rounds }, (_, r) => (r % 2 === 0 ? [0, 1] as const : [1, 0] as const));
}

/** The whole analysis' row in a comparison. */
export const WHOLE = 'whole analysis';

export interface StageComparison {
  readonly stage: string;
  /** The least CPU milliseconds of any round, this build's and the other's (null: the other build has no such stage). */
  readonly ours: number;
  readonly theirs: number | null;
  /** ours ÷ theirs, of the bests. */
  readonly ratio: number | null;
  /** Each round's ratio, this build's process ÷ the other's, sorted. */
  readonly roundRatios: readonly number[];
  /** Slower by more than the margin, in the bests and in the rounds' median (never a stage shorter than JUDGED_MS). */
  readonly slower: boolean;
}

/** One build's per-stage CPU times under this build's stage names, with the whole analysis' as WHOLE. */
function times(run: OneBuildRun, names: Map<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [stage, ms] of Object.entries(run.cpuMs)) {
    const ours = names.get(stage) ?? stage;
    out.set(ours, (out.get(ours) ?? 0) + ms);
  }
  return out.set(WHOLE, run.totalCpuMs);
}

/** Rounds of both builds (ours[r] and theirs[r] ran one after the other) as a comparison stage by stage. */
export function compareRuns(ours: readonly OneBuildRun[], theirs: readonly OneBuildRun[], margin = AGAINST_MARGIN): StageComparison[] {
  const names = asOurStageNames(theirs[0].stages, ours[0].stages);
  const own = new Map(ours[0].stages.map((s) => [s.name, s.name]));
  const a = ours.map((run) => times(run, own));
  const b = theirs.map((run) => times(run, names));
  return [...a[0].keys()].map((stage) => {
    const best = (rounds: Array<Map<string, number>>) => Math.min(...rounds.map((t) => t.get(stage) ?? Infinity));
    const [mine, other] = [best(a), best(b)];
    if (!Number.isFinite(other)) return { stage, ours: mine, theirs: null, ratio: null, roundRatios: [], slower: false };
    const roundRatios = a.map((t, r) => t.get(stage)! / b[r].get(stage)!).sort((x, y) => x - y);
    const ratio = mine / other;
    return { stage, ours: mine, theirs: other, ratio, roundRatios, slower: Math.max(mine, other) >= JUDGED_MS && ratio > 1 + margin && median(roundRatios) > 1 + margin };
  });
}

/** The middle of sorted numbers (the mean of the two middle ones for an even count). */
export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The comparison as the lines the bench prints. */
export function comparisonTable(rows: readonly StageComparison[]): string[] {
  const s = (ms: number) => (ms / 1000).toFixed(3).padStart(7);
  return rows.map((row) => {
    if (row.ratio === null) return `  ${row.stage.padEnd(15)} ${s(row.ours)} s  vs       —  new stage`;
    const rr = row.roundRatios;
    const spread = `${rr[0].toFixed(3)}–${median(rr).toFixed(3)}–${rr[rr.length - 1].toFixed(3)}`;
    return `  ${row.stage.padEnd(15)} ${s(row.ours)} s  vs ${s(row.theirs!)} s  ${row.ratio.toFixed(3)}×  rounds ${spread}${row.slower ? '  SLOWER' : ''}`;
  });
}

/** One process running one build's analysis (one-build.ts). */
function runBuild(dist: string, passes: number): Promise<OneBuildRun> {
  const script = fileURLToPath(new URL('./one-build.js', import.meta.url));
  const child = spawn(process.execPath, [script, dist, String(passes)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) reject(new Error(err.trim() || `exit ${code ?? signal}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1)!) as OneBuildRun);
    });
  });
}

/** How a round runs the two builds' processes: one after the other, or both at once (so that both meet the same load). */
export type RoundMode = 'in-turn' | 'side-by-side';

/**
 * `npm run bench:stages -- --against DIR [--rounds N] [--passes P] [--side-by-side]`: this build against another
 * (DIR is that build's dist/, such as a worktree of the commit before, built with `npx tsc -p .`), one build per
 * process — two builds in one process favoured the one loaded first, by 10–25 % on stages whose code was the
 * same. Each round runs both builds' processes, one after the other with the first in turn, or (`side-by-side`)
 * both at once, started in turn; each process reports the least CPU time of P passes. Prints each stage's best
 * CPU time in both, this build's ÷ the other's, and the spread of the rounds' ratios (least–median–most).
 * Compare a build against a copy of itself to see the noise.
 */
export async function compareWithBuild(dist: string, rounds: number, passes = 2, mode: RoundMode = 'in-turn'): Promise<void> {
  const ourDist = fileURLToPath(new URL('..', import.meta.url));
  const runs: [OneBuildRun[], OneBuildRun[]] = [[], []];
  for (const [round, order] of roundOrder(rounds).entries()) {
    const run = (k: 0 | 1) => runBuild(k === 0 ? ourDist : dist, passes);
    const pair: OneBuildRun[] = [];
    if (mode === 'side-by-side') {
      const started = order.map(run);
      for (const [i, k] of order.entries()) pair[k] = await started[i];
    } else {
      for (const k of order) pair[k] = await run(k);
    }
    runs[0].push(pair[0]);
    runs[1].push(pair[1]);
    process.stderr.write(`round ${round + 1} of ${rounds}: whole analysis ${(pair[0].totalCpuMs / 1000).toFixed(2)} s against ${(pair[1].totalCpuMs / 1000).toFixed(2)} s of CPU\n`);
  }
  const rows = compareRuns(runs[0], runs[1]);
  console.log(`\nthis build against ${dist}, one build per process, ${rounds} rounds ${mode === 'side-by-side' ? 'side by side' : 'in turn'}, CPU time `
    + `(least of ${passes} passes a process; a stage of ${JUDGED_MS} ms or more is slower when its best and its rounds' median are over ${Math.round(AGAINST_MARGIN * 100)} % longer):`);
  console.log(`  ${'stage'.padEnd(15)} ${'this'.padStart(9)}     ${'other'.padStart(9)}   ratio   rounds' ratios least–median–most`);
  console.log(comparisonTable(rows).join('\n'));
  const slower = rows.filter((r) => r.slower).map((r) => r.stage);
  console.log(slower.length === 0 ? 'no stage slower than in the other build' : `slower than in the other build: ${slower.join(', ')}`);
}
