/** What one CAMEO event code means: its label, QuadClass, Goldstein weight and PLOVER type. */
export interface CameoCode {
  readonly code: string;
  readonly label: string;
  /** Two-digit root ("04"). */
  readonly root: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly plover: string;
  /** PLOVER mode and context from the CAMEO→PLOVER table ("visit", "military"), empty when none. */
  readonly ploverMode: string;
  readonly ploverContext: string;
}

export interface Codebook {
  /** The entry of a code, or of its nearest listed parent ("0213" → "021"); null for an unknown root. */
  get(code: string): CameoCode | null;
  all(): readonly CameoCode[];
}

/** QuadClass by CAMEO root, as GDELT defines it. */
export function quadClassOf(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}

/**
 * Reads CAMEO2PLOVER-2021.txt (`CODE: PLOVER, MODE, CONTEXT # CAMEO description`) and the
 * Goldstein weights into code entries. A code listed twice (175) keeps its first line.
 */
export function readCodebook(ploverTable: string, goldstein: ReadonlyMap<string, number>): CameoCode[] {
  const out = new Map<string, CameoCode>();
  for (const raw of ploverTable.split(/\r?\n/)) {
    const m = /^([0-9]{3,4}):\s*([A-Z_]+)\s*,([^,#]*),?([^#]*)#\s*(.*)$/.exec(raw.trim());
    if (!m || out.has(m[1]!)) continue;
    const code = m[1]!;
    const root = code.slice(0, 2);
    out.set(code, {
      code,
      label: m[5]!.trim(),
      root,
      quadClass: quadClassOf(root),
      goldstein: goldstein.get(code) ?? goldstein.get(code.slice(0, 3)) ?? goldstein.get(`${root}0`) ?? 0,
      plover: m[2]!,
      ploverMode: m[3]!.trim(),
      ploverContext: m[4]!.trim(),
    });
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** An index over code entries with the parent fallback of `Codebook.get`. */
export function makeCodebook(entries: readonly CameoCode[]): Codebook {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const frozen = Object.freeze([...entries]);
  return Object.freeze({
    get(code: string) {
      for (let c = code; c.length >= 3; c = c.slice(0, -1)) {
        const hit = byCode.get(c);
        if (hit) return hit;
      }
      return byCode.get(`${code.slice(0, 2)}0`) ?? null;
    },
    all: () => frozen,
  });
}
