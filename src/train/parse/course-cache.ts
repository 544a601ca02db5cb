import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CompactLinear } from '../../stages/parse/linear.js';
import { seededRandom } from '../../util/random.js';

/**
 * The expensive part of a training run kept on disk (`TAGS_CACHE=DIR`): the tagger and the
 * jackknifed tags one seed's course made, with how many random numbers it drew, so that a run
 * that reads them goes on with the generator where the run that wrote them was and trains the
 * same parser. Keyed by seed and tagger settings; never committed (it holds treebank tags).
 */
export interface TaggingCourse {
  readonly firstTags?: Uint8Array[];
  readonly compact: CompactLinear;
  readonly second?: CompactLinear;
  readonly known: Map<number, number>;
  readonly predicted: Uint8Array[];
  readonly draws: number;
  /** Words of each training sentence, to tell a cache of other data. */
  readonly lengths: number[];
}

/** A seeded generator that counts its draws and can skip ahead. */
export function countingRandom(seed: number): { rng: () => number; draws: () => number; skip: (n: number) => void } {
  const base = seededRandom(seed);
  let drawn = 0;
  return {
    rng: () => { drawn++; return base(); },
    draws: () => drawn,
    skip: (n) => { for (let i = 0; i < n; i++) base(); drawn += n; },
  };
}

/** The cache of a seed and tagger settings; a tagger with word clusters adds the clusters file's name and its cluster set. */
export function courseFile(
  dir: string, seed: number,
  settings: { taggerFeatures: string; taggerPasses: number; taggerEpochs: number; jackknifeFolds: number; taggerClusters?: string | null; taggerClusterFeatures?: string | null },
): string {
  const clusters = settings.taggerClusters ? `-${basename(settings.taggerClusters, extname(settings.taggerClusters))}-${settings.taggerClusterFeatures}` : '';
  return join(dir, `seed${seed}-${settings.taggerFeatures}${clusters}-${settings.taggerPasses}p-${settings.taggerEpochs}e-${settings.jackknifeFolds}f.v8`);
}

/** The course saved in `file`, if it was made on sentences of these lengths. */
export function readCourse(file: string, lengths: readonly number[]): TaggingCourse | null {
  if (!existsSync(file)) return null;
  const course = deserialize(readFileSync(file)) as TaggingCourse;
  const same = course.lengths?.length === lengths.length && course.lengths.every((n, i) => n === lengths[i]);
  return same ? course : null;
}

export function writeCourse(file: string, course: TaggingCourse): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, serialize(course));
}
