import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAZ_GPE, GAZ_ORG, GAZ_PER, type GazetteerData } from './gazetteer.js';

/**
 * Derives the gazetteer from the PETRARCH2 Phoenix actor dictionaries (MIT licence, Open
 * Event Data Alliance). Each block is a head name, `+` synonyms and `[CODE dates]` lines:
 * a three-letter code (possibly dated) marks a country (its synonyms are demonyms and cities), dated
 * codes or a CountryInfo/rulers note mark a person, anything else an organisation.
 */
const FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];

/** Titles are not part of a CoNLL person name, so synonyms carrying them are dropped. */
const TITLE_WORDS = new Set([
  'president', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'senator', 'sen.', 'minister', 'prime', 'premier',
  'king', 'queen', 'prince', 'general', 'gen.', 'secretary', 'chairman', 'leader', 'governor', 'ambassador', 'sheikh',
  'former', 'us', 'u.s.', 'american', 'russian', 'united', 'states', 'foreign', 'defense', 'defence', 'colonel', 'col.',
]);

interface Block {
  head: string;
  synonyms: string[];
  codes: string[];
  note: string;
}

export function readPhoenix(dictionaryDir: string): GazetteerData {
  const phrases: Record<string, number> = {};
  const countries: Record<string, string> = {};
  for (const file of FILES) {
    for (const block of blocks(readFileSync(join(dictionaryDir, file), 'utf8'))) {
      const country = block.codes.map((c) => /^([A-Z]{3})(\s|$)/.exec(c)?.[1]).filter((c) => c !== undefined).pop();
      const person = /CountryInfo|rulers/.test(block.note) || block.codes.some((c) => /\d{6}/.test(c));
      const cls = country ? GAZ_GPE : person ? GAZ_PER : GAZ_ORG;
      for (const name of [block.head, ...block.synonyms]) {
        const phrase = normalise(name);
        if (!phrase) continue;
        if (cls === GAZ_PER && phrase.split(' ').some((w) => TITLE_WORDS.has(w))) continue;
        phrases[phrase] = (phrases[phrase] ?? 0) | cls;
        if (country && !(phrase in countries)) countries[phrase] = country;
      }
    }
  }
  return { phrases, countries };
}

function* blocks(text: string): Generator<Block> {
  let current: Block | null = null;
  for (const line of text.split('\n')) {
    const content = line.replace(/#.*/, '');
    if (line.startsWith('#') || !line.trim()) continue;
    if (line.startsWith('+')) {
      current?.synonyms.push(content.slice(1));
      current?.codes.push(...codesOf(content));
    } else if (/^\s/.test(line)) {
      current?.codes.push(...codesOf(content));
    } else {
      if (current) yield current;
      current = { head: content.replace(/\[.*$/, ''), synonyms: [], codes: codesOf(content), note: line.slice(content.length) };
    }
    if (current && line.startsWith('+')) current.synonyms[current.synonyms.length - 1] = content.slice(1).replace(/\[.*$/, '');
  }
  if (current) yield current;
}

function codesOf(line: string): string[] {
  return [...line.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1].trim());
}

/** `UNITED_STATES_` → `united states`; names with parentheses or odd characters are skipped. */
function normalise(name: string): string {
  const cleaned = name.trim().replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!cleaned || /[()\/,]/.test(cleaned) || cleaned.length < 2) return '';
  return cleaned;
}
