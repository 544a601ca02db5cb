/** Characters the automaton reads: ASCII. A character past it is in no literal, so no literal spans it. */
const ASCII = 128;
const NO_OUTPUT: readonly number[] = [];

/**
 * Which of a fixed list of ASCII strings a text holds, found in one pass over the text (Aho–Corasick):
 * the time stage asks about some 110 words in every text, and a search of the whole text for each word it
 * lacks ("nineteen", "fy", "9/11") cost ten times more than the single pass. Strings with a character past
 * ASCII are left out (a caller searches for those itself).
 */
export class LiteralSearch {
  private readonly literals: readonly string[];
  /** `next[state * 128 + code]`: the state after reading the character. */
  private readonly next: Int32Array;
  /** The literals (by index) that end at each state, those of its suffixes included. */
  private readonly outputs: ReadonlyArray<readonly number[]>;

  constructor(strings: readonly string[]) {
    this.literals = [...new Set(strings)].filter((s) => s.length > 0 && [...s].every((c) => c.charCodeAt(0) < ASCII));
    const child: Int32Array[] = [new Int32Array(ASCII).fill(-1)];
    const own: number[][] = [[]];
    this.literals.forEach((literal, k) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        if (child[state]![c] === -1) {
          child[state]![c] = child.length;
          child.push(new Int32Array(ASCII).fill(-1));
          own.push([]);
        }
        state = child[state]![c]!;
      }
      own[state]!.push(k);
    });
    this.next = new Int32Array(child.length * ASCII);
    this.outputs = suffixLinks(child, own, this.next);
  }

  /**
   * Each string looked for, and whether `text` holds it. The pass only marks the states it reaches; the
   * strings that end at them are read once afterwards, not at every character.
   */
  heldIn(text: string): Map<string, boolean> {
    const { next, outputs, literals } = this;
    const reached = new Uint8Array(outputs.length);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = c < ASCII ? next[state * ASCII + c]! : 0;
      reached[state] = 1;
    }
    const found = new Uint8Array(literals.length);
    for (let s = 0; s < reached.length; s++) if (reached[s] === 1) for (const k of outputs[s]!) found[k] = 1;
    return new Map(literals.map((literal, k) => [literal, found[k] === 1]));
  }
}

/**
 * Fills the automaton's moves (`next`) from the trie (`child`) breadth first, each state's suffix link
 * being the longest proper suffix of its string that is also in the trie; returns each state's outputs:
 * its own literals and its suffix link's.
 */
function suffixLinks(child: readonly Int32Array[], own: readonly number[][], next: Int32Array): Array<readonly number[]> {
  const link = new Int32Array(child.length);
  const outputs: Array<readonly number[]> = new Array(child.length).fill(NO_OUTPUT);
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const mine = own[state]!;
    const inherited = state === 0 ? NO_OUTPUT : outputs[link[state]!]!;
    outputs[state] = mine.length === 0 ? inherited : [...mine, ...inherited];
    for (let c = 0; c < ASCII; c++) {
      const to = child[state]![c]!;
      if (to === -1) {
        next[state * ASCII + c] = state === 0 ? 0 : next[link[state]! * ASCII + c]!;
      } else {
        link[to] = state === 0 ? 0 : next[link[state]! * ASCII + c]!;
        next[state * ASCII + c] = to;
        queue.push(to);
      }
    }
  }
  return outputs;
}
