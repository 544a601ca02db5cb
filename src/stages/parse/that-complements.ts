/**
 * "The Bush administration declared Tuesday THAT China must drop barriers": a clause opened by "that"
 * after its verb is what the verb says, thinks or asks (ccomp); the parser, misled by the time word
 * between, made it an adverbial clause (advcl), and the declaration had no content. In EWT train and
 * GUM's training documents (gold trees) a clause whose one marker is "that" is a complement or a
 * subject 793 times and an adverbial clause 23, nearly all of degree ("the draft was SO old THAT they
 * agreed", "in SUCH disrepair THAT"), which stay adverbial here: a "so" or "such" between the verb and
 * "that" keeps the clause as it is.
 */
export interface ThatComplementLabels {
  readonly advcl: number;
  readonly ccomp: number;
  readonly mark: number;
}

/** Relabels each such clause `ccomp` (heads: word indices, -1 for the root). */
export function relabelThatComplements(forms: readonly string[], uposOf: (i: number) => string, heads: Int32Array, labels: Uint8Array, n: number, ids: ThatComplementLabels): void {
  for (let m = 0; m < n; m++) {
    const clause = heads[m];
    if (labels[m] !== ids.mark || forms[m].toLowerCase() !== 'that' || clause < 0 || labels[clause] !== ids.advcl) continue;
    const verb = heads[clause];
    if (verb < 0 || verb > m || uposOf(verb) !== 'VERB' || !onlyMarker(m, clause, heads, labels, n, ids) || degreeBetween(forms, verb, m)) continue;
    labels[clause] = ids.ccomp;
  }
}

function onlyMarker(m: number, clause: number, heads: Int32Array, labels: Uint8Array, n: number, ids: ThatComplementLabels): boolean {
  for (let i = 0; i < n; i++) if (i !== m && heads[i] === clause && labels[i] === ids.mark) return false;
  return true;
}

function degreeBetween(forms: readonly string[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (/^(?:so|such)$/i.test(forms[i])) return true;
  return false;
}
