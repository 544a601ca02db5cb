/**
 * The matches of a global regular expression over a text, the same as `text.matchAll(pattern)` gives
 * (from the pattern's `lastIndex`; an empty match steps one character, one code point with the `u` or
 * `v` flag), found with the pattern itself instead of the copy that `matchAll` makes of it at every call:
 * the time stage runs its 68 rules over every text, and the copies cost about a tenth of the matching.
 * The pattern's `lastIndex` is left as it was.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern, not /${pattern.source}/${pattern.flags}`);
  const from = pattern.lastIndex;
  const byCodePoint = /[uv]/.test(pattern.flags);
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, byCodePoint);
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

/** The index after the character (or, `byCodePoint`, the code point) at `i`. */
function nextIndex(text: string, i: number, byCodePoint: boolean): number {
  if (!byCodePoint || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
