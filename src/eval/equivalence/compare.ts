/** One place where two JSON values differ: its path ("quotes.direct.content.f1") and both sides. */
export interface Difference {
  readonly path: string;
  readonly baseline: unknown;
  readonly now: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The places where `now` differs from `baseline`, deepest first found, at most `limit` of them.
 * Numbers are compared exactly: an equivalence is proved by the same figures, not close ones.
 */
export function differences(baseline: unknown, now: unknown, limit = 20, path = ''): Difference[] {
  const out: Difference[] = [];
  walk(baseline, now, path, out, limit);
  return out;
}

function walk(a: unknown, b: unknown, path: string, out: Difference[], limit: number): void {
  if (out.length >= limit) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length) && out.length < limit; i++) walk(a[i], b[i], `${path}[${i}]`, out, limit);
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) walk(a[key], b[key], path ? `${path}.${key}` : key, out, limit);
    return;
  }
  if (!Object.is(a, b)) out.push({ path: path || '(whole)', baseline: a, now: b });
}

/** One line per difference: "path: baseline → now". */
export function describe(diffs: readonly Difference[]): string[] {
  const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
  return diffs.map((d) => `${d.path}: ${show(d.baseline)} → ${show(d.now)}`);
}
