import type { Doc } from '../../model/document.js';
import { lowerTokenTexts, tokenPos } from '../../model/tokens.js';
import type { ActorsKb } from '../../kb/view.js';
import type { ClusterSet } from './names.js';
import type { Cluster } from './refs.js';

/** What a place gives the words it modifies or sets: its country and the CAMEO code it acts under. */
type CountryOfPlace = { readonly country: string; readonly cameo: string | null };

/** The tokens of a document with the cluster (if any) each already belongs to. */
export interface TokenOwners {
  readonly doc: Doc;
  readonly owner: readonly (Cluster | null)[];
  /** Sentence index of each token. */
  readonly sentence: Int32Array;
  /** Each token's text in lower case (`lowerTokenTexts`). */
  readonly lower: readonly string[];
}

/** Marks every token covered by a name or nominal mention of a cluster. */
export function tokenOwners(doc: Doc, clusters: readonly Cluster[]): TokenOwners {
  const tokens = doc.get('tokens');
  const owner: (Cluster | null)[] = new Array(tokens.length).fill(null);
  for (const c of clusters) {
    for (const r of c.refs) {
      if (r.form === 'pronoun') continue;
      // Token starts increase, so the token starting at the mention's start is found by binary search.
      let i = firstStartingFrom(tokens.start, r.start);
      if (i === tokens.length || tokens.start[i] !== r.start) continue;
      for (; i < tokens.length && tokens.start[i] < r.end; i++) owner[i] = c;
    }
  }
  const sentence = new Int32Array(tokens.length);
  const sentences = doc.get('sentences');
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s + 1 < sentences.length && sentences[s + 1].start <= tokens.start[i]) s++;
    sentence[i] = s;
  }
  return { doc, owner, sentence, lower: lowerTokenTexts(doc) };
}

