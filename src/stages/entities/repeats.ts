import type { Doc } from '../../model/document.js';
import type { Sentence } from '../../model/layers.js';
import { tokenAt, tokenPos } from '../../model/tokens.js';
import { sentenceIndexOf } from './mentions.js';
import { addRef, type Cluster } from './refs.js';

/** Words before a surname that leave it the same person's ("Mr. Clarke", "Sen. Sanders"). */
const TITLE_BEFORE = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|President|Senator|Governor|Secretary|Minister|Chancellor|Judge|Justice|Mayor|Speaker|Leader)\.?$/;

/**
 * One name, one person per document: once a full name is known ("Bernie Sanders"), its
 * surname elsewhere in the text is that person even where the NER missed it ("…,” Sanders
 * said", "PENCE: Well, …" in a transcript). Only surnames that one person of the document bears,
 * written alone (no capitalised word right after it, none before it but a title), are taken.
 * One pass over the tokens.
 */
export function findRepeatedSurnames(doc: Doc, people: readonly Cluster[], all: readonly Cluster[], sentences: readonly Sentence[]): void {
  const text = doc.text;
  const tokens = doc.get('tokens');
  const bySurname = new Map<string, Cluster | null>();
  for (const c of people) {
    if (c.type !== 'PERSON' || c.nameWords.length < 2) continue;
    const surname = c.nameWords[c.nameWords.length - 1];
    bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== c ? null : c);
  }
  // a surname that is another person's first name, or some other entity's name, is not unique
  for (const c of all) {
    for (const r of c.refs) if (bySurname.has(r.text) && bySurname.get(r.text) !== c) bySurname.set(r.text, null);
    if (c.type === 'PERSON' && c.nameWords.length > 1 && bySurname.has(c.nameWords[0])) bySurname.set(c.nameWords[0], null);
  }
  const byInitials = initialsOf(people, all);
  if (bySurname.size === 0 && byInitials.size === 0) return;
  const covered = new Uint8Array(tokens.length);
  for (const c of all) for (const r of c.refs) for (let t = tokenAt(tokens, r.start); t < tokens.length && tokens.start[t] < r.end; t++) covered[t] = 1;
  const capitalised = (t: number) => t >= 0 && t < tokens.length && /^\p{Lu}/u.test(text[tokens.start[t]]);
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t]) continue;
    const word = text.slice(tokens.start[t], tokens.end[t]);
    if (!capitalised(t) && !PARTICLE_NAME.test(word)) continue;
    // a transcript writes its speakers in capitals ("PENCE: Well, look, …")
    const cluster = bySurname.get(word) ?? (word.length > 2 && word === word.toUpperCase() ? bySurname.get(titleCase(word)) : undefined)
      ?? (text[tokens.end[t]] === ':' ? byInitials.get(word) : undefined);
    if (!cluster || tokenPos(tokens, t) === 'VERB') continue;
    if (capitalised(t + 1) && word !== word.toUpperCase() && tokens.start[t + 1] - tokens.end[t] <= 1 && tokenPos(tokens, t + 1) === 'PROPN') continue;
    const before = t > 0 && tokens.start[t] - tokens.end[t - 1] <= 1 ? text.slice(tokens.start[t - 1], tokens.end[t - 1]) : '';
    if (capitalised(t - 1) && before !== '' && tokenPos(tokens, t - 1) === 'PROPN' && !TITLE_BEFORE.test(before.replace(/\.$/, ''))) continue;
    addRef(cluster, { start: tokens.start[t], end: tokens.end[t], text: word, form: 'name', sentence: sentenceIndexOf(sentences, tokens.start[t]), by: 'entities/surname' });
  }
}

/**
 * A surname led by a lower-case particle joined to it ("al-Eryani", "el-Sisi", "ad-Din"): Arabic names
 * written so begin with a small letter, and the NER, which reads capitals, misses them alone ("According to
 * al-Eryani, …").
 */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}\p{Ll}/u;

const titleCase = (w: string) => w[0] + w.slice(1).toLowerCase();

/**
 * An interview's transcript writes its speakers by their initials ("NG: This study started in 1982" for
 * Natasha Gownaris, "WSS:" for William S. Saturn): the initials of each person named in full (two to four
 * words), for a label of capitals before a colon; initials two people share, or another entity's name, stand
 * for no one.
 */
function initialsOf(people: readonly Cluster[], all: readonly Cluster[]): Map<string, Cluster | null> {
  const byInitials = new Map<string, Cluster | null>();
  for (const c of people) {
    if (c.type !== 'PERSON' || c.nameWords.length < 2 || c.nameWords.length > 4) continue;
    const initials = c.nameWords.map((w) => w[0]!).join('').toUpperCase();
    if (!/^[A-Z]{2,4}$/.test(initials)) continue;
    byInitials.set(initials, byInitials.has(initials) && byInitials.get(initials) !== c ? null : c);
  }
  for (const c of all) for (const r of c.refs) if (byInitials.has(r.text) && byInitials.get(r.text) !== c) byInitials.set(r.text, null);
  return byInitials;
}
