import { join, resolve } from 'node:path';
import type { Doc } from '../../model/document.js';
import type { Mention, TokenLayer } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import type { NerModel } from './model.js';
import { loadModel } from './model-file.js';
import { facilityNames } from './facilities.js';
import { Lexicon } from './lexicon.js';
import { asNewspapers } from './newspapers.js';
import { tagWords } from './tagger.js';
import type { ConllClass, TagSpan } from './tags.js';
import { countryOf, entityType } from './types.js';

export { countryOf, conllClassOf } from './types.js';
export type { NerModel } from './model.js';

const MODEL_DIR = resolve(import.meta.dirname, '../../../models/ner');

/** Resource loader for `ner`: the shipped tagger weights and gazetteer. */
export function loadNer(dir: string = MODEL_DIR): NerModel {
  return loadModel(dir);
}

export const MODEL_BY = 'mentions/perceptron';
export const FACILITY_BY = 'mentions/facility';

/**
 * Named-entity mentions (PERSON, ORG, GPE, LOC, NORP, MISC) found by a statistical tagger
 * trained on CoNLL-2003, over Parley's own tokens and sentences.
 */
export const mentionsStage: Stage<'mentions'> = {
  name: 'mentions',
  requires: ['tokens', 'sentences'],
  provides: ['mentions'],
  resources: ['ner'],
  /** The words read so far, with their weight sums: analysis is synchronous, so one lexicon serves every document of a pipeline. */
  workspace: (resources) => new Lexicon(resources.ner as NerModel),
  run(doc: Doc, ctx) {
    return { mentions: findMentions(doc, ctx.resources.ner as NerModel, ctx.workspace as Lexicon | undefined) };
  },
};

/** Longer tokens (base64, a pasted hash) are read by their two ends: no feature looks further in. */
const LONGEST_WORD = 64;

function featureWord(text: string, start: number, end: number): string {
  if (end - start <= LONGEST_WORD) return text.slice(start, end);
  const half = LONGEST_WORD / 2;
  return text.slice(start, start + half) + text.slice(end - half, end);
}

const WORD_EDGE = /[\p{L}\p{M}\p{N}]/u;

/**
 * A mention covers whole words: where the tagger stops at a token that touches the next one
 * with letters or digits on both sides ("Airbus A300|s", "GBP|738", split so by wink), the
 * mention takes the touching tokens too, at either end.
 */
function wholeWords(text: string, tokens: TokenLayer, span: { start: number; end: number; label: string }) {
  const touches = (left: number) => tokens.end[left] === tokens.start[left + 1]
    && WORD_EDGE.test(text[tokens.end[left] - 1]) && WORD_EDGE.test(text[tokens.start[left + 1]]);
  let { start, end } = span;
  while (start > 0 && touches(start - 1)) start--;
  while (end < tokens.length && touches(end - 1)) end++;
  return { start, end, label: span.label };
}

const CLOCK_SUFFIX = /^[ap]\.?m\.?$/i;
const CLOCK_TIME = /^\d{1,2}(?:[:.]\d{2})?$/;

/**
 * "A.M." and "P.M." after a clock time are part of the time, never a name, though the tagger,
 * seeing a capitalised initialism, can call them a place: "at 4:00 A.M. on Sunday",
 * "the polls close at 8 P.M.", "by 10:30 a.m. local time".
 */
function isClockSuffix(words: readonly string[], span: TagSpan): boolean {
  return span.end - span.start === 1 && span.start > 0 && CLOCK_SUFFIX.test(words[span.start]) && CLOCK_TIME.test(words[span.start - 1]);
}

const ZONE_ABBREVIATION = /^(?:UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AEST|AEDT|ACST|AWST|NZST|NZDT|JST|KST|HKT|SGT|MSK|WIB|PKT)$/;
const ZONE_WORD = /^(?:Standard|Daylight|Summer|Mean|Universal)$/;

/**
 * A time zone is a name of no actor, MISC as CoNLL-2003 tags "GMT": "(0800 UTC)", "10 a.m. Central European Time" (a
 * name ending in "Time" after a clock time), "Eastern Standard Time". The tagger calls them organisations now and then,
 * and an organisation the KB does not know takes the story's country (11 of the 49 mentions of "UTC" in the 315
 * Wikinews articles were an organisation of some country).
 */
function isTimeZone(words: readonly string[], span: TagSpan): boolean {
  if (span.end - span.start === 1) return ZONE_ABBREVIATION.test(words[span.start]);
  if (words[span.end - 1] !== 'Time') return false;
  return ZONE_WORD.test(words[span.end - 2]) || (span.start > 0 && (CLOCK_SUFFIX.test(words[span.start - 1]) || CLOCK_TIME.test(words[span.start - 1])));
}

