import type { PatternElement, PatternWord, VerbBlock, VerbDictionary, VerbForm, VerbPattern } from './types.js';

/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt; format in
 * petrarch2's docs/source/dictionaries.rst): `&SYNSET` lists of `+MEMBER` lines, then verb
 * blocks opened by `--- LABEL [code] ---`, each with its verbs (irregular forms in `{…}`,
 * `+` marking the verb inside a multi-word verb) and its patterns
 * `- pre-verb * post-verb [code]`. `~` transformation lines are not read here.
 */
export function readVerbDictionary(text: string, source: string): VerbDictionary {
  const synsets: Record<string, string[]> = {};
  const blocks: Array<{ label: string; code: string | null; patterns: VerbPattern[] }> = [];
  const forms: Record<string, VerbForm[]> = {};
  let synset: string[] | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = stripComment(lines[n]!);
    if (!line.trim()) {
      synset = null;
      continue;
    }
    const header = /^---\s+(.+?)\s+\[([^\]]*)\]\s*---/.exec(line);
    if (header) {
      synset = null;
      blocks.push({ label: header[1]!.trim(), code: codePair(header[2]!).code, patterns: [] });
      continue;
    }
    const synsetHead = /^&(\S+)/.exec(line);
    if (synsetHead) {
      synset = synsets[synsetHead[1]!.replace(/_$/, '')] = [];
      continue;
    }
    if (synset && line.startsWith('+')) {
      synset.push(phraseWords(line.slice(1)).join(' '));
      continue;
    }
    const block = blocks.length - 1;
    if (block < 0 || line.startsWith('~')) continue;
    if (line.startsWith('-')) {
      const pattern = readPattern(line.slice(1), n + 1, commentVerbs(lines[n]!));
      if (pattern) blocks[block]!.patterns.push(pattern);
      continue;
    }
    for (const [word, form] of readVerbLine(line, block)) (forms[word] ??= []).push(form);
  }
  return { source, synsets, blocks: blocks as VerbBlock[], forms };
}

function stripComment(line: string): string {
  if (/^\s*<!--/.test(line)) return '';
  const hash = line.indexOf('#');
  return (hash >= 0 ? line.slice(0, hash) : line).trimEnd();
}

/** `[042:043]` → code 042, reverse 043; `[:173]` → reverse only; `[---]` → nothing. */
function codePair(raw: string): { code: string | null; reverse: string | null } {
  const [a = '', b = ''] = raw.trim().split(':');
  const clean = (c: string) => (/^[0-9]{2,4}[A-Z]?$/.test(c.trim()) ? c.trim() : null);
  return { code: clean(a), reverse: clean(b) };
}

/** The words of a dictionary phrase: `_` and spaces separate words; a trailing `_` (exact end) is dropped. */
function phraseWords(raw: string): string[] {
  return raw.trim().split(/[\s_]+/).filter(Boolean).map((w) => w.toUpperCase());
}

function readVerbLine(line: string, block: number): Array<[string, VerbForm]> {
  const code = /\[([^\]]*)\]/.exec(line);
  const { code: own, reverse } = code ? codePair(code[1]!) : { code: null, reverse: null };
  const uncoded = code !== null && code[1]!.trim() === '---';
  const braces = /\{([^}]*)\}/.exec(line);
  const head = line.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ').trim().split(/\s+/)[0];
  if (!head) return [];
  const base = splitVerb(head);
  if (!base) return [];
  const written = braces ? braces[1]!.trim().split(/\s+/).filter(Boolean).map(splitVerb).filter((v) => v !== null) : [];
  const variants = braces ? [base, ...written] : inflect(base.verb).map((verb) => ({ ...base, verb }));
  return variants.map((v) => [v.verb, { block, lemma: base.verb, before: v.before, after: v.after, code: own, reverse, ...(uncoded ? { uncoded: true as const } : {}) }]);
}