/** The first index whose start is at or after `offset` (binary search without a closure: asked once per mention). */
function firstStartingFrom(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const POSSESSIVE = /^[’']s?$/;
/**
 * "Vietnamese-led forces", "US-led coalition", "Saudi-led coalition": forces led by a country are its own
 * (PLOVER codes them so). Not "-backed": "Iranian-backed militias" are not Iranian.
 */
const LED_BY = /^(\p{Lu}[\p{L}.]*)-led$/u;
const MODIFIER_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
/** How many words a run of modifiers before a head may have ("state-owned Iranian news agency"). */
const MAX_MODIFIERS = 6;

/**
 * The first token of the modifiers right before token `head` in its sentence: nouns, adjectives and
 * names ("Russian opposition", "Iraq's caretaker Prime", "Hong Kong"), and possessive "'s"; a determiner,
 * verb, preposition, number or punctuation ends it.
 */
/**
 * A verb of saying in -s between a source and a name is no noun modifying the name, however the tokeniser tagged it:
 * "the Associated Press REPORTS Zhukovskyy has been stopped" (the driver took the news agency's sector, MED).
 */
const SPEECH_VERB_S = /^(?:says|reports|writes|notes|claims|adds|tells|confirms|announces|reveals|states|tweets)$/;

export function modifierStart(view: TokenOwners, head: number): number {
  const tokens = view.doc.get('tokens');
  let first = head;
  for (let j = head - 1; j >= 0 && head - j <= MAX_MODIFIERS && view.sentence[j] === view.sentence[head]; j--) {
    const text = view.doc.text.slice(tokens.start[j], tokens.end[j]);
    const joined = tokens.end[j] === tokens.start[j + 1] || /^\s+$/.test(view.doc.text.slice(tokens.end[j], tokens.start[j + 1]));
    if (!joined || SPEECH_VERB_S.test(text)) break;
    if (view.owner[j] !== null || POSSESSIVE.test(text) || text === '-' || MODIFIER_POS.has(tokenPos(tokens, j)) || LED_BY.test(text)) first = j;
    else break;
  }
  return first;
}

/** A country (or an organisation) named among the modifiers, with the token it starts at. */
export interface ModifierCountry {
  readonly country: string | null;
  readonly countryCode: string;
  /** The organisation the actor belongs to ("Hamas militants"), when the modifier names one. */
  readonly organisation: Cluster | null;
  readonly token: number;
}

/** A place as a modifier's country: its country, and the country part of its CAMEO code (KSV for Kosovo). */
export function placeModifier(place: CountryOfPlace, token: number): ModifierCountry {
  return { country: place.country, countryCode: (place.cameo ?? place.country).slice(0, 3), organisation: null, token };
}

/**
 * The country or organisation named nearest the head among tokens `[from, to)`: a country, capital or
 * region, an organisation, or a person the KB knows ("Bush administration"). Tokens of `self` (the
 * entity whose own name is read, "Latvian Constitutional Court") are read as plain words.
 */
export function countryAmong(view: TokenOwners, kb: ActorsKb, from: number, to: number, self: Cluster | null = null): ModifierCountry | null {
  const tokens = view.doc.get('tokens');
  // In a name the first country word is whose it is ("Bosnian Serbs", "Baghdad University"); before a head, the nearest.
  const order = self === null ? Array.from({ length: to - from }, (_, k) => to - 1 - k) : Array.from({ length: to - from }, (_, k) => from + k);
  for (const j of order) {
    const c = view.owner[j] === self ? null : view.owner[j];
    if (c?.place) return placeModifier(c.place, firstOwned(view, j, c, from));
    if (c?.organisation?.cameo) {
      return { country: c.organisation.country, countryCode: c.organisation.cameo, organisation: c, token: firstOwned(view, j, c, from) };
    }
    const personCountry = c?.person?.country ?? c?.context?.country;
    if (c && c.type === 'PERSON' && personCountry) return { country: personCountry, countryCode: personCountry, organisation: null, token: firstOwned(view, j, c, from) };
    if (c !== null) continue;
    const word = view.doc.text.slice(tokens.start[j], tokens.end[j]);
    if (!/^\p{Lu}/u.test(word)) continue;
    const leader = LED_BY.exec(word);
    const led = leader ? kb.place(leader[1]!) : null;
    if (led && (led.via === 'name' || led.via === 'demonym')) return placeModifier(led, j);
    for (const start of [j - 1, j]) {
      if (start < from || (view.owner[start] !== null && view.owner[start] !== self)) continue;
      const place = kb.place(view.doc.text.slice(tokens.start[start], tokens.end[j]));
      if (place && (place.via !== 'capital' || self !== null)) return placeModifier(place, start);
    }
  }
  return null;
}

function firstOwned(view: TokenOwners, j: number, c: Cluster, from: number): number {
  let k = j;
  while (k - 1 >= from && view.owner[k - 1] === c) k--;
  return k;
}

/**
 * The longest agent phrase among tokens `[from, to)` that ends at `to`: "opposition leader" → OPP,
 * "prime minister" → GOV, "major general" → MIL. Null when none does.
 */
export function sectorEndingAt(view: TokenOwners, kb: ActorsKb, from: number, to: number): string | null {
  for (let start = Math.max(from, to - kb.agentWords); start < to; start++) {
    const words = view.lower.slice(start, to);
    if (!kb.agentStart(words[0]!)) continue;
    const agent = kb.agent(words.join(' '));
    if (agent) return agent.code;
  }
  return null;
}

/**
 * A place the lede names counts twice: the first sentence of a news story says where it happens ("the Bavarian State
 * Ministry of Public Health in Munich, Germany confirmed a case …", followed by three mentions of China in the
 * figures of the outbreak).
 */
const LEDE_WEIGHT = 2;

/**
 * The country the story is most about (other than `without`): the one named most often (names, demonyms, capitals; the
 * lede's twice), first named on a tie.
 */
export function mainCountry(set: ClusterSet, without: string | null = null): ModifierCountry | null {
  let best: Cluster | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  const counts = new Map<string, { count: number; first: number; cluster: Cluster }>();
  for (const c of set.all()) {
    if (!c.place || c.place.via === 'region' || c.place.country === without) continue;
    const entry = counts.get(c.place.country) ?? { count: 0, first: Infinity, cluster: c };
    for (const r of c.refs) {
      entry.count += r.start < set.ledeEnd ? LEDE_WEIGHT : 1;
      entry.first = Math.min(entry.first, r.start);
    }
    if (c.place.via === 'name' || c.place.via === 'demonym') entry.cluster = c;
    counts.set(c.place.country, entry);
  }
  for (const entry of counts.values()) {
    if (entry.count > bestCount || (entry.count === bestCount && entry.first < bestFirst)) {
      best = entry.cluster;
      bestCount = entry.count;
      bestFirst = entry.first;
    }
  }
  const place = best?.place;
  return place ? placeModifier(place, Infinity) : null;
}

/** Prepositions that place what a sentence tells: "in Baghdad", "outside the Russian embassy in Kyiv", "at Fishmongers' Hall". */
const SETTING = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * The country the story happens in when it is not the main one: the one whose places a preposition of place governs
 * most often ("in Christchurch", "at the Walmart in El Paso"), twice at least and more often than the main country's.
 * Police, protesters and civilians the text gives no country are of it (agents.ts), and so are police officers and
 * judges (context.ts), not of the country named most, which in a story about foreigners is theirs (an Australian gunman in New Zealand, Mexican victims in Texas, an American
 * diplomat's wife in England). One mention is no setting: "vaccines … in the United States" in a story about Samoa.
 */
export function storySetting(view: TokenOwners, main: ModifierCountry | null): ModifierCountry | null {
  const counts = new Map<string, { count: number; place: CountryOfPlace }>();
  for (let k = 0; k < view.owner.length; k++) {
    const place = placeGoverned(view, k);
    if (!place) continue;
    const entry = counts.get(place.country) ?? { count: 0, place };
    entry.count++;
    counts.set(place.country, entry);
  }
  let best: { count: number; place: CountryOfPlace } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  const atHome = main ? counts.get(main.country ?? '')?.count ?? 0 : 0;
  return best && best.count >= 2 && best.count > atHome ? placeModifier(best.place, Infinity) : null;
}

/** The place a preposition of place at token `k` governs, over "the": "in Kyiv", "at the White House". */
export function placeGoverned(view: TokenOwners, k: number): CountryOfPlace | null {
  if (!SETTING.has(view.lower[k]!)) return null;
  const tokens = view.doc.get('tokens');
  const object = k + 1 < tokens.length && view.lower[k + 1] === 'the' ? k + 2 : k + 1;
  const owner = object < tokens.length && view.sentence[object] === view.sentence[k] ? view.owner[object] : null;
  if (!owner?.place) return null;
  // A place that modifies a noun after it names that noun's owner, no setting: "in the U.S. Embassy", "the Russian embassy".
  let after = object;
  while (after < tokens.length && view.owner[after] === owner) after++;
  return after < tokens.length && view.sentence[after] === view.sentence[k] && NOUN_TAGS.has(tokenPos(tokens, after)) ? null : owner.place;
}