/** A name joined to a participle by a hyphen: "Qaeda-linked", "U.S.-led", "Toronto-based". */
const NAME_COMPOUND = /^\p{Lu}[\p{L}\p{M}.'’]*-\p{Ll}+(?:ed|en)$/u;

/**
 * A name compounded with a participle is a name of its own (CoNLL-2003 tags "U.S.-led", "Toronto-based" MISC), and
 * the name it modifies begins after it: "the Al Qaeda-linked | Somali militant group", "the Kremlin-backed |
 * Russian government". The tagger sometimes runs the two together; in CoNLL-2003 train no such word (71 tagged
 * MISC) is followed by a word of the same name.
 */
export function splitAfterCompounds<S extends TagSpan>(words: readonly string[], spans: readonly S[]): S[] {
  const out: S[] = [];
  for (const span of spans) {
    let start = span.start;
    for (let i = span.start; i < span.end - 1; i++) {
      if (!NAME_COMPOUND.test(words[i])) continue;
      out.push({ ...span, start, end: i + 1 });
      start = i + 1;
    }
    out.push(start === span.start ? span : { ...span, start });
  }
  return out;
}

export function findMentions(doc: Doc, model: NerModel, lexicon = new Lexicon(model)): Mention[] {
  const tokens = doc.get('tokens');
  const words: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = featureWord(doc.text, tokens.start[i], tokens.end[i]);
  const sentences = doc.get('sentences').map((s) => ({ start: s.tokenStart, end: s.tokenEnd }));
  const tagged = splitAfterCompounds(words, tagWords(model, words, sentences, lexicon).filter((span) => !isClockSuffix(words, span)))
    .map((span) => (span.label !== 'MISC' && isTimeZone(words, span) ? { ...span, label: 'MISC' } : span));
  const mentions = oneClassPerName(doc.text, tokens, tagged).map((tagged): Mention => {
    const span = wholeWords(doc.text, tokens, tagged);
    const start = tokens.start[span.start];
    const end = tokens.end[span.end - 1];
    const text = doc.text.slice(start, end);
    const type = entityType(span.label as ConllClass, text, model.gazetteer);
    return {
      start,
      end,
      type,
      country: countryOf(type, text, model.gazetteer),
      tokenStart: span.start,
      tokenEnd: span.end,
      by: MODEL_BY,
    };
  });
  return asNewspapers(doc.text, tokens, asFacilities(doc.text, mentions), model.gazetteer);
}

/**
 * One class per name in a document, where the tagger wavers between MISC (its class of names it cannot place) and
 * one other class: "Iranian airline Mahan Air" MISC, later "Mahan Air" ORG; "Ebola" MISC, then ORG. Every mention
 * takes the class most of them have, on a tie the other class. Without it the entities stage keeps two entities of
 * one name, one of them with the story's country. Names the tagger gives two of PER, ORG and LOC are left alone:
 * voting there lost 0.4 F1 on CoNLL-2003 dev (a city and its team, a firm and its founder), this rule gains 0.08.
 */
export function oneClassPerName<S extends TagSpan>(text: string, tokens: TokenLayer, spans: readonly S[]): S[] {
  const nameOf = (s: S) => text.slice(tokens.start[s.start], tokens.end[s.end - 1]);
  const byName = new Map<string, Map<string, number>>();
  for (const s of spans) {
    const name = nameOf(s);
    const counts = byName.get(name) ?? new Map<string, number>();
    counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
    byName.set(name, counts);
  }
  const chosen = new Map<string, string>();
  for (const [name, counts] of byName) {
    if (counts.size !== 2 || !counts.has('MISC')) continue;
    const misc = counts.get('MISC')!;
    const [other, count] = [...counts].find(([label]) => label !== 'MISC')!;
    chosen.set(name, misc > count ? 'MISC' : other);
  }
  if (chosen.size === 0) return [...spans];
  return spans.map((s) => {
    const label = chosen.get(nameOf(s));
    return label === undefined || label === s.label ? s : { ...s, label };
  });
}

/** Mentions of the names `facilityNames` finds are places, by the facility rule. */
function asFacilities(text: string, mentions: Mention[]): Mention[] {
  const names = facilityNames(text, mentions);
  if (names.size === 0) return mentions;
  return mentions.map((m) => (names.has(text.slice(m.start, m.end)) ? { ...m, type: 'LOC', country: null, by: FACILITY_BY } : m));
}
