import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Doc } from '../model/document.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { STAGES } from '../pipeline/presets.js';

/** An article of the bench's corpus. */
export interface Article { readonly text: string; readonly published: string | null }

type StageTimes = Map<string, number>;
interface Build { run(text: string, published: string | null, times: StageTimes): void }

/**
 * How much longer (as a fraction) a stage may take in this build than in the other before it counts as slower:
 * stages whose code was the same in both builds measured 0.99–1.11× in a run at load average 12.
 */
export const AGAINST_MARGIN = 0.15;

function thisBuild(): Build {
  const pipeline = createAnalyzer(Object.keys(STAGES));
  return { run: (text, published, times) => void pipeline.run(new Doc(text, { published }), (stage, ms) => times.set(stage, (times.get(stage) ?? 0) + ms)) };
}

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

async function otherBuild(dist: string): Promise<Build> {
  const load = (file: string) => import(pathToFileURL(join(resolve(dist), file)).href);
  const [{ createAnalyzer: create }, { STAGES: stages }, { Doc: OtherDoc }] = await Promise.all([load('pipeline/analyze.js'), load('pipeline/presets.js'), load('model/document.js')]);
  const pipeline = create(Object.keys(stages));
  const name = asOurStageNames(Object.values(stages as Record<string, NamedStage>), Object.values(STAGES));
  return {
    run: (text, published, times) => void pipeline.run(new OtherDoc(text, { published }), (stage: string, ms: number) => {
      const ours = name.get(stage) ?? stage;
      times.set(ours, (times.get(ours) ?? 0) + ms);
    }),
  };
}

/**
 * `npm run bench:stages -- --against DIR`: this build's stages and another build's (DIR is that build's
 * dist/, such as a worktree of the commit before, built with `npx tsc -p .`) in the same process over the
 * same articles, article by article in turn (which runs first alternates), so that both see the same load
 * on a shared machine. Prints each stage's time in both and this build's ÷ the other's, best of the rounds.
 */
export async function compareWithBuild(dist: string, articles: readonly Article[], rounds: number): Promise<void> {
  const builds = [thisBuild(), await otherBuild(dist)];
  for (const a of articles.slice(0, 60)) for (const b of builds) b.run(a.text, a.published, new Map()); // the JIT warms up
  const best: [StageTimes, StageTimes] = [new Map(), new Map()];
  for (let round = 0; round < rounds; round++) {
    const times: [StageTimes, StageTimes] = [new Map(), new Map()];
    articles.forEach((a, i) => {
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      for (const k of order) builds[k].run(a.text, a.published, times[k]);
    });
    for (const k of [0, 1]) for (const [stage, ms] of times[k]) best[k].set(stage, Math.min(best[k].get(stage) ?? Infinity, ms));
  }
  console.log(`\nthis build against ${dist}, in turn over the same articles (best of ${rounds} rounds; a stage is slower when it takes more than ${Math.round(AGAINST_MARGIN * 100)} % longer):`);
  const slower: string[] = [];
  for (const [stage, ms] of best[0]) {
    const other = best[1].get(stage);
    const ratio = other === undefined ? null : ms / other;
    if (ratio !== null && ratio > 1 + AGAINST_MARGIN) slower.push(stage);
    const verdict = ratio === null ? 'new stage' : `${ratio.toFixed(3)}× the time  ${ratio > 1 + AGAINST_MARGIN ? 'SLOWER' : 'ok'}`;
    console.log(`  ${stage.padEnd(10)} ${(ms / 1000).toFixed(2).padStart(7)} s  vs ${other === undefined ? '     —' : `${(other / 1000).toFixed(2).padStart(6)} s`}  ${verdict}`);
  }
  console.log(slower.length === 0 ? 'no stage slower than in the other build' : `slower than in the other build: ${slower.join(', ')}`);
}
