/** A half-open `[start, end)` range of UTF-16 code units in `Doc.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Which stage (and rule or model inside it) produced a fact. */
export interface Provenance {
  readonly by: string;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Binary search over sorted data: the first index in `[0, length)` for which `before(i)`
 * is false, given that `before` is true for a prefix of the indices and false after it.
 */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