/** `+MEET_WITH` → verb MEET, then WITH; `KLM_NOP_+RST` → KLM NOP, then the verb RST; `ABANDON` → the verb. */
function splitVerb(raw: string): { verb: string; before: string[]; after: string[] } | null {
  const parts = raw.split('_').filter(Boolean);
  let at = parts.findIndex((p) => p.startsWith('+'));
  if (at < 0) at = 0;
  const verb = parts[at]?.replace(/^\+/, '').toUpperCase();
  if (!verb || !/^[A-Z'-]+$/.test(verb)) return null;
  return { verb, before: parts.slice(0, at).map((p) => p.toUpperCase()), after: parts.slice(at + 1).map((p) => p.toUpperCase()) };
}

const SIBILANT = /(S|X|Z|CH|SH)$/;
const CONSONANT_Y = /[^AEIOU]Y$/;
const SHORT_CVC = /^[^AEIOU]*[AEIOU][^AEIOUWXY]$/;

/** The regular forms PETRARCH generates for a verb without written forms, plus the doubled-consonant ones. */
export function inflect(verb: string): string[] {
  const out = new Set([verb]);
  if (CONSONANT_Y.test(verb)) {
    const stem = verb.slice(0, -1);
    out.add(`${stem}IES`).add(`${stem}IED`).add(`${verb}ING`);
  } else if (verb.endsWith('E')) {
    out.add(`${verb}S`).add(`${verb}D`).add(verb.endsWith('EE') ? `${verb}ING` : `${verb.slice(0, -1)}ING`);
  } else {
    out.add(SIBILANT.test(verb) ? `${verb}ES` : `${verb}S`).add(`${verb}ED`).add(`${verb}ING`);
    if (SHORT_CVC.test(verb)) {
      const last = verb.at(-1)!;
      out.add(`${verb}${last}ED`).add(`${verb}${last}ING`);
    }
  }
  return [...out];
}

/** Reads `pre * post [code]`; null for a line without a verb marker or a code. */
function readPattern(body: string, line: number, verbs: readonly string[]): VerbPattern | null {
  const code = /\[([^\]]*)\]/.exec(body);
  if (!code) return null;
  const { code: forward, reverse } = codePair(code[1]!);
  const words = body.slice(0, code.index);
  const star = words.indexOf('*');
  if (star < 0) return null;
  return { pre: readElements(words.slice(0, star)), post: readElements(words.slice(star + 1)), code: forward, reverse, line, ...(verbs.length ? { for: verbs } : {}) };
}

/**
 * The verbs a pattern line's comment names (`# RATIFY`, `# WITHDRAW , WITHDRAW`, `# RATIFY <0Y 30 Jul 2003>`):
 * upper-case words before any `<` note; an editor's initials or date in lower case or digits are none.
 */
function commentVerbs(raw: string): string[] {
  const hash = raw.indexOf('#');
  if (hash < 0) return [];
  const comment = raw.slice(hash + 1).split('<')[0]!;
  return [...new Set(comment.split(/[\s,]+/).filter((w) => /^[A-Z][A-Z_]{2,}$/.test(w)))];
}

/** Splits a pattern side into elements: `(PREP …)`, `{A B}`, `$`, `+`, `^`, words and `&SYNSETS`. */
function readElements(side: string): PatternElement[] {
  const out: PatternElement[] = [];
  const re = /\(([^)]*)\)|\{([^}]*)\}|(\S+)/g;
  for (let m = re.exec(side); m; m = re.exec(side)) {
    if (m[1] !== undefined) out.push(prepElement(m[1]));
    else if (m[2] !== undefined) out.push({ kind: 'word', words: patternWords(m[2]) });
    else out.push(...tokenElements(m[3]!));
  }
  return out;
}

function prepElement(inside: string): PatternElement {
  const words = patternWords(inside.replace(/[{}]/g, ' '));
  const role = words.includes('$') ? 'source' : words.includes('+') ? 'target' : null;
  const content = words.filter((w) => w !== '$' && w !== '+' && w !== '^');
  const preps = (content[0] ?? '').split('/').filter(Boolean);
  return { kind: 'prep', preps, words: content.slice(1), role };
}

function tokenElements(raw: string): PatternElement[] {
  const out: PatternElement[] = [];
  for (const w of patternWords(raw)) {
    if (w === '$') out.push({ kind: 'role', role: 'source' });
    else if (w === '+') out.push({ kind: 'role', role: 'target' });
    else if (w !== '^' && w !== '%') out.push({ kind: 'word', words: [w] });
  }
  return out;
}

function patternWords(raw: string): PatternWord[] {
  return raw.trim().split(/[\s_]+/).filter(Boolean).map((w) => w.toUpperCase());
}

/**
 * Adds to `primary` the verbs only `secondary` knows, with their blocks' patterns (CAMEO.2.0.txt
 * dropped some verbs of the older CAMEO.verbpatterns file, URGE among them). Forms `primary`
 * has keep its reading.
 */
export function mergeVerbDictionaries(primary: VerbDictionary, secondary: VerbDictionary): VerbDictionary {
  const blocks = [...primary.blocks];
  const forms: Record<string, VerbForm[]> = Object.fromEntries(Object.entries(primary.forms).map(([k, v]) => [k, [...v]]));
  const moved = new Map<number, number>();
  for (const [word, list] of Object.entries(secondary.forms)) {
    if (forms[word]) continue;
    forms[word] = list.map((form) => {
      if (!moved.has(form.block)) {
        moved.set(form.block, blocks.length);
        const block = secondary.blocks[form.block]!;
        blocks.push({ ...block, label: `${block.label} (${secondary.source})` });
      }
      return { ...form, block: moved.get(form.block)! };
    });
  }
  const synsets = { ...secondary.synsets, ...primary.synsets };
  return { source: `${primary.source}+${secondary.source}`, synsets, blocks, forms };
}
