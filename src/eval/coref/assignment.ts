/**
 * Maximum-weight one-to-one assignment of rows to columns (Kuhn–Munkres with potentials,
 * O(n²m)). Returns the chosen `[row, column]` pairs; a non-square matrix leaves some unmatched.
 */
export function assignment(weights: readonly (readonly number[])[]): Array<[number, number]> {
  const transpose = weights.length > (weights[0]?.length ?? 0);
  const w = transpose ? weights[0].map((_, j) => weights.map((row) => row[j])) : weights;
  const n = w.length;
  if (n === 0) return [];
  const m = w[0].length;
  // Minimise cost = -weight over n rows ≤ m columns; arrays are 1-based as in the textbook form.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const owner = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = owner[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -w[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[owner[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0];
      owner[j0] = owner[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= m; j++) {
    if (owner[j] === 0) continue;
    pairs.push(transpose ? [j - 1, owner[j] - 1] : [owner[j] - 1, j - 1]);
  }
  return pairs;
}
