import type { Doc } from '../../model/document.js';
import { lowerBound } from '../../model/span.js';
import type { Attribution } from './attribution.js';

/**
 * Speakers one attribution passes on to another, once every speaker span has been resolved on its own:
 * an "I" inside someone's quotation, an "it" that goes on after an organisation's quotation.
 */

const FIRST_PERSON = /^(?:i|we|me|us)$/i;

/**
 * "“… I think we will win,” Smith said", "Naomi Martisius: Actually I think the main challenge …": an "I" or
 * "we" that speaks inside someone's quotation or interview answer is that speaker (for "we", the one who speaks
 * for it). An answer opened by its speaker's label ("Valeria Gazzola: Well, … And I think it allows us to learn
 * …") holds all of its paragraph, though its attribution covers the first sentence: `reach` gives where each
 * attribution stops holding what is said inside it. Containers are read in order of start with a stack of those
 * still open, so the pass is linear.
 */
export function firstPersonOfTheQuotation(text: string, attributions: readonly Attribution[], speakers: (string | null)[],
  reach: (a: Attribution) => number = (a) => a.end): void {
  const order = attributions.map((_, k) => k).sort((a, b) => attributions[a].start - attributions[b].start || attributions[b].end - attributions[a].end);
  const open: number[] = [];
  const ends = attributions.map(reach);
  for (const k of order) {
    const a = attributions[k];
    while (open.length && ends[open.at(-1)!] <= a.start) open.pop();
    const span = a.speakerSpan;
    const container = open.at(-1);
    if (speakers[k] === null && span && container !== undefined && FIRST_PERSON.test(text.slice(span.start, span.end))) {
      const outer = attributions[container];
      if (outer.start <= span.start && span.end <= ends[container]) speakers[k] = speakers[container];
    }
    if (speakers[k] !== null) open.push(k);
  }
}

/** Who "it" and "they" can be as a speaker: a state or organisation (and, for "they", a people). */
const COLLECTIVE = new Map<string, ReadonlySet<string>>([
  ['it', new Set(['ORG', 'GPE'])],
  ['they', new Set(['ORG', 'GPE', 'NORP'])],
]);

/**
 * "“…,” said KCNA. “Foolhardy provocation deserves harsh punishment,” it added": an "it" or "they"
 * that speaks and that the entities layer left unresolved (it resolves neither "it", mostly a thing or
 * an expletive, nor a "they" with nouns between) continues the previous attribution's speaker when that
 * is a state or organisation (for "they" also a people) and it spoke in the same or the previous sentence.
 */
export function continueCollectiveSpeakers(doc: Doc, attributions: readonly Attribution[], speakers: (string | null)[]): void {
  const sentences = doc.get('sentences');
  const types = new Map(doc.get('entities').map((e) => [e.id, e.type]));
  const sentenceOf = (offset: number) => lowerBound(sentences.length, (i) => sentences[i].end <= offset);
  for (let k = 1; k < attributions.length; k++) {
    const span = attributions[k].speakerSpan;
    const fits = span && speakers[k] === null ? COLLECTIVE.get(doc.text.slice(span.start, span.end).toLowerCase()) : undefined;
    if (!fits || !span) continue;
    const before = attributions[k - 1];
    const previous = speakers[k - 1];
    const last = Math.max(before.end, before.speakerSpan?.end ?? 0);
    if (previous === null || !fits.has(types.get(previous) ?? '') || last > span.start) continue;
    if (sentenceOf(span.start) - sentenceOf(last - 1) <= 1) speakers[k] = previous;
  }
}
