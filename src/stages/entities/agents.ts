import type { Doc } from '../../model/document.js';
import type { TokenLayer } from '../../model/layers.js';
import { tokenPos } from '../../model/tokens.js';
import type { ActorsKb } from '../../kb/view.js';
import { countryAmong, mainCountry, modifierStart, placeGoverned, placeModifier, storySetting, tokenOwners, type ModifierCountry, type TokenOwners } from './modifiers.js';
import type { ClusterSet } from './names.js';
import { addRef, newCluster, type Cluster, type Ref } from './refs.js';
import { isReligionCode } from './religious-names.js';
import { isTitleWord } from '../../language/titles.js';

/** Words after an agent that place it: "police in Hong Kong", "opposition groups in Zimbabwe". */
const PLACING = new Set(['in', 'of', 'from']);
const HEAD_BREAKERS = new Set(['NOUN', 'PROPN']);
/**
 * A singular agent noun names one person or one building ("a diplomat", "the president", "the embassy")
 * unless it names a body that acts as one: these heads do. Plurals and nouns without a plural ("police") always do.
 */
const COLLECTIVE = new Set([
  'police', 'military', 'army', 'navy', 'government', 'administration', 'parliament', 'legislature', 'congress', 'senate',
  'opposition', 'junta', 'regime', 'cabinet', 'media', 'press', 'judiciary', 'coalition', 'guard', 'gendarmerie', 'militia',
  'leadership', 'authority', 'force', 'forces', 'assembly', 'council', 'ministry', 'party', 'movement', 'group', 'alliance',
  'union', 'front', 'insurgency', 'rebellion', 'public', 'community', 'population', 'electorate', 'workforce', 'clergy', 'church',
]);

/**
 * The spans of the titles read right before people's names ("United States Senator from Vermont" before Bernie
 * Sanders): their words are the person's role, no agent of their own (a title with a "from" phrase is not taken into
 * the name, so its tokens have no owner). A title after the name ("Keith Holloway, an NTSB spokesman") stays an agent,
 * which lends the person its sector.
 */
function titleSpans(set: ClusterSet): TitleSpans {
  const spans = set.all().flatMap((c) => (c.type !== 'PERSON' ? [] : c.textRoles.flatMap((r) => (r.span && c.refs.some((x) => x.start === r.span!.end) ? [r.span] : []))));
  return { spans: spans.sort((a, b) => a.start - b.start), next: 0, reach: -1 };
}

/** The title spans in start order, and how far those already passed reach: offsets are asked in increasing order. */
interface TitleSpans { readonly spans: ReadonlyArray<{ readonly start: number; readonly end: number }>; next: number; reach: number }

/** Whether offset `at` (asked in increasing order) lies inside a title span: one pass over the spans for a whole document. */
function insideTitle(titles: TitleSpans, at: number): boolean {
  while (titles.next < titles.spans.length && titles.spans[titles.next].start <= at) titles.reach = Math.max(titles.reach, titles.spans[titles.next++].end);
  return at < titles.reach;
}

/**
 * Common-noun actors, as the Phoenix agents dictionary lists them: "Iraqi lawmakers" (IRQLEG), "Hong Kong
 * police" (HKGCOP), "the military" (MIL of the story's country). An agent phrase counts only as the head of
 * its noun phrase ("police" in "police complex" does not). Its country comes from a country or organisation
 * among its modifiers ("Iraqi", "Iraq's", "Hong Kong"), from a place right after it ("in Hong Kong"), from the
 * same words named earlier with a country ("according to SYRIAN state media … according to state media", "two
 * million SYRIAN refugees … a safe zone for refugees"; not "the government", which is the story's own more often
 * than the foreign one named before it); police, protesters and rebels from the place their sentence happens in
 * (`countryOfSetting`), these and civilians from the country their story happens in (`storySetting`); or else from
 * the story's main country. An organisation among the modifiers takes the phrase as its own mention ("Houthi rebels"
 * is the Houthi movement). Agents of one country and code are one entity.
 */
