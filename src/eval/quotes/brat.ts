import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../model/errors.js';
import type { Span } from '../../model/span.js';

/** One gold attribution relation: who (source), how (cue), what (content). Spans may be discontinuous. */
export interface GoldAttribution {
  readonly content: readonly Span[];
  readonly cue: readonly Span[];
  /** Empty for `Attribution-no-source` relations. */
  readonly source: readonly Span[];
}

export interface BratDocument {
  readonly id: string;
  readonly text: string;
  readonly annotator: string;
  readonly attributions: readonly GoldAttribution[];
}

/**
 * Parses a BRAT standoff `.ann` (PolNeAR layout): `T` lines are typed spans
 * (`T3\tContent 13 98;100 120\t…`), `E` lines tie them into a relation by role.
 * Continuation lines of multi-line covered text start with none of T/E/# and are skipped.
 */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const relations: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const fields = line.split('\t');
    if (line.startsWith('T') && fields.length >= 2) {
      const [, ...ranges] = fields[1].split(' ');
      const parts = ranges.join(' ').split(';').map((r) => r.trim().split(' ').map(Number));
      if (parts.some(([s, e]) => !Number.isInteger(s) || !Number.isInteger(e))) continue;
      spans.set(fields[0], parts.map(([start, end]) => ({ start, end })));
    } else if (line.startsWith('E') && fields.length >= 2) {
      const roles: Record<string, string> = {};
      for (const arg of fields[1].split(' ')) {
        const [role, id] = arg.split(':');
        if (role && id) roles[role] = id;
      }
      relations.push(roles);
    }
  }
  const get = (id: string | undefined) => (id ? spans.get(id) ?? [] : []);
  return relations
    .map((r) => ({ content: get(r.Content), cue: get(r.Cue), source: get(r.Source) }))
    .filter((a) => a.content.length > 0);
}

/**
 * Reads a PolNeAR split folder (`text/*.txt`, `attributions/<stem>_<annotator>.ann`). When
 * several annotators did one text, the alphabetically first annotator's file is used, so
 * every run scores against the same gold.
 */
export function readBratFolder(dir: string): BratDocument[] {
  let texts: string[];
  let anns: string[];
  try {
    texts = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
    anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  } catch {
    throw new ParleyError('E_INPUT_FORMAT', `'${dir}' is not a BRAT folder with text/ and attributions/ (PolNeAR layout); pass e.g. --brat ../shared/data/polnear/dev`);
  }
  const annFor = new Map<string, string>();
  for (const file of anns) {
    const match = /^(.*)_([0-9a-f]{4})\.ann$/.exec(file);
    if (match && !annFor.has(match[1])) annFor.set(match[1], file);
  }
  const docs: BratDocument[] = [];
  for (const file of texts) {
    const stem = file.slice(0, -4);
    const ann = annFor.get(stem);
    if (!ann) continue;
    docs.push({
      id: stem,
      text: readFileSync(join(dir, 'text', file), 'utf8'),
      annotator: ann.slice(stem.length + 1, -4),
      attributions: parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8')),
    });
  }
  if (docs.length === 0) throw new ParleyError('E_INPUT_FORMAT', `no annotated texts in '${dir}'`);
  return docs;
}
