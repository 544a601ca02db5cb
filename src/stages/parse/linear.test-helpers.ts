// Helpers shared by tests of the parse model's weight tables: a `*.test-helpers.ts` file, which only tests import
// and which `node --test dist/` does not run as a test of its own.
import type { CompactLinear } from './linear.js';

/** A compact table of `classes` classes from [feature key, [[class, weight] …]] rows. */
export function compact(classes: number, features: Array<[number, Array<[number, number]>]>): CompactLinear {
  return {
    classes,
    keys: Uint32Array.from(features.map(([key]) => key)),
    count: Uint8Array.from(features.map(([, w]) => w.length)),
    entryClass: Uint8Array.from(features.flatMap(([, w]) => w.map(([c]) => c))),
    entryWeight: Float32Array.from(features.flatMap(([, w]) => w.map(([, v]) => v))),
  };
}
