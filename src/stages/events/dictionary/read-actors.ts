/**
 * Readers for PETRARCH actor and agent dictionaries (Phoenix.*.actors.txt, Phoenix.agents.txt,
 * PETR.Validate.*; format in petrarch2's docs/source/dictionaries.rst): a name (words joined by
 * `_`, a trailing `_` meaning "the word ends here") with its code in `[…]` on the line or on
 * indented lines below, optionally restricted in time; `+NAME` lines are synonyms of the entry
 * above. Agents are common nouns whose code is appended to an actor's (`[~GOV]`).
 */

/** A code in force between two ISO dates (either open). */
export interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface ActorEntry {
  /** Upper-case words of the name. */
  readonly words: readonly string[];
  /** True when the last word must end where the text's word ends (written `NAME_`). */
  readonly exact: boolean;
  readonly codes: readonly DatedCode[];
}

export interface AgentEntry {
  readonly words: readonly string[];
  readonly exact: boolean;
  /**
   * The agent code appended to the actor's country ("GOV", "LEG", "GOVFRM"), or, ending in "~", put
   * before it (PETRARCH's "[NGO~]": "MSF Arnor" is NGOARN).
   */
  readonly code: string;
}

export function readActorDictionary(text: string): ActorEntry[] {
  const out: ActorEntry[] = [];
  let names: Array<{ words: string[]; exact: boolean }> = [];
  let codes: DatedCode[] = [];
  const flush = () => {
    if (names.length && codes.length) for (const n of names) out.push({ ...n, codes });
    names = [];
    codes = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').replace(/<!--.*?-->/g, '').trimEnd();
    if (!line.trim() || /^\s*<!--|^\s*-->/.test(line)) continue;
    if (/^\s/.test(line)) {
      codes.push(...bracketCodes(line));
      continue;
    }
    if (line.startsWith('+')) {
      const name = entryName(line.slice(1));
      if (name) names.push(name);
      continue;
    }
    flush();
    const name = entryName(line);
    if (!name) continue;
    names.push(name);
    codes.push(...bracketCodes(line));
  }
  flush();
  return out;
}

/** `!PERSON! = MAN, MEN …` substitution sets expand where `!PERSON!` is written in an agent. */
export function readAgentDictionary(text: string): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(set[1]!, set[2]!.split(',').map((w) => w.trim().toUpperCase()).filter(Boolean));
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?[A-Z]+~?)\s*\]/.exec(line);
    if (!m) continue;
    const code = m[3]!.replace(/^~/, '');
    const plurals = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
    for (const form of [m[1]!, ...plurals]) {
      for (const expanded of expandSets(form, sets)) {
        const name = entryName(expanded);
        if (name) out.push({ ...name, code });
      }
    }
    if (m[2] === undefined && !m[1]!.includes('!')) {
      for (const expanded of expandSets(plural(m[1]!.trim()), sets)) {
        const name = entryName(expanded);
        if (name) out.push({ ...name, code });
      }
    }
  }
  return out;
}

/**
 * PETRARCH's plural of an agent written without one ("{…}" lists them, "{}" says there is none; a
 * substitution set holds its own): of its last word, for phrases too ("HUMAN_RIGHTS_ACTIVIST" →
 * "human rights activists", "DAIRY_FARMER" → "dairy farmers").
 */
function plural(form: string): string {
  if (/[^AEIOU]Y$/.test(form)) return `${form.slice(0, -1)}IES`;
  if (/(S|X|Z|CH|SH)$/.test(form)) return `${form}ES`;
  return `${form}S`;
}

function expandSets(form: string, sets: ReadonlyMap<string, string[]>): string[] {
  const m = /![A-Z]+!/.exec(form);
  if (!m) return [form];
  const members = sets.get(m[0]) ?? [];
  return members.flatMap((w) => expandSets(form.replace(m[0], `_${w}`), sets));
}

function entryName(raw: string): { words: string[]; exact: boolean } | null {
  const name = raw.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim().split(/\s{2,}|\t/)[0]!.trim();
  if (!name || name.startsWith('[')) return null;
  const exact = name.endsWith('_');
  const words = name.split(/[_\s]+/).filter(Boolean).map((w) => w.toUpperCase());
  return words.length ? { words, exact } : null;
}

/**
 * `[AFGGOV 331108-730717]`, `[HOB < 950601]`, `[HOBREB > 990816]` → dated codes. An actor that is
 * several at once (`[FRO/BIL/SAM]`: "the Shire" is Frodo, Bilbo and Sam) keeps its codes joined by
 * "/", one code; the events stage codes each (`actorCodes`).
 */
function bracketCodes(line: string): DatedCode[] {
  const out: DatedCode[] = [];
  for (const m of line.matchAll(/\[([^\]]+)\]/g)) {
    const [codePart = '', ...rest] = m[1]!.trim().split(/\s+/);
    const when = rest.join('');
    let from: string | null = null;
    let to: string | null = null;
    if (when.startsWith('<')) to = isoDate(when.slice(1));
    else if (when.startsWith('>')) from = isoDate(when.slice(1));
    else if (when.includes('-')) [from, to] = when.split('-').map(isoDate) as [string, string];
    if (codePart) out.push({ code: codePart.toUpperCase(), from, to });
  }
  return out;
}

/** `950601` → 1995-06-01 (years before 30 read as 20xx), `19950601` → 1995-06-01. */
function isoDate(raw: string): string | null {
  const d = raw.replace(/\D/g, '');
  if (d.length === 8) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (d.length !== 6) return null;
  const yy = Number(d.slice(0, 2));
  return `${yy < 30 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
}

/** The code of an entry in force on a date (the undated code when none is dated to cover it). */
export function codeOn(codes: readonly DatedCode[], date: string | null): string | null {
  if (date) {
    const dated = codes.find((c) => (c.from !== null || c.to !== null) && (!c.from || c.from <= date) && (!c.to || date < c.to));
    if (dated) return dated.code;
  }
  return codes.find((c) => c.from === null && c.to === null)?.code ?? codes[0]?.code ?? null;
}