export function findAgents(doc: Doc, set: ClusterSet, kb: ActorsKb): void {
  const view = tokenOwners(doc, set.all());
  const tokens = doc.get('tokens');
  const main = mainCountry(set);
  const setting = storySetting(view, main) ?? main;
  const earlier = new Map<string, ModifierCountry>();
  const titles = titleSpans(set);
  for (let i = 0; i < tokens.length; i++) {
    if (view.owner[i] !== null || doc.text[tokens.start[i] - 1] === '-' || insideTitle(titles, tokens.start[i])) continue;
    const match = agentAt(view, kb, i);
    if (!match) continue;
    const last = i + match.words - 1;
    if (i > 0 && view.sentence[i - 1] === view.sentence[i] && OTHER_SENSE.get(view.lower[last]!)?.has(view.lower[i - 1]!)) continue;
    i = last;
    const next = last + 1;
    // A plural is rarely a noun's modifier ("police complex" is, "negotiators return" is not).
    if (match.number !== 'plural' && next < tokens.length && view.sentence[next] === view.sentence[last] && (HEAD_BREAKERS.has(tokenPos(tokens, next)) || adjectiveHead(view, tokens, next))
      && /^\s*$/.test(doc.text.slice(tokens.end[last], tokens.start[next]))) continue;
    const first = modifierStart(view, i - match.words + 1);
    // whose they are ("Russia is to withdraw ITS troops from Syria") outranks where they are or come from
    const named = countryAmong(view, kb, first, last - match.words + 1) ?? countryOfPossessor(view, first) ?? countryAfter(view, last) ?? (STATE_BODIES.has(match.code) ? countryOfHolder(view, last) : null)
      ?? countryReferredTo(view, i - match.words + 1) ?? (ON_THE_SPOT.has(match.code) ? countryOfSetting(view, i - match.words + 1) : null);
    const start = tokens.start[named && named.token < i - match.words + 1 ? named.token : i - match.words + 1];
    const end = tokens.end[last];
    const ref = { start, end, text: doc.text.slice(start, end), form: 'nominal' as const, sentence: view.sentence[last], by: 'entities/agent' };
    if (named?.organisation) {
      addRef(named.organisation, ref);
      continue;
    }
    // One person ("a Karen guerrilla") is an entity of its own; groups of one country and code are one entity.
    const head = view.lower[last]!;
    const individual = match.number === 'singular' && !COLLECTIVE.has(head);
    const again = individual || match.code === 'GOV' ? null : phraseOf(doc, tokens, i - match.words + 1, last);
    if (again && named) earlier.set(again, { ...named, token: Infinity });
    // a foreign group is neither the story's nor the one of the same noun named before with a country ("Afghan forces")
    const foreign = foreignTo(view, first, i - match.words + 1);
    const unnamed = foreign ? null : (again ? earlier.get(again) : undefined) ?? (AT_HOME.has(match.code) ? setting : main);
    addAgent(set, named ?? unnamed, match.code, ref, individual ? `:${start}` : BY_NOUN.has(match.code) ? `:${singular(head)}` : '');
    // "French and Egyptian warships": each country named in the coordination has its own.
    const before = named ? coordinated(view, kb, named.token) : null;
    if (before && !before.organisation) {
      const start = tokens.start[before.token];
      addAgent(set, before, match.code, { ...ref, start, text: doc.text.slice(start, end) });
    }
  }
}

/** Modifiers that say the group is not of the country the story is about: "FOREIGN forces", "OVERSEAS troops". */
const FOREIGN: ReadonlySet<string> = new Set(['foreign', 'overseas']);

/**
 * "The Taliban wants foreign forces to leave" in a story about Afghanistan: a group its modifiers call foreign is of no
 * country the text gives, and of all countries not the story's (it was AFGMIL); a country named with it still counts.
 */
function foreignTo(view: TokenOwners, first: number, head: number): boolean {
  for (let k = first; k < head; k++) if (FOREIGN.has(view.lower[k]!)) return true;
  return false;
}

/** Words that end a noun phrase: what follows its head. */
const PHRASE_ENDERS = new Set(['ADP', 'PUNCT', 'VERB', 'AUX', 'CCONJ', 'SCONJ', 'PART']);

