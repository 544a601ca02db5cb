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
