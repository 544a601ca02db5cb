import { lowerBound } from '../../model/span.js';

/**
 * The stretches of a text inside double quotation marks (“…” or "…"), each closed at the latest by
 * the end of its paragraph, as [start, end) pairs in text order. One pass over the text.
 */
export function quotedStretches(text: string): Array<readonly [number, number]> {
  const stretches: Array<readonly [number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { if (open >= 0) stretches.push([open, i]); open = -1; }
    else if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) { stretches.push([open, i + 1]); open = -1; }
  }
  if (open >= 0) stretches.push([open, text.length]);
  return stretches;
}

/** The index of the stretch holding `offset`, or -1. */
export function stretchAt(stretches: ReadonlyArray<readonly [number, number]>, offset: number): number {
  const i = lowerBound(stretches.length, (k) => stretches[k][0] <= offset) - 1;
  return i >= 0 && offset < stretches[i][1] ? i : -1;
}
