import { readFileSync } from 'node:fs';
import { ParleyError } from '../model/errors.js';
import { KB_DATA_DIR } from './tsv.js';

/** A term of office as compiled: office, title, country, start, end ('' = open), elected ('' = unknown), cameo, source. */
export type CompiledTenure = [string, string, string, string, string, string, string, string];

/** A CAMEO code with the days it applies, `[from, to)`, null = open (from the Phoenix dictionaries). */
export type CompiledCode = [string, string | null, string | null];

/** An actor as the compiler assembles it. */
export interface CompiledActor {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  aliases: string[];
  country: string | null;
  cameo: string | null;
  /** `manual` or `phoenix` (our tables; see data/kb/README.md), `phoenix-only` (only the Phoenix dictionaries list it). */
  source: string;
  surname: string | null;
  tenures: CompiledTenure[];
  codes: CompiledCode[];
}

/** A city, region or other name of a country from Phoenix: name and the country's (or region's) CAMEO code. */
export type CompiledPlace = [string, string];

/**
 * An agent word sequence, lower case ("riot police", "lawmakers"), the code it adds ("COP", "LEG"), and
 * whether the form is `plural`, `singular` or a noun with no plural (`mass`: "police").
 */
export type CompiledAgent = [string, string, AgentNumber];
export type AgentNumber = 'plural' | 'singular' | 'mass';

/** What `npm run kb:build` compiles and data/kb/kb.txt holds. */
export interface CompiledKb {
  /** The last date any Phoenix code names: after it, only the hand-kept terms say who holds an office. */
  phoenixEnd: string;
  countries: Record<string, string>[];
  actors: CompiledActor[];
  /** The lookup key of every actor name and alias (`nameKey`), with the indexes of the actors it names. */
  keys: [string, number[]][];
  places: [string, ...CompiledPlace][];
  agents: CompiledAgent[];
  /** GeoNames towns by name (`src/kb/build/cities.ts`): key, name, `ISO3:population|…`. */
  cities: [string, string, string][];
}

export const COMPILED_FILE = 'kb.txt';
const MAGIC = 'parley.kb/1';
const SECTIONS = ['countries', 'actors', 'keys', 'places', 'agents', 'agentStarts', 'cities'] as const;

/**
 * The compiled file is ASCII text, one record a line, in sections: countries (JSON rows), actors
 * (tab-separated), then the name keys, places and agents, each sorted by key so that a lookup is a binary
 * search. A key names its actors by their offsets in the text, so the actor section is never split: a row
 * is cut out and parsed when its actor is asked for. The first line holds where each section starts.
 */
export function serialiseKb(kb: CompiledKb): string {
  const code = ([c, from, to]: CompiledCode) => `${c}:${(from ?? '').replace(/-/g, '')}:${(to ?? '').replace(/-/g, '')}`;
  const actor = (a: CompiledActor) => [
    a.id === phoenixId(a.name) ? '' : a.id, a.kind === 'person' ? 'p' : 'o', a.name, a.aliases.join('|'), a.country ?? '',
    a.cameo ?? '', a.source === 'phoenix-only' ? '' : a.source, a.surname ?? '',
    a.tenures.map((t) => t.join(',')).join(';'), a.codes.map(code).join(' '),
  ].join('\t');
  const clean = (name: string, lines: string[]) => {
    const odd = lines.find((line) => line.includes('\n') || (name !== 'countries' && line.includes('\\')));
    if (odd !== undefined) throw new ParleyError('E_RESOURCE', `kb:build: a ${name} line holds a line break or backslash: ${odd}`);
    return lines.map(escapeAscii);
  };
  const actorLines = clean('actors', kb.actors.map(actor));
  const actorOffsets: number[] = [];
  let at = 0;
  for (const line of actorLines) {
    actorOffsets.push(at);
    at += line.length + 1;
  }
  const bodies: Record<(typeof SECTIONS)[number], string[]> = {
    countries: clean('countries', kb.countries.map((row) => JSON.stringify(row))),
    actors: actorLines,
    keys: clean('keys', kb.keys.map(([key, ids]) => `${key}\t${ids.map((i) => actorOffsets[i]).join(',')}`)),
    places: clean('places', kb.places.map((p) => p.join('\t'))),
    agents: clean('agents', kb.agents.map((a) => a.join('\t'))),
    // The first words of all agent phrases on one line: most words of a text start none, and a set says so at once.
    agentStarts: clean('agentStarts', [[...new Set(kb.agents.map(([form]) => form.split(' ')[0]!))].sort().join('|')]),
    cities: clean('cities', kb.cities.map((c) => c.join('\t'))),
  };
  let offset = 0;
  const header = [MAGIC, kb.phoenixEnd, String(Math.max(...kb.agents.map(([form]) => form.split(' ').length)))];
  const text: string[] = [];
  for (const name of SECTIONS) {
    const body = bodies[name].join('\n');
    header.push(`${name}:${offset}:${offset + body.length}`);
    text.push(body);
    offset += body.length + 1;
  }
  return `${header.join('\t')}\n${text.join('\n')}\n`;
}

