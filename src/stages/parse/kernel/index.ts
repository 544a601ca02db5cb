import { addScoresEach, type LinearModel } from '../linear.js';
import { linearScorer, type Scorer, type ScorerBuffers } from '../scorer.js';
import { KERNEL_BASE64 } from './binary.js';
import { keysOfTuples } from '../../../util/hash.js';

interface KernelExports {
  readonly memory: WebAssembly.Memory;
  addSparse(keys: number, mask: number, entries: number, features: number, end: number, out: number, spans: number): number;
  addDense3(keys: number, mask: number, features: number, end: number, out: number): number;
  mixAll(tuples: number, end: number, keys: number): number;
  addSparseTuples(table: number, mask: number, entries: number, tuples: number, end: number, out: number, spans: number, keys: number): number;
  addDense3Tuples(table: number, mask: number, tuples: number, end: number, out: number, keys: number): number;
}

const MODULE = new WebAssembly.Module(Buffer.from(KERNEL_BASE64, 'base64'));
/** Bytes at the start of the memory for one call's features, then its scores. */
const FEATURES_AT = 0;
const MOST_FEATURES = 4096;
const SCORES_AT = FEATURES_AT + 4 * MOST_FEATURES;
const MOST_CLASSES = 1024;
/** Bytes for the arrays scorers read in place (Kernel.buffers): about 1.4 KB for each AnalysisScratch. */
const ARENA_AT = SCORES_AT + 4 * MOST_CLASSES;
const ARENA_BYTES = 1 << 18;
/** Bytes for addSparse's spans of entries, two words a feature. */
const SPANS_AT = ARENA_AT + ARENA_BYTES;
const SCRATCH = SPANS_AT + 8 * MOST_FEATURES;
const PAGE = 65536;

/**
 * The lookups of a loaded parse model in WebAssembly (kernel.wat): its memory holds the model's
 * weights.bin, read into it once, so the tables are searched where they lie, with no copy. Scores are
 * bit for bit those of linear.ts; tagging and parsing the 315 Wikinews articles takes 0.78–0.86× the CPU
 * time it took in JavaScript (models/parse/README.md, Speed). Training keeps linear.ts, whose tables change as it learns.
 */
export class Kernel {
  private readonly exports: KernelExports;
  private features = new Uint32Array(0);
  private scores = new Float32Array(0);
  private reserved = false;
  /** The next free byte of the arena. */
  private arenaAt = ARENA_AT;
  /** Arrays in this kernel's memory, which its scorers read and write with no copy (the arena: room for some 180 analysis scratches). */
  readonly buffers: ScorerBuffers = {
    uint32: (length) => {
      const at = this.take(4 * length);
      return at < 0 ? null : new Uint32Array(this.exports.memory.buffer, at, length);
    },
    float32: (length) => {
      const at = this.take(4 * length);
      return at < 0 ? null : new Float32Array(this.exports.memory.buffer, at, length);
    },
  };

  constructor() {
    this.exports = new WebAssembly.Instance(MODULE, {}).exports as unknown as KernelExports;
  }

  /** Room for `length` bytes of weights (16-byte aligned), once: growing the memory later would move every view over it. */
  reserve(length: number): Uint8Array {
    if (this.reserved) throw new Error('a parse kernel holds the weights of one model; make a new Kernel for another');
    this.reserved = true;
    const memory = this.exports.memory;
    const pages = Math.ceil((SCRATCH + length) / PAGE) - memory.buffer.byteLength / PAGE;
    if (pages > 0) memory.grow(pages);
    this.features = new Uint32Array(memory.buffer, FEATURES_AT, MOST_FEATURES);
    this.scores = new Float32Array(memory.buffer, SCORES_AT, MOST_CLASSES);
    return new Uint8Array(memory.buffer, SCRATCH, length);
  }

