/** The best time of `runs` calls of `work`, in milliseconds: the least disturbed measure on a shared machine. */
export function bestMs(work: () => void, runs = 3): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const began = performance.now();
    work();
    best = Math.min(best, performance.now() - began);
  }
  return best;
}