/** The id of an actor only Phoenix lists: `phoenix:` and its name as a slug ("phoenix:haidar-al-abadi"). */
export function phoenixId(name: string): string {
  return `phoenix:${name.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/**
 * Other characters are written `\uXXXX`, as in JSON: Node decodes ASCII several times faster than mixed
 * UTF-8, and reading the file is most of loading it.
 */
function escapeAscii(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function unescapeAscii(text: string): string {
  return text.includes('\\u') ? text.replace(/\\u([0-9a-f]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const MAX_ANSWERS = 100_000;
/** What `SortedLines` remembers for a key no line has. */
const NOT_FOUND: string[] = [];

/**
 * A sorted section of lines `key\tvalue…` in the file's text, searched by key without splitting it into
 * lines: the search halves the section by characters and reads the line around the middle.
 */
export class SortedLines {
  constructor(private readonly text: string, private readonly from: number, private readonly to: number) {}

  /**
   * Answers already found (`NOT_FOUND` for a key no line has, so that one read of the map answers either way):
   * a text asks about the same words again and again, and so do the texts after it.
   */
  private readonly answers = new Map<string, string[]>();

  /** The cells after the key of the line whose key is `key`, or undefined. */
  find(unescaped: string): string[] | undefined {
    const known = this.answers.get(unescaped);
    if (known !== undefined) return known === NOT_FOUND ? undefined : known;
    // Bounded: a long run over varied text must not grow it without end.
    if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
    const found = this.search(escapeAscii(unescaped));
    this.answers.set(unescaped, found ?? NOT_FOUND);
    return found;
  }

  private search(key: string): string[] | undefined {
    let lo = this.from;
    let hi = this.to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = Math.max(lo, this.text.lastIndexOf('\n', mid - 1) + 1);
      let end = this.text.indexOf('\n', start);
      if (end === -1 || end > this.to) end = this.to;
      const tab = this.text.indexOf('\t', start);
      const at = this.text.slice(start, tab);
      if (at === key) return unescapeAscii(this.text.slice(tab + 1, end)).split('\t');
      if (at < key) lo = end + 1;
      else hi = start;
    }
    return undefined;
  }

  *entries(): Iterable<string[]> {
    if (this.from === this.to) return;
    for (const line of this.text.slice(this.from, this.to).split('\n')) yield unescapeAscii(line).split('\t');
  }
}

/** The compiled knowledge base as loaded: sections over the file's text. */
export interface LoadedKb {
  readonly phoenixEnd: string;
  readonly countries: Record<string, string>[];
  /** The actor rows, one a line; `actorAt(offset)` parses the row starting there. */
  readonly actorOffsets: () => Iterable<number>;
  readonly actorAt: (offset: number) => CompiledActor;
  readonly keys: SortedLines;
  readonly places: SortedLines;
  readonly agents: SortedLines;
  readonly cities: SortedLines;
  /** The most words an agent phrase has. */
  readonly agentWords: number;
  /** The words agent phrases start with (read when first asked for). */
  readonly agentStarts: () => ReadonlySet<string>;
  /** Every run of two or more words an agent phrase starts with, whole phrases included ("riot police" for "riot police officers"; read when first asked for). */
  readonly agentPhraseStarts: () => ReadonlySet<string>;
}

/** Reads data/kb/kb.txt. */
export function readCompiledKb(): LoadedKb {
  const url = new URL(COMPILED_FILE, KB_DATA_DIR);
  let text: string;
  try {
    text = readFileSync(url, 'latin1');
  } catch {
    throw new ParleyError('E_RESOURCE', `knowledge base ${url.pathname} is missing; run 'npm run kb:build' or reinstall the package`);
  }
  const headerEnd = text.indexOf('\n');
  const [magic, phoenixEnd, agentWords, ...sections] = text.slice(0, headerEnd).split('\t');
  if (magic !== MAGIC) throw new ParleyError('E_RESOURCE', `${url.pathname} is not a ${MAGIC} file; run 'npm run kb:build'`);
  const body = headerEnd + 1;
  const range = new Map(sections.map((cell) => {
    const [name, from, to] = cell.split(':');
    return [name!, [body + Number(from), body + Number(to)] as const];
  }));
  const section = (name: (typeof SECTIONS)[number]) => {
    const found = range.get(name);
    if (!found) throw new ParleyError('E_RESOURCE', `${url.pathname} has no ${name} section; run 'npm run kb:build'`);
    return found;
  };
  const lines = (name: (typeof SECTIONS)[number]) => {
    const [from, to] = section(name);
    return from === to ? [] : text.slice(from, to).split('\n');
  };
  const sorted = (name: (typeof SECTIONS)[number]) => new SortedLines(text, ...section(name));
  const [actorsFrom, actorsTo] = section('actors');
  return {
    phoenixEnd: phoenixEnd!,
    countries: lines('countries').map((line) => JSON.parse(line) as Record<string, string>),
    *actorOffsets() {
      for (let at = actorsFrom; at < actorsTo; at = text.indexOf('\n', at) + 1) yield at - actorsFrom;
    },
    actorAt(offset: number) {
      const start = actorsFrom + offset;
      const end = text.indexOf('\n', start);
      return parseActorRow(text.slice(start, end === -1 ? actorsTo : Math.min(end, actorsTo)));
    },
    keys: sorted('keys'),
    places: sorted('places'),
    agents: sorted('agents'),
    cities: sorted('cities'),
    agentStarts: () => new Set(unescapeAscii(lines('agentStarts')[0] ?? '').split('|')),
    agentPhraseStarts: () => phraseStarts(lines('agents').map((line) => unescapeAscii(line.slice(0, line.indexOf('\t'))))),
    agentWords: Number(agentWords),
  };
}

/** The runs of two or more words each phrase starts with, the phrase itself included. */
function phraseStarts(phrases: readonly string[]): ReadonlySet<string> {
  const starts = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    for (let n = 2; n <= words.length; n++) starts.add(words.slice(0, n).join(' '));
  }
  return starts;
}

/** One tab-separated actor row back into its parts. */
export function parseActorRow(line: string): CompiledActor {
  const [id, kind, name, aliases, country, cameo, source, surname, tenures, codes] = unescapeAscii(line).split('\t');
  const date = (d: string | undefined) => (d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null);
  return {
    id: id || phoenixId(name!),
    kind: kind === 'p' ? 'person' : 'organisation',
    name: name!,
    aliases: aliases ? aliases.split('|') : [],
    country: country || null,
    cameo: cameo || null,
    source: source || 'phoenix-only',
    surname: surname || null,
    tenures: tenures ? tenures.split(';').map((t) => t.split(',') as CompiledTenure) : [],
    codes: codes ? codes.split(' ').map((c) => {
      const [code, from, to] = c.split(':');
      return [code!, date(from), date(to)] as CompiledCode;
    }) : [],
  };
}