  /** The offset of `bytes` more of the arena (16-byte aligned), or -1 when it is full or the memory may still grow. */
  private take(bytes: number): number {
    const at = this.arenaAt;
    if (!this.reserved || at + bytes > ARENA_AT + ARENA_BYTES) return -1;
    this.arenaAt = at + Math.ceil(bytes / 16) * 16;
    return at;
  }

  /** A scorer over `model`, whose tables lie in this kernel's memory; linear.ts's where the kernel has no function for the table. */
  scorer(model: LinearModel): Scorer {
    if (model.keys.buffer !== this.exports.memory.buffer) throw new Error("a parse kernel scores only tables in its own memory (read the weights into Kernel.reserve's bytes)");
    if (model.dense && model.classes !== 3) return linearScorer(model);
    if (model.classes > MOST_CLASSES) return linearScorer(model);
    return new KernelScorer(this.exports, model, this.features, this.scores, this.buffers);
  }
}

class KernelScorer implements Scorer {
  readonly classes: number;
  private readonly keys: number;
  private readonly entries: number;
  private readonly memory: ArrayBuffer;

  constructor(
    private readonly kernel: KernelExports, private readonly model: LinearModel,
    private readonly features: Uint32Array, private readonly scores: Float32Array, readonly buffers: ScorerBuffers,
  ) {
    this.classes = model.classes;
    this.keys = model.keys.byteOffset;
    this.entries = model.entries.byteOffset;
    this.memory = kernel.memory.buffer;
  }

  /** Arrays in the kernel's memory (this.buffers) are read and written where they lie; others are copied in (and the scores out). */
  score(features: Uint32Array, n: number, out: Float32Array, from = 0): void {
    let at: number;
    let end: number;
    if (features.buffer === this.memory) {
      at = features.byteOffset + 4 * from;
      end = features.byteOffset + 4 * n;
    } else {
      at = FEATURES_AT;
      end = FEATURES_AT + 4 * this.copyFeatures(features, from, n);
    }
    if (out.buffer === this.memory) {
      this.add(at, end, out.byteOffset);
      return;
    }
    const { classes, scores } = this;
    for (let c = 0; c < classes; c++) scores[c] = out[c];
    this.add(at, end, SCORES_AT);
    for (let c = 0; c < classes; c++) out[c] = scores[c];
  }

  private add(at: number, end: number, out: number): void {
    if (this.model.dense) this.kernel.addDense3(this.keys, this.model.mask, at, end, out);
    else this.kernel.addSparse(this.keys, this.model.mask, this.entries, at, end, out, SPANS_AT);
  }

  /** Tuples in the kernel's memory are hashed there, into the area features are copied to, and scored; others in JavaScript. */
  scoreTuples(tuples: Uint32Array, n: number, out: Float32Array): void {
    if (tuples.buffer !== this.memory || out.buffer !== this.memory || n > MOST_FEATURES) {
      const keys = new Uint32Array(n);
      this.score(keys, keysOfTuples(tuples, n, keys, 0), out);
      return;
    }
    const at = tuples.byteOffset;
    const end = at + 16 * n;
    if (this.model.dense) this.kernel.addDense3Tuples(this.keys, this.model.mask, at, end, out.byteOffset, FEATURES_AT);
    else this.kernel.addSparseTuples(this.keys, this.model.mask, this.entries, at, end, out.byteOffset, SPANS_AT, FEATURES_AT);
  }

  scoreEach(features: Uint32Array, n: number, targets: Uint32Array, out: Float32Array): void {
    addScoresEach(this.model, features, n, targets, out);
  }

  /** Copies `features[from, n)` to the kernel's memory; returns how many. */
  private copyFeatures(features: Uint32Array, from: number, n: number): number {
    if (n - from > MOST_FEATURES) throw new Error(`a parse kernel scores at most ${MOST_FEATURES} features at once`);
    const to = this.features;
    for (let k = from; k < n; k++) to[k - from] = features[k];
    return n - from;
  }
}
