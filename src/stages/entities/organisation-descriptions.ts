import type { Doc } from '../../model/document.js';
import type { Sentence } from '../../model/layers.js';
import { lowerBound } from '../../model/span.js';
import type { ClusterSet } from './names.js';
import { kindBefore, kindInApposition } from './organisation-nouns.js';
import { addRef, type Cluster } from './refs.js';

/**
 * Nouns of a kind of organisation that, after "the", name again an organisation the text named: "the academy" (the
 * Royal Swedish Academy of Sciences), "the organization" (the World Health Organization), "the company" (energy company
 * Gazprom). Nouns that as often name a body of the speaker's own ("the government", "the police") or a crowd ("the
 * group") are the agents' and pronouns' business, not this one's.
 */
const DESCRIPTIONS = new Set([
  'academy', 'agency', 'association', 'bank', 'charity', 'coalition', 'commission', 'committee', 'company', 'corporation',
  'council', 'federation', 'firm', 'foundation', 'institute', 'institution', 'league', 'ministry', 'network', 'newspaper',
  'organisation', 'organization', 'airline', 'broadcaster', 'university', 'watchdog', 'carrier', 'manufacturer', 'retailer',
]);

/**
 * "the academy", "The company", "the agency's": "the", one noun, and no name, "of" phrase or relative clause after it (which
 * would say which one: "the organisation WHICH is called SAMPAD").
 */
const DESCRIPTION = /\b[Tt]he\s+(\p{Ll}+)(?=(?:['’]s)?\b)(?!\s+(?:of|which|that|who|whose|called|named)\b|\s+\p{Lu})/gu;

/** How many sentences back the organisation a description names again may have been last mentioned. */
const REACH = 4;

/**
 * "The Royal Swedish Academy of Sciences announced the winners. … according to THE ACADEMY, over four thousand other
 * exoplanets have been discovered": a definite noun of a kind of organisation is a mention of the organisation last
 * mentioned before it (within four sentences) whose name holds that noun ("Academy"), or that the text called so
 * ("energy COMPANY Gazprom", "Memorial, a Russian rights GROUP"). "The organization" of any organisation is not read: in
 * the Wikinews articles it named mostly one the text had not named. A description another mention already covers ("the
 * police", an agent) is left alone.
 */
export function resolveOrganisationDescriptions(doc: Doc, set: ClusterSet, sentences: readonly Sentence[]): void {
  const organisations = set.all().filter((c) => c.type === 'ORG' && !c.context?.agent && c.refs.length > 0);
  if (organisations.length === 0) return;
  const taken = coveredSpans(set.all());
  for (const m of doc.text.matchAll(DESCRIPTION)) {
    const noun = m[1]!;
    if (!DESCRIPTIONS.has(noun)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const sentence = sentenceAt(sentences, start);
    const named = lastNamed(doc.text, organisations, noun, start, sentence);
    if (named) addRef(named, { start, end, text: doc.text.slice(start, end), form: 'nominal', sentence, by: 'entities/organisation-description' });
  }
}

/** The organisation of kind `noun` mentioned last before `at`, no more than REACH sentences back; null when none. */
function lastNamed(text: string, organisations: readonly Cluster[], noun: string, at: number, sentence: number): Cluster | null {
  let best: Cluster | null = null;
  let latest = -1;
  for (const c of organisations) {
    if (!ofKind(text, c, noun)) continue;
    for (const r of c.refs) if (r.start < at && r.start > latest && sentence - r.sentence <= REACH) [best, latest] = [c, r.start];
  }
  return best;
}

/** Whether an organisation is of the kind a noun names: by its name ("Academy"), or by the noun the text put before it or heading its apposition. */
function ofKind(text: string, c: Cluster, noun: string): boolean {
  const word = new RegExp(`(?:^|\\s)${noun}(?:\\s|$)`, 'i');
  return c.refs.some((r) => r.form === 'name' && (word.test(r.text) || kindBefore(text, r.start) === noun || kindInApposition(text.slice(r.end, r.end + 80)) === noun));
}

function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return Math.max(0, lowerBound(sentences.length, (i) => sentences[i]!.start <= offset) - 1);
}

/** Whether a span overlaps a mention any cluster holds. */
function coveredSpans(clusters: readonly Cluster[]): (start: number, end: number) => boolean {
  const spans = clusters.flatMap((c) => c.refs.map((r) => [r.start, r.end] as const)).sort((a, b) => a[0] - b[0]);
  return (start, end) => {
    const from = lowerBound(spans.length, (i) => spans[i]![0] < end);
    for (let i = from - 1; i >= 0 && i >= from - 8; i--) if (spans[i]![1] > start) return true;
    return false;
  };
}
