import type { LiteralSearch } from './literal-search.js';

/**
 * The words a regular expression cannot match without: a list of lower-case ASCII strings of which
 * every match holds at least one, or null when the pattern needs none that can be told. A text whose
 * lower-cased form holds none of them has no match, so the pattern need not be run over it: a rule that
 * opens with optional words ("about", "the", "more than") makes the engine try it at every word of the
 * text, while a search for its noun ("quarter", "ago") skips through the text.
 *
 * The reading is conservative: what it cannot read (classes of more than one letter, back-references,
 * lookarounds' contents, characters past ASCII, a part repeated up to some number of times) counts as
 * "any text", which needs nothing. Only ASCII characters are taken: lower-casing a text leaves each
 * ASCII character in place as its own lower case, so a match's words are still in the lowered text.
 */
export function requiredLiterals(source: string): readonly string[] | null {
  const parser = new Parser(source);
  const node = parser.alternation();
  if (parser.at < source.length) return null;
  const found = needsOf(node);
  const needs = found && shortest(found);
  return needs && needs.length > 0 && needs.every((s) => s.length > 0) ? needs : null;
}

/**
 * Whether one lower-cased text may hold a match of patterns by their `requiredLiterals`: each string is
 * searched for once, however many patterns need it; those of `search` all at once, in one pass.
 */
export class LiteralsIn {
  private readonly held: Map<string, boolean>;

  constructor(private readonly lowered: string, search?: LiteralSearch) {
    this.held = search ? search.heldIn(lowered) : new Map();
  }

  mayHold(needs: readonly string[] | null): boolean {
    return needs === null || needs.some((s) => this.holds(s));
  }

  private holds(s: string): boolean {
    let found = this.held.get(s);
    if (found === undefined) this.held.set(s, (found = this.lowered.includes(s)));
    return found;
  }
}

/** What a part of the pattern matches: all its strings when they are few and known (`exact`), and what any match of it holds (`needs`). */
interface Reading {
  readonly exact: readonly string[] | null;
  readonly needs: readonly string[] | null;
}

/** More alternatives than this are not spelled out: the search would cost more than it saves. */
const MOST_STRINGS = 64;
const ANY: Reading = { exact: null, needs: null };
const EMPTY: Reading = { exact: [''], needs: null };

type Node =
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'repeat'; readonly item: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'zero' }
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'any' };

class Parser {
  at = 0;
  constructor(private readonly src: string) {}

  alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(item: Node): Node {
    const c = this.src[this.at];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return item;
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return item;
    }
    if (this.src[this.at] === '?') this.at++;
    return { kind: 'repeat', item, min, max };
  }

  private atom(): Node {
    const c = this.src[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return { kind: 'zero' };
    if (c === '.') return { kind: 'any' };
    return literal(c);
  }

  private group(): Node {
    const rest = this.src.slice(this.at);
    const look = /^\?(?:=|!|<=|<!)/.exec(rest);
    const opening = look ? look[0] : /^\?(?::|<[A-Za-z_$][\w$]*>)/.exec(rest)?.[0] ?? '';
    this.at += opening.length;
    const inner = this.alternation();
    if (this.src[this.at] !== ')') throw new Error(`unclosed group in /${this.src}/`);
    this.at++;
    return look ? { kind: 'zero' } : inner;
  }

  private charClass(): Node {
    const chars: string[] = [];
    let plain = this.src[this.at] !== '^';
    while (this.at < this.src.length && this.src[this.at] !== ']') {
      const c = this.src[this.at++]!;
      if (c === '\\') {
        this.at++;
        plain = false;
      } else {
        if (c === '-' && chars.length > 0 && this.src[this.at] !== ']') plain = false;
        chars.push(c);
      }
    }
    this.at++;
    // "[Tt]": one letter in either case; "[x]": one character
    const lowered = new Set(chars.map((c) => c.toLowerCase()));
    const letterCases = chars.every((c) => /^[A-Za-z]$/.test(c)) && lowered.size === 1;
    return plain && (chars.length === 1 || letterCases) ? literal(chars[0]!) : { kind: 'any' };
  }

  private escape(): Node {
    const c = this.src[this.at++]!;
    if (c === 'b' || c === 'B') return { kind: 'zero' };
    if (/[\\^$.*+?()[\]{}|/\-'",:;!#%&=<>~`@ ]/.test(c)) return literal(c);
    if (c === 'x') this.at += 2;
    if (c === 'u') this.at += this.src[this.at] === '{' ? this.src.indexOf('}', this.at) - this.at + 1 : 4;
    if (c === 'k') this.at = this.src.indexOf('>', this.at) + 1;
    if (c === 'p' || c === 'P') this.at = this.src.indexOf('}', this.at) + 1;
    return { kind: 'any' };
  }
}

function literal(c: string): Node {
  return c.charCodeAt(0) < 0x80 ? { kind: 'char', char: c.toLowerCase() } : { kind: 'any' };
}

function read(node: Node): Reading {
  switch (node.kind) {
    case 'zero': return EMPTY;
    case 'any': return ANY;
    case 'char': return { exact: [node.char], needs: null };
    case 'repeat': return readRepeat(node.item, node.min, node.max);
    case 'alt': return readAlternatives(node.options.map(read));
    case 'seq': return readSequence(node.items.map(read));
  }
}

function readRepeat(item: Node, min: number, max: number): Reading {
  const inner = read(item);
  if (min === 0) return max === 1 && inner.exact ? { exact: unique(['', ...inner.exact]), needs: null } : ANY;
  if (min === 1 && max === 1) return inner;
  return { exact: null, needs: needsFrom(inner) };
}

function readAlternatives(options: readonly Reading[]): Reading {
  const exact = options.every((o) => o.exact) ? unique(options.flatMap((o) => o.exact!)) : null;
  const each = options.map(needsFrom);
  const needs = each.every((n) => n !== null) ? unique(each.flatMap((n) => n!)) : null;
  return { exact: exact && exact.length <= MOST_STRINGS ? exact : null, needs: needs && needs.length <= MOST_STRINGS ? needs : null };
}

/**
 * A sequence's strings are its parts' strings joined (while they stay few); what it needs is the best of
 * what its parts need and of the strings of each run of parts whose strings are known.
 */
function readSequence(items: readonly Reading[]): Reading {
  let best: readonly string[] | null = null;
  let run: readonly string[] = [''];
  let whole: readonly string[] | null = [''];
  const consider = (found: readonly string[] | null) => {
    const needs = found && shortest(found);
    if (needs && needs.length > 0 && needs.every((s) => s.length > 0) && (!best || better(needs, best))) best = needs;
  };
  for (const item of items) {
    whole = whole && item.exact ? join(whole, item.exact) : null;
    if (item.exact) {
      const joined = join(run, item.exact);
      if (joined === null) consider(run);
      run = joined ?? item.exact;
    } else {
      consider(run);
      consider(item.needs);
      run = [''];
    }
  }
  consider(run);
  return { exact: whole, needs: best };
}

/** What any match of a part holds: its strings when known (none of them empty), else what it needs. */
function needsFrom(r: Reading): readonly string[] | null {
  if (r.exact && r.exact.length > 0 && r.exact.every((s) => s.length > 0)) return r.exact;
  return r.needs;
}

/** Every string of `a` followed by every string of `b`; null when there would be too many. */
function join(a: readonly string[], b: readonly string[]): readonly string[] | null {
  if (a.length * b.length > MOST_STRINGS) return null;
  return unique(a.flatMap((x) => b.map((y) => x + y)));
}

/**
 * A requirement is better when it has fewer strings (each is one search through the text), then when its
 * shortest string is longer (rarer in text).
 */
function better(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (l: readonly string[]) => Math.min(...l.map((s) => s.length));
  return a.length < b.length || (a.length === b.length && shortest(a) > shortest(b));
}

/** The strings none of the others is part of: a text that holds "quarters" holds "quarter". */
function shortest(list: readonly string[]): readonly string[] {
  return list.filter((s, i) => !list.some((t, j) => j !== i && s.includes(t) && (t !== s || j < i)));
}

function unique(list: readonly string[]): readonly string[] {
  return [...new Set(list)];
}

function needsOf(node: Node): readonly string[] | null {
  return needsFrom(read(node));
}
