/**
 * Readers of the PETRARCH2 Phoenix dictionaries (MIT, © 2014 Open Event Data Alliance): the actor files
 * (`Phoenix.Countries.actors.txt`, `Phoenix.International.actors.txt`, `Phoenix.MilNonState.actors.txt`)
 * and the agents file (`Phoenix.agents.txt`). Used only by the knowledge-base compiler (`npm run kb:build`).
 *
 * An actor entry is a name line, `+ALIAS` lines, and codes, either on the name line (`HAMAS_ [PSEREB]`) or
 * on their own lines (`\t[IRQGOV 20140908-20180925]`). A code may be restricted to dates: `A-B`, `>A` (from A),
 * `<B` (until B); dates are YYMMDD or YYYYMMDD. `_` joins the words of a phrase; `#` starts a comment.
 */

/** A CAMEO code and the days it applies, `[from, to)`; null = open. */
export interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface PhoenixEntry {
  /** Display forms of the names, first the entry's own ("HAIDAR AL ABADI"), then its aliases. */
  readonly names: readonly string[];
  readonly codes: readonly DatedCode[];
  /** 1-based line of the name in its file, for messages. */
  readonly line: number;
}

const CODE = /\[([^\]]*)\]/g;

/** Reads one Phoenix actor file; entries without any code (section headings gone wrong) are dropped. */
export function readPhoenixActors(text: string): PhoenixEntry[] {
  const entries: PhoenixEntry[] = [];
  let current: { names: string[]; codes: DatedCode[]; line: number } | null = null;
  const close = () => {
    if (current && current.codes.length > 0 && current.names.length > 0) entries.push(current);
    current = null;
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').replace(/\s+$/, '');
    if (line.trim() === '') return;
    const codes = [...line.matchAll(CODE)].map((m) => parseCode(m[1]!)).filter((c): c is DatedCode => c !== null);
    const name = phrase(line.replace(CODE, ''));
    if (/^\s/.test(line) && name === '') {
      current?.codes.push(...codes);
      return;
    }
    if (line.startsWith('+')) {
      if (current && name !== '') current.names.push(name);
      current?.codes.push(...codes);
      return;
    }
    close();
    if (name === '') return;
    current = { names: [name], codes: [...codes], line: i + 1 };
  });
  close();
  return entries;
}

