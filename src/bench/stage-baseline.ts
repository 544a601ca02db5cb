import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The per-stage speeds `npm run bench` compares each run with. A stage's speed is kept as a multiple of
 * wink-nlp's bare tokenisation of the same text in the same run (tokens/s ÷ wink's tokens/s), not as
 * tokens/s: the machine is shared, and a run under load slows wink and the stages alike, so the ratio
 * moves less than the rate between runs. It still moves a lot (load is not even over a run, and wink's pass
 * is short): two runs of the same code measured stages from 11.5 % below to 36 % above the baseline, so a
 * stage counts as slower only below it by more than `SLOWER_MARGIN` — a tripwire for a stage gone half
 * again as slow. To show that a change made no stage slower, run the builds in turn (against.ts).
 */
export interface StageBaseline {
  /** When and on which commit the baseline was measured, and how. */
  readonly recorded: string;
  readonly commit: string;
  readonly note: string;
  readonly winkTokensPerSecond: number;
  /** Each stage's tokens/s as a multiple of wink's in the same run. */
  readonly stages: Readonly<Record<string, number>>;
}

/** How far below its baseline (as a fraction) a stage's ratio to wink may fall before it counts as slower. */
export const SLOWER_MARGIN = 0.4;

export const BASELINE_FILE = fileURLToPath(new URL('../../data/bench/stage-speed.json', import.meta.url));

export function readBaseline(file = BASELINE_FILE): StageBaseline | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StageBaseline) : null;
}

export function writeBaseline(baseline: StageBaseline, file = BASELINE_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

export interface StageComparison {
  readonly stage: string;
  readonly before: number | null;
  readonly now: number;
  /** now ÷ before − 1 (−0.2: 20 % slower), null for a stage the baseline does not have. */
  readonly change: number | null;
  readonly slower: boolean;
}

/** Each stage of this run against the baseline, in this run's order. */
export function compareStages(now: Readonly<Record<string, number>>, baseline: StageBaseline, margin = SLOWER_MARGIN): StageComparison[] {
  return Object.entries(now).map(([stage, ratio]) => {
    const before = baseline.stages[stage] ?? null;
    const change = before === null ? null : ratio / before - 1;
    return { stage, before, now: ratio, change, slower: change !== null && change < -margin };
  });
}

/** The lines the bench prints for a comparison. */
export function comparisonLines(rows: readonly StageComparison[], baseline: StageBaseline, margin = SLOWER_MARGIN): string[] {
  const lines = [`against the baseline (${baseline.commit}, ${baseline.recorded}; a stage is slower below it by more than ${Math.round(margin * 100)} %):`];
  for (const r of rows) {
    const change = r.change === null ? 'new stage' : `${r.change >= 0 ? '+' : ''}${(100 * r.change).toFixed(1)} %`;
    const before = r.before === null ? '—' : `${r.before.toFixed(2)}×`;
    lines.push(`  ${r.stage.padEnd(10)} ${before.padStart(8)} → ${`${r.now.toFixed(2)}×`.padStart(8)} wink  ${change.padStart(9)}  ${r.slower ? 'SLOWER' : 'ok'}`);
  }
  const slower = rows.filter((r) => r.slower).map((r) => r.stage);
  lines.push(slower.length === 0 ? 'no stage slower than the baseline' : `slower than the baseline: ${slower.join(', ')}`);
  return lines;
}
