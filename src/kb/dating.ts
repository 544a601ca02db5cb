import { tenureRuns } from './tenure.js';
import { normalizeName } from './normalize.js';
import type { Kb, KbActor, Tenure } from './types.js';

/** How a text qualifies an office holder; each bounds when the text can have been written. */
export type TenureQualifier = 'elect' | 'incoming' | 'outgoing' | 'former' | 'current';

/** A window `[from, to]` (ISO dates; null = open) in which a text using the qualifier was written. */
export interface DateHint {
  readonly from: string | null;
  readonly to: string | null;
  readonly tenure: Tenure;
  readonly qualifier: TenureQualifier;
}

/**
 * Reads a qualifier as news writes it: "President-elect" → elect + President, "former" → former,
 * "ex-" → former, "outgoing", "incoming", or a bare title ("Prime Minister") → current.
 */
export function parseQualifier(text: string): { qualifier: TenureQualifier; office: string | null } {
  const words = normalizeName(text);
  const elect = /^(.*?)[- ]elect$/.exec(words);
  if (elect) return { qualifier: 'elect', office: elect[1]!.trim() || null };
  for (const [prefix, qualifier] of [['incoming', 'incoming'], ['outgoing', 'outgoing'], ['former', 'former'], ['ex-', 'former'], ['ex ', 'former']] as const) {
    if (words.startsWith(prefix)) return { qualifier, office: words.slice(prefix.length).trim() || null };
  }
  return { qualifier: 'current', office: words || null };
}

/**
 * When must a text calling `actor` "<qualifier>" have been written? One hint per matching term:
 * - elect / incoming: between the election (when known) and the start of a term;
 * - outgoing: from the successor's election (or the term's start) to the term's end;
 * - former: from the end of a term to the start of the next term in the same office, if any;
 * - current: during the term.
 * `qualifier` is text such as "incoming", "President-elect", "former Prime Minister".
 * Only terms in the named office (generic or local title) count when the qualifier names one.
 */
export function tenureHints(kb: Kb, actor: KbActor, qualifier: string): DateHint[] {
  const parsed = parseQualifier(qualifier);
  const terms = actor.tenures.filter(
    (t) => parsed.office === null || normalizeName(t.office) === parsed.office || normalizeName(t.title) === parsed.office,
  );
  const hints: DateHint[] = [];
  for (const tenure of terms) {
    const window = windowFor(kb, actor, tenure, parsed.qualifier);
    if (window !== null) hints.push(Object.freeze({ ...window, tenure, qualifier: parsed.qualifier }));
  }
  return hints;
}

function windowFor(kb: Kb, actor: KbActor, tenure: Tenure, qualifier: TenureQualifier): { from: string | null; to: string | null } | null {
  switch (qualifier) {
    case 'elect':
    case 'incoming':
      return { from: tenure.elected, to: tenure.start };
    case 'outgoing': {
      if (tenure.end === null) return null;
      const successor = successorTerm(kb, tenure);
      return { from: successor?.elected ?? tenure.start, to: tenure.end };
    }
    case 'former': {
      if (tenure.end === null) return null;
      const next = actor.tenures.find((t) => t.office === tenure.office && t.country === tenure.country && t.start >= tenure.end!);
      return { from: tenure.end, to: next?.start ?? null };
    }
    case 'current':
      return { from: tenure.start, to: tenure.end };
  }
}

/** The term in the same office that begins on the day this one ends. */
function successorTerm(kb: Kb, tenure: Tenure): Tenure | undefined {
  for (const holder of kb.holders(tenure.office, tenure.country, tenure.end!)) {
    const term = holder.tenures.find((t) => t.office === tenure.office && t.country === tenure.country && tenureRuns(t, tenure.end!));
    if (term !== undefined && term !== tenure) return term;
  }
  return undefined;
}