/** `HAIDAR_AL-ABADI_` → `HAIDAR AL-ABADI`. */
function phrase(text: string): string {
  return text.replace(/^\+/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** `IRQGOV 20140908-20180925`, `IRQGOV >20140908`, `IRQ <20030320`, `IGOUNO`; `~` marks an agent code. */
export function parseCode(cell: string): DatedCode | null {
  const [code, range] = cell.trim().split(/\s+/, 2);
  if (!code || !/^~?[A-Z]{3}(?:[A-Za-z]{3})*$/.test(code)) return null;
  const clean = code.replace(/^~/, '').toUpperCase();
  if (range === undefined) return { code: clean, from: null, to: null };
  const between = /^(\d{6,8})-(\d{6,8})$/.exec(range);
  if (between) return { code: clean, from: phoenixDate(between[1]!), to: phoenixDate(between[2]!) };
  const after = /^>(\d{6,8})$/.exec(range);
  if (after) return { code: clean, from: phoenixDate(after[1]!), to: null };
  const before = /^<(\d{6,8})$/.exec(range);
  if (before) return { code: clean, from: null, to: phoenixDate(before[1]!) };
  return { code: clean, from: null, to: null };
}

/**
 * `140908` → 2014-09-08, `680101` → 1968-01-01, `20140908` → 2014-09-08. Two-digit years up to 30 are
 * this century (the dictionaries end in 2018). Malformed dates (`2004017`, `1920030320`) yield null: the
 * code then applies without that bound.
 */
export function phoenixDate(digits: string): string | null {
  let y: string, m: string, d: string;
  if (digits.length === 6) {
    const yy = Number(digits.slice(0, 2));
    y = String(yy <= 30 ? 2000 + yy : 1900 + yy);
    m = digits.slice(2, 4);
    d = digits.slice(4, 6);
  } else if (digits.length === 8) {
    [y, m, d] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)];
  } else {
    return null;
  }
  if (m === '00') m = '01';
  if (d === '00') d = '01';
  const iso = `${y}-${m}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** An agent phrase and the role or sector code it adds to a country ("lawmaker" → LEG). */
export interface AgentEntry {
  /** Lower-case word sequences that name the agent, singular and plural: "riot police", "lawmakers". */
  readonly forms: readonly string[];
  /** The plural forms among them. */
  readonly plurals: readonly string[];
  /** The entry says the noun has no plural (`{}`): a mass or collective noun ("police"). */
  readonly uncountable: boolean;
  readonly code: string;
}

/**
 * Reads Phoenix.agents.txt. `!PERSON!` and `!MINIST!` are the file's own substitution sets; `{PLURAL}` gives
 * an irregular plural, `{}` says there is none; otherwise the regular plural is formed, as PETRARCH does.
 */
export function readPhoenixAgents(text: string): AgentEntry[] {
  const substitutions = new Map<string, string[]>();
  const entries: AgentEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const sub = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (sub) {
      substitutions.set(sub[1]!, sub[2]!.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean));
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)\]/.exec(line);
    if (!m) continue;
    const [, words, plural, code] = m;
    const singulars = expand(words!.toLowerCase(), substitutions);
    const plurals = plural === undefined
      ? singulars.map(regularPlural)
      : plural.trim() === '' ? [] : expand(plural.toLowerCase(), substitutions);
    const clean = (list: string[]) => [...new Set(list.map((f) => f.replace(/[_\s]+/g, ' ').trim()).filter((f) => f !== ''))];
    const forms = clean([...singulars, ...plurals]);
    const pluralForms = clean(plurals).filter((f) => !clean(singulars).includes(f) || pluralAlready(f));
    if (forms.length > 0 && code!.length % 3 === 0) entries.push({ forms, plurals: pluralForms, uncountable: plural !== undefined && plural.trim() === '', code: code! });
  }
  return entries;
}

function expand(words: string, substitutions: ReadonlyMap<string, string[]>): string[] {
  const marker = /![a-z]+!/.exec(words);
  if (!marker) return [words];
  const options = substitutions.get(marker[0].toUpperCase()) ?? [];
  return options.flatMap((option) => expand(words.replace(marker[0], option), substitutions));
}

/**
 * Entries the file lists under their plural, with no singular beside them: "GUNMEN", "FISHERMEN",
 * "CHILDREN", "MEN", "PEOPLE" (each line a form of its own, as "GUNMAN" is another). Their form is a
 * plural: "Gunmen attacked", "Four children were killed" name groups, not one person.
 */
const PLURAL_ALREADY = /(men|people|children|folk|personnel)$/;
/**
 * Whether a form's head is such a plural: its last word, unless a preposition puts the head before
 * ("minister for women"). The bare words for anyone ("men", "women", "people", "children") stay as
 * the file has them, an actor only after a proper adjective ("Afghan women", "Palestinian
 * children"): "people think", "the Women's World Championship", "children's rights" name no party.
 */
const pluralAlready = (form: string) => PLURAL_ALREADY.test(form) && !/ (of|for) /.test(form) && !ANYONE.has(form);
const ANYONE: ReadonlySet<string> = new Set(['men', 'women', 'people', 'children', 'folk']);

/** "lawmaker" → "lawmakers", "policy" → "policies", "church" → "churches"; forms ending in "men"/"people" stay. */
function regularPlural(form: string): string {
  const head = form.replace(/_+$/, '');
  if (/(men|people|children|folk|police|personnel|staff|s)$/.test(head)) return head;
  if (/[^aeiou]y$/.test(head)) return `${head.slice(0, -1)}ies`;
  if (/(x|ch|sh|z)$/.test(head)) return `${head}es`;
  return `${head}s`;
}