/**
 * "Turkey began a military OFFENSIVE against Kurdish forces": a word the tokeniser tags as an adjective right after a
 * singular agent noun, with the noun phrase ending after it, is the phrase's head noun, and the agent noun its modifier
 * — no party ("offensive" is an adjective as often as a noun; "Hong Kong's principal police COMPLEX"). A participle
 * after the noun modifies it ("a man ARMED with a knife"); an adjective inside a longer phrase, or after a plural
 * ("troops present"), is left to the other tests.
 */
function adjectiveHead(view: TokenOwners, tokens: TokenLayer, k: number): boolean {
  if (tokenPos(tokens, k) !== 'ADJ' || view.lower[k]!.endsWith('ed')) return false;
  return k + 1 >= tokens.length || view.sentence[k + 1] !== view.sentence[k] || PHRASE_ENDERS.has(tokenPos(tokens, k + 1));
}

/**
 * Compounds whose head is an agent noun in another sense, by the word before it: "social media" are platforms and
 * their users, not the press ("expressed their outrage on SOCIAL MEDIA" is no act aimed at the media); "a birthday
 * party", "a third party" and "an age group" are no political party or armed group.
 */
const OTHER_SENSE: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const party = new Set(['birthday', 'dinner', 'garden', 'tea', 'search', 'third', 'launch']);
  const group = new Set(['age', 'blood', 'focus', 'peer', 'income']);
  return new Map([['media', new Set(['social'])], ['party', party], ['parties', party], ['group', group], ['groups', group]]);
})();

/** The agent's own words, lower case and singular ("state media", "refugee"): the key of the same group named again. */
function phraseOf(doc: Doc, tokens: TokenLayer, first: number, last: number): string {
  return singular(doc.text.slice(tokens.start[first], tokens.end[last]).toLowerCase());
}

/**
 * Codes whose nouns name different groups, kept apart by their noun: civilians (the catch-all: "scientists" and
 * "the population" are not one group), the judiciary (prosecutors and defence lawyers are opposing sides),
 * education, health, business and criminals (a school and its students, a hospital and its doctors). The
 * nouns of the other codes name one body ("police" and "officers", "troops" and "the military", "officials"
 * and "the government"), which stays one entity.
 */
const BY_NOUN = new Set(['CVL', 'JUD', 'EDU', 'HLH', 'BUS', 'CRM']);

