import { CLUSTER_MOVES, clusterMoveFeatures } from './clusters.js';
import { CONTEXT_FEATURES, contextFeatures, contextTuples, ROLE_FEATURES, ROLES, roleFeatures, roleWord, type ParserInput } from './features.js';
import type { Scorer } from './scorer.js';
import { MOVES, type ParseState } from './transitions.js';

/** Summed weights of one word in every role: ROLES × MOVES floats. */
const ENTRY = ROLES * MOVES;
/** Words (spelling and tag) kept before the table is emptied; it grows for a sentence longer than that. */
const KEPT = 8192;

/**
 * The move classifier's weights summed per word and role (features.ts: the 22 of the 75 move
 * features that read one word's spelling and tag only), kept per spelling and tag across sentences
 * and read by every move that finds the word in a role. A word is the first buffer word, then the
 * stack top and so on for several moves, and most words of news are frequent ones, so the parser
 * hashes and looks up fewer features, and those it still needs for a sentence's new words in one
 * batch. The sums are the same weights added in another order: move scores may differ in the
 * last bits of a float; the moves chosen did not (npm run equivalence, `parley eval parse`).
 */
export class RoleScores {
  private slotWord = new Uint32Array(0);
  /** Tag + 1 of the word in a slot (1 for "no word", whose tag is 0); 0 for an empty slot. */
  private slotTag = new Uint16Array(0);
  private slotEntry = new Int32Array(0);
  private scores = new Float32Array(0);
  private entries = 0;
  private kept = 0;
  /** Per sentence word (-1 for none, at 0, then 0 … n, the root): its entry. */
  private wordEntry = new Int32Array(0);
  private features = new Uint32Array(0);
  private targets = new Uint32Array(0);

  /** Finds or sums the role weights of the sentence's `x.n` words and root. */
  start(scorer: Scorer, x: ParserInput): void {
    this.makeRoom(x.n + 2);
    const { features, targets, wordEntry } = this;
    let k = 0;
    for (let t = -1; t <= x.n; t++) {
      const tag = t < 0 ? 1 : x.tag[t] + 1;
      const word = t < 0 ? 0 : x.word[t];
      let slot = this.slotOf(word, tag);
      if (this.slotTag[slot] === 0) {
        const entry = this.entries++;
        this.slotWord[slot] = word;
        this.slotTag[slot] = tag;
        this.slotEntry[slot] = entry;
        this.scores.fill(0, entry * ENTRY, (entry + 1) * ENTRY);
        for (let role = 0; role < ROLES; role++) {
          const added = roleFeatures(role, t, x, features, k);
          targets.fill(entry * ENTRY + role * MOVES, k, k + added);
          k += added;
        }
      }
      wordEntry[t + 1] = this.slotEntry[slot];
    }
    if (k > 0) scorer.scoreEach(features, k, targets, this.scores);
  }

  /** Adds to `out` the weights of the role's features for the word now in that role. */
  add(role: number, st: ParseState, out: Float32Array): void {
    const at = this.wordEntry[roleWord(st, role) + 1] * ENTRY + role * MOVES;
    for (let m = 0; m < MOVES; m++) out[m] += this.scores[at + m];
  }

  /** The slot holding the word, or the empty slot where it goes. */
  private slotOf(word: number, tag: number): number {
    const mask = this.slotTag.length - 1;
    let slot = Math.imul(word ^ Math.imul(tag, 0x9e3779b1), 0x85ebca6b) & mask;
    while (this.slotTag[slot] !== 0 && (this.slotWord[slot] !== word || this.slotTag[slot] !== tag)) slot = (slot + 1) & mask;
    return slot;
  }

  /** Sizes the sentence buffers, and empties the table when `words` more might not fit (growing it for a longer sentence). */
  private makeRoom(words: number): void {
    if (words > this.wordEntry.length) {
      this.wordEntry = new Int32Array(2 * words);
      this.features = new Uint32Array(2 * words * ROLE_FEATURES);
      this.targets = new Uint32Array(2 * words * ROLE_FEATURES);
    }
    if (this.entries + words <= this.kept) return;
    this.kept = Math.max(KEPT, words);
    let slots = 2 * KEPT;
    while (slots < 2 * this.kept) slots *= 2;
    this.slotWord = new Uint32Array(slots);
    this.slotTag = new Uint16Array(slots);
    this.slotEntry = new Int32Array(slots);
    this.scores = new Float32Array(this.kept * ENTRY);
    this.entries = 0;
  }
}

/** The move scores of a configuration: each role's sum, then the context features (written to `features`). */
export function addMoveScores(scorer: Scorer, roles: RoleScores, st: ParseState, x: ParserInput, features: Uint32Array, out: Float32Array): void {
  for (let role = 0; role < ROLES; role++) roles.add(role, st, out);
  if (scorer.scoreTuples && !(x.clusterFeatures & CLUSTER_MOVES) && features.length >= 4 * CONTEXT_FEATURES) {
    scorer.scoreTuples(features, contextTuples(st, x, features), out);
    return;
  }
  const k = contextFeatures(st, x, features);
  scorer.score(features, x.clusterFeatures & CLUSTER_MOVES ? k + clusterMoveFeatures(st, x, features, k) : k, out);
}
