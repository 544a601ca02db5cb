import type { Doc } from '../../model/document.js';
import type { Sentence, TokenLayer } from '../../model/layers.js';
import { tokenAt } from '../../model/tokens.js';
import type { ActorsKb } from '../../kb/view.js';
import { isTitleWord } from '../../language/titles.js';
import type { NameMention } from './name-mention.js';

/** How many words a known name may add to a mention on either side. */
const MAX_WORDS_BEFORE = 3;
const MAX_WORDS_AFTER = 6;
/** Lower-case words that join the capitalised words of a name: "Alternative for Germany", "Meet the Press". */
const JOINERS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'del', 'la', 'al']);
const WORD = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
/**
 * A name does not grow over a determiner ("The United States" is the United States), nor to end in a title or
 * agent noun: Phoenix files "German Chancellor" under the Reichstag and "United States President" and "American
 * Vice-President" as actors, but "German Chancellor Angela Merkel" and "former US Vice-President Joe Biden" name a person.
 */
const DETERMINER = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)$/;
/** "Vice-President" of "US Vice-President": a title word, or a hyphened one whose last part is ("Vice-President"). */
function endsInTitle(word: string): boolean {
  return isTitleWord(word) || isTitleWord(word.slice(word.lastIndexOf('-') + 1));
}
/** "People's" in "Democratic People's Republic of Korea": wink's tokens split the possessive off. */
const POSSESSIVE = /^[’']s$/;

/**
 * The entity model tags pieces of multi-word organisation names it rarely saw in training, and gives
 * some the type of a place or nationality. A name the knowledge base knows as an organisation
 * overrides both: the mention grows to the whole name (merging the pieces it covers) and is an ORG.
 *
 * | text | entity model | known name |
 * | --- | --- | --- |
 * | "the far-right Alternative for Germany won" (issue 15) | ORG "Alternative", GPE "Germany" | Alternative for Germany |
 * | "The Houthi movement said" | ORG "Houthi" | Houthi movement |
 * | "Islamic State claimed responsibility" | NORP "Islamic" | Islamic State |
 * | "The Associated Press reported" | GPE "Associated Press" | Associated Press (ORG) |
 * | "the Democratic People's Republic of Korea" | ORG "Democratic People's Republic", GPE "Korea" | (GPE) |
 *
 * Added words are capitalised or join capitalised words ("for", "of the"); a name ending in a lower-case
 * word ("Houthi movement") must be written as the knowledge base writes it. Places are left alone.
 */
export function growToKnownNames<M extends NameMention>(doc: Doc, spans: readonly M[], sentences: readonly Sentence[], kb: ActorsKb): M[] {
  const tokens = doc.get('tokens');
  const out: M[] = [];
  for (const [k, m] of spans.entries()) {
    if (out.length && m.end <= out[out.length - 1].end) continue; // merged into the name before it
    const grown = knownName(doc, m, sentences[m.sentence], kb, tokens, spans[k + 1]);
    if (grown) {
      while (out.length && out[out.length - 1].end > grown.start) out.pop();
      out.push(grown);
    } else {
      out.push(asKnownType(m, kb));
    }
  }
  return out;
}

function asKnownType<M extends NameMention>(m: M, kb: ActorsKb): M {
  if (m.type === 'ORG' || m.type === 'PERSON' || !m.name.includes(' ')) return m;
  return kb.organisation(m.name) && !kb.place(m.name) ? { ...m, type: 'ORG' } : m;
}

function knownName<M extends NameMention>(doc: Doc, m: M, sentence: Sentence | undefined, kb: ActorsKb, tokens: TokenLayer, next: M | undefined): M | null {
  if (!sentence) return null;
  const wordAt = (i: number) => doc.text.slice(tokens.start[i], tokens.end[i]);
  const first = tokenAt(tokens, m.start);
  const last = tokenAt(tokens, m.end - 1);
  if (first >= tokens.length || last >= tokens.length) return null;
  const joined = (a: number, b: number) => !doc.text.slice(tokens.end[a], tokens.start[b]).includes('\n');
  // a title right before a person's name is the person's, not an office the KB files as an actor
  const titleOfNext = (end: number) => next?.type === 'PERSON' && next.start - tokens.end[end] <= 1 && endsInTitle(wordAt(end));
  let from = first;
  for (let i = first - 1; i >= Math.max(sentence.tokenStart, first - MAX_WORDS_BEFORE) && joined(i, i + 1); i--) {
    if (!CAPITALISED.test(wordAt(i)) || !WORD.test(wordAt(i))) break;
    from = i;
  }
  let to = last;
  for (let i = last + 1; i <= Math.min(sentence.tokenEnd - 1, last + MAX_WORDS_AFTER) && joined(i - 1, i); i++) {
    const word = wordAt(i);
    const possessive = POSSESSIVE.test(word) && tokens.start[i] === tokens.end[i - 1];
    if (!WORD.test(word) && !possessive) break;
    to = i;
  }
  for (let start = from; start <= first; start++) {
    for (let end = to; end >= last; end--) {
      if (start === first && end === last) continue;
      const name = doc.text.slice(tokens.start[start], tokens.end[end]);
      if (!fitsName(name.split(/\s+/), start < first, end > last)) continue;
      if (DETERMINER.test(wordAt(start)) || kb.agent(wordAt(end).toLowerCase()) !== null || titleOfNext(end)) continue;
      const type = knownType(name, kb, CAPITALISED.test(wordAt(end)));
      if (type === null) continue;
      const s = tokens.start[start];
      return { ...m, start: s, end: tokens.end[end], type, name, nameStart: s, parts: [{ start: s, end: tokens.end[end] }] };
    }
  }
  return null;
}

/**
 * ORG for an organisation's name, GPE for a country's own name ("Democratic People's Republic of Korea",
 * split by the entity model into "Democratic People's Republic" and "Korea"); a name ending in a lower-case
 * word only as the KB writes an organisation's name ("Houthi movement").
 */
function knownType(name: string, kb: ActorsKb, capitalisedEnd: boolean): 'ORG' | 'GPE' | null {
  const place = kb.place(name);
  if (place) return place.via === 'name' && capitalisedEnd ? 'GPE' : null;
  const org = kb.organisation(name);
  return org && (capitalisedEnd || org.name === name) ? 'ORG' : null;
}

/** Capitalised words with lower-case joiners between them; a lower-case last word only as the KB writes it (checked after). */
function fitsName(words: readonly string[], grewBefore: boolean, grewAfter: boolean): boolean {
  if (words.length < 2 || !CAPITALISED.test(words[0])) return false;
  if (grewBefore && JOINERS.has(words[0])) return false;
  for (let i = 1; i < words.length - 1; i++) if (!CAPITALISED.test(words[i]) && !JOINERS.has(words[i])) return false;
  return grewAfter || CAPITALISED.test(words[words.length - 1]);
}