/** A phrase ending in a capitalised word: "Muslims", "Rohingya Muslims" (not "archbishops"). */
const FOLLOWERS_NOUN = /(?:^|\s)\p{Lu}[\p{L}'’-]*$/u;

/** "scientists" → "scientist", "communities" → "community": one key for a noun's two numbers. */
function singular(noun: string): string {
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  return noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun;
}

/**
 * Adds a mention to the agent entity of its country and code (one per country and code, unless `distinct`). The followers
 * of a religion ("Muslims" MUS, "Christians" CHR: a capitalised noun of a religion code) are NORP, as OntoNotes types
 * them; its clergy and bodies ("archbishops", "the diocese") and every other agent are ORG.
 */
export function addAgent(set: ClusterSet, country: ModifierCountry | null, code: string, ref: Ref, distinct = ''): void {
  const cluster = set.keyed(`agent:${country?.countryCode ?? ''}:${code}${distinct}`, () => {
    const c = newCluster(isReligionCode(code) && FOLLOWERS_NOUN.test(ref.text) ? 'NORP' : 'ORG');
    c.context = { country: country?.country ?? null, countryCode: country?.countryCode ?? null, sector: code, agent: true };
    return c;
  });
  addRef(cluster, ref);
}

/**
 * A singular agent noun (tokens `i` to `last`) counts when a proper adjective or name qualifies it: "a Karen guerrilla",
 * "a Moslem fundamentalist", "Taiwan's Vice Foreign Minister visited Russia". A word of an office title is no such
 * modifier when the holder is named after the title ("Deputy Chief Minister Francis D'Souza", "Lieutenant Governor of
 * Colorado", "Malaysia's Prime Minister, Najib Razak"): the title is that person's, no body's.
 */
function afterProperModifier(view: TokenOwners, i: number, last: number): boolean {
  const tokens = view.doc.get('tokens');
  const before = i - 1;
  if (before < 0 || view.sentence[before] !== view.sentence[i]) return false;
  const word = view.doc.text.slice(tokens.start[before], tokens.end[before]);
  if (!/^\p{Lu}/u.test(word) || !MODIFIER_TAGS.has(tokenPos(tokens, before))) return false;
  return !isTitleWord(word) || !HOLDER_AFTER.test(view.doc.text.slice(tokens.end[last], tokens.end[last] + 3));
}

/** What follows a title whose holder is named: a capitalised name, its complement ("of"), or a comma and a name. */
const HOLDER_AFTER = /^(?:\s+(?:\p{Lu}|of\b)|,\s*\p{Lu})/u;

const MODIFIER_TAGS = new Set(['ADJ', 'PROPN', 'NOUN']);

/** The country before "and" in "French and Egyptian", "U.S. and Russian". */
function coordinated(view: TokenOwners, kb: ActorsKb, token: number): ModifierCountry | null {
  const and = token - 1;
  if (and < 1 || view.sentence[and] !== view.sentence[token] || view.lower[and] !== 'and') return null;
  return countryAmong(view, kb, Math.max(0, and - 2), and);
}

/** The longest agent phrase starting at token `i` within its sentence, none of its tokens already a name. */
function agentAt(view: TokenOwners, kb: ActorsKb, i: number): { words: number; code: string; number: string } | null {
  const tokens = view.doc.get('tokens');
  const text = view.doc.text;
  let phrase = '';
  let best: { words: number; code: string; number: string } | null = null;
  for (let k = i; k < tokens.length && k - i < kb.agentWords && view.sentence[k] === view.sentence[i] && view.owner[k] === null; k++) {
    // the words of a phrase are one space apart
    if (k > i && (tokens.start[k] !== tokens.end[k - 1] + 1 || text.charCodeAt(tokens.end[k - 1]) !== SPACE)) break;
    const word = view.lower[k]!;
    phrase = k === i ? word : `${phrase} ${word}`;
    // No agent phrase is or starts with these words: no longer phrase is one either.
    if (!isLowerLetter(word.charCodeAt(0)) || !kb.agentStart(phrase)) break;
    const agent = kb.agent(phrase);
    if (agent && (agent.number !== 'singular' || COLLECTIVE.has(word) || afterProperModifier(view, i, k))) {
      best = { words: k - i + 1, code: agent.code, number: agent.number };
    }
  }
  return best;
}

const SPACE = 32;
const isLowerLetter = (c: number) => c >= 97 && c <= 122;

/** Nouns that, in "the country's", refer back to a state named before. */
const COUNTRY_NOUNS = new Set(['country', 'nation', 'state']);
/** How far back (in tokens) "the country's" looks for the country it refers to. */
const COUNTRY_REACH = 80;

/**
 * "North Korea's main news agency …, the country's military has been placed on high alert": an agent of
 * "the country's" (the nation's, the state's) is of the country last named before it, not the story's
 * main country (the article names South Korea most).
 */
function countryReferredTo(view: TokenOwners, head: number): ModifierCountry | null {
  const word = (k: number) => (k >= 0 && view.sentence[k] === view.sentence[head] ? view.lower[k]! : '');
  if (!POSSESSIVE_S.has(word(head - 1)) || !COUNTRY_NOUNS.has(word(head - 2)) || word(head - 3) !== 'the') return null;
  for (let k = head - 4; k >= Math.max(0, head - COUNTRY_REACH); k--) {
    const place = view.owner[k]?.place;
    if (place) return placeModifier(place, Infinity);
  }
  return null;
}

const POSSESSIVE_S = new Set(["'s", '’s']);

/** Possessive pronouns before an agent and whom they stand for: a man, a woman, a country. */
const POSSESSORS: ReadonlyMap<string, 'm' | 'f' | 'place'> = new Map([['his', 'm'], ['her', 'f'], ['its', 'place']]);

/**
 * "Boris Johnson said HIS government would act": an agent after "his" or "her" is of the country of the
 * person the pronoun stands for, the nearest one named before it in the sentence whose gender fits; after
 * "its", of the country named nearest before it ("Russia said ITS army would withdraw"). When the nearest
 * candidate has no country, or "its" is nearer an organisation or a person than a country ("the company
 * said its workers"), the pronoun says nothing and the story's main country stands, as for "the government".
 */
function countryOfPossessor(view: TokenOwners, first: number): ModifierCountry | null {
  const k = first - 1;
  if (k < 0 || view.sentence[k] !== view.sentence[first]) return null;
  const possessor = POSSESSORS.get(view.lower[k]!);
  if (!possessor) return null;
  for (let j = k - 1; j >= 0 && view.sentence[j] === view.sentence[k]; j--) {
    const c = view.owner[j];
    if (!c) continue;
    if (possessor === 'place') {
      return c.place ? placeModifier(c.place, Infinity) : null;
    }
    if (c.type !== 'PERSON' || (c.gender !== null && c.gender !== possessor)) continue;
    return personCountry(c);
  }
  return null;
}

/** Codes of groups that act where they live: police, protesters, civilians, rebels. */
const AT_HOME = new Set(['COP', 'OPP', 'CVL', 'REB']);
/**
 * Those of them that are of the very place their sentence names: not civilians, the catch-all of people who may have
 * come from elsewhere ("Armed settlers set fire to the offices of the Palestinian Authority in Hebron" are no Palestinians).
 */
const ON_THE_SPOT = new Set(['COP', 'OPP', 'REB']);

/**
 * Police, protesters and rebels with no country word of their own are of the place their sentence happens in, not of the story's main country nor of a country named as another noun's ("Protesters attacked the
 * U.S. Embassy in Baghdad" are Iraq's, "Protesters gathered outside the Russian embassy in Kyiv" Ukraine's; "police"
 * in "discovered dead in Queens, New York, according to police" are the United States' in a story about an Italian
 * chef). The place is the one nearest the agent that a preposition of place governs (over "the"). Groups that act
 * abroad (troops, officials, diplomats) are left to the main country: "troops were deployed in Syria" are no Syrian
 * troops.
 */
function countryOfSetting(view: TokenOwners, head: number): ModifierCountry | null {
  const tokens = view.doc.get('tokens');
  const sentence = view.sentence[head];
  let best: ModifierCountry | null = null;
  let distance = Infinity;
  for (let k = head - 1; k >= 0 && view.sentence[k] === sentence; k--) {
    const place = placeGoverned(view, k);
    if (place && head - k < distance) [best, distance] = [placeModifier(place, Infinity), head - k];
  }
  for (let k = head + 1; k < tokens.length && view.sentence[k] === sentence && k - head < distance; k++) {
    const place = placeGoverned(view, k);
    if (place) [best, distance] = [placeModifier(place, Infinity), k - head];
  }
  return best;
}

/** Codes of a state's own bodies, which a person heads or commands: "the government of Abdrabbuh Mansur Hadi". */
const STATE_BODIES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/**
 * "Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi", "forces of Bashar al-Assad": a state body
 * "of" a person is of that person's country (the knowledge base's, or the one the text gives them), not the story's.
 */
function countryOfHolder(view: TokenOwners, last: number): ModifierCountry | null {
  const of = last + 1;
  if (of + 1 >= view.owner.length || view.lower[of] !== 'of' || view.sentence[of + 1] !== view.sentence[last]) return null;
  const c = view.owner[of + 1];
  return c?.type === 'PERSON' ? personCountry(c) : null;
}

/** A person's country, as the knowledge base, the context or a title in the text gives it; null when none does. */
function personCountry(c: Cluster): ModifierCountry | null {
  const country = c.person?.country ?? c.context?.country ?? c.textRoles.find((r) => r.country)?.country;
  return country ? { country, countryCode: country, organisation: null, token: Infinity } : null;
}

/** A place named right after the agent: "police in Hong Kong", "Ethnic Albanians in south Serbia". */
function countryAfter(view: TokenOwners, last: number): ModifierCountry | null {
  const tokens = view.doc.get('tokens');
  const next = last + 1;
  if (next >= tokens.length || view.sentence[next] !== view.sentence[last]) return null;
  if (!PLACING.has(view.lower[next]!)) return null;
  for (let k = next + 1; k <= next + 3 && k < tokens.length && view.sentence[k] === view.sentence[last]; k++) {
    const place = view.owner[k]?.place;
    if (place) return placeModifier(place, Infinity);
  }
  return null;
}
