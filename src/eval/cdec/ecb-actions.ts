/**
 * Reader for the event (action) mentions of ECB+ (Cybulska & Vossen 2014) and their gold
 * cross-document coreference. A mention's gold instance is the `note` of the CROSS_DOC_COREF
 * relation it takes part in; mentions joined only by INTRA_DOC_COREF form a chain of their own;
 * any other mention is a singleton. As in the standard setting (Cybulska & Vossen 2015; Barhom
 * et al. 2019), only the sentences `ECBplus_coreference_sentences.csv` lists are read: outside
 * them mentions are annotated only now and then.
 */
import type { Span } from '../../model/span.js';
import { readRelations, readTokens } from '../time/cat-xml.js';
import { anchoredMarkables, rebuildEcbText } from '../time/ecb-text.js';

/** ECB+'s event tags; the NEG_ variants mark events said not to happen, which corefer like any other. */
export const ACTION_TAGS = [
  'ACTION_OCCURRENCE', 'ACTION_STATE', 'ACTION_REPORTING', 'ACTION_ASPECTUAL', 'ACTION_GENERIC', 'ACTION_CAUSATIVE', 'ACTION_PERCEPTION',
  'NEG_ACTION_OCCURRENCE', 'NEG_ACTION_STATE', 'NEG_ACTION_REPORTING', 'NEG_ACTION_ASPECTUAL', 'NEG_ACTION_GENERIC',
  'NEG_ACTION_CAUSATIVE', 'NEG_ACTION_PERCEPTION',
] as const;

export interface ActionMention extends Span {
  /** `<file id>:<m_id>`, unique in the corpus. */
  readonly id: string;
  readonly tag: string;
  readonly text: string;
  /** The gold event it refers to: a CROSS_DOC_COREF note, an intra-document chain, or the mention itself. */
  readonly instance: string;
}

export interface EcbActionDocument {
  /** The file name without `.xml`: "2_1ecb". */
  readonly id: string;
  readonly topic: number;
  /** ECB+ pairs each topic's original texts (`ecb`) with texts on a second, similar event (`ecbplus`). */
  readonly subtopic: 'ecb' | 'ecbplus';
  readonly text: string;
  readonly mentions: readonly ActionMention[];
}


/** The topic number and subtopic of a file id such as "12_3ecbplus"; null for any other name. */
export function parseEcbId(id: string): { topic: number; subtopic: 'ecb' | 'ecbplus' } | null {
  const m = /^(\d+)_\d+(ecb|ecbplus)$/.exec(id);
  return m ? { topic: Number(m[1]), subtopic: m[2] as 'ecb' | 'ecbplus' } : null;
}


/** Gold instance of every markable that takes part in a coreference relation, by m_id (union-find over the relations). */
function instancesOf(xml: string, id: string): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const [ra, rb] = [find(a), find(b)];
    // a CROSS_DOC_COREF note stays the root, so the instance name is comparable across files
    if (ra !== rb) rb.startsWith('note:') ? parent.set(ra, rb) : parent.set(rb, ra);
  };
  const m = (mid: string) => `m:${mid}`;
  for (const r of readRelations(xml, 'CROSS_DOC_COREF')) {
    for (const mid of [...r.sources, ...r.targets]) union(m(mid), `note:${r.attrs.note}`);
  }
  for (const r of readRelations(xml, 'INTRA_DOC_COREF')) {
    const ends = [...r.sources, ...r.targets];
    for (const mid of ends.slice(1)) union(m(ends[0]), m(mid));
  }
  const out = new Map<string, string>();
  for (const key of parent.keys()) {
    if (!key.startsWith('m:')) continue;
    const root = find(key);
    out.set(key.slice(2), root.startsWith('note:') ? root.slice(5) : `${id}:chain:${root.slice(2)}`);
  }
  return out;
}

/** One ECB+ file's text and its anchored action mentions in the `annotated` sentences, in text order. */
export function readEcbActions(xml: string, id: string, annotated: ReadonlySet<number>): EcbActionDocument {
  const name = parseEcbId(id);
  if (!name) throw new Error(`not an ECB+ file id: ${id}`);
  const rebuilt = rebuildEcbText(id, readTokens(xml));
  const instances = instancesOf(xml, id);
  const mentions: ActionMention[] = [];
  for (const tag of ACTION_TAGS) {
    for (const { attrs, start, end, text: words } of anchoredMarkables(xml, tag, rebuilt, annotated)) {
      const mid = attrs.m_id;
      mentions.push({ id: `${id}:${mid}`, tag, start, end, text: words, instance: instances.get(mid) ?? `${id}:${mid}` });
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { id, ...name, text: rebuilt.text, mentions };
}
