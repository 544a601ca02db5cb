import { entityCode, type Entity, type EntityType } from '../../model/layers.js';
import type { ActorLexicon } from './dictionary/lexicon.js';
import type { SentenceWords } from './sentence.js';

/** An actor named in a sentence: words `[start, end)`, its CAMEO code and the entity it is, when known. */
export interface ActorSpan {
  readonly start: number;
  readonly end: number;
  /** Country (or IGO/NGO) code plus agent codes ("IRQLEG"), "---GOV" for an agent of no known country, null when unknown. */
  readonly code: string | null;
  readonly entity: string | null;
  /** A first-person pronoun in a speaker's quoted words, standing for the speaker (`quoted-speaker.ts`). */
  readonly quoted?: true;
  /** A capital named as a noun's modifier ("the BEIJING Olympics", "a KABUL car bombing"): the place, coded as its country. */
  readonly place?: true;
  /** A place named alone (a GPE or LOC entity, no agent with it): "in STOCKHOLM", "at the Volgograd Arena" (code.ts reads it as a setting). */
  readonly site?: true;
  /** The other actor a pair named by its kind stands for ("BOTH COUNTRIES", `pair.ts`): it acts wherever this one does. */
  readonly partner?: ActorSpan;
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly kind: 'actor' | 'agent';
  readonly code: string | null;
  readonly entity: string | null;
  readonly rank: number;
  readonly place?: true;
  readonly site?: true;
}

/** Codes whose first three letters are no country: international and non-governmental organisations, unknown. */
export const NO_COUNTRY = /^(---|IGO|NGO|IMG|MNC|UNO)/;

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC']);
/** Entity types that name places: such an entity alone may be where an act happens rather than a party to it. */
const SITE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC']);
/** Which entity names the chunk when several do: the person over the organisation over the place. */
const TYPE_RANK: Record<EntityType, number> = { PERSON: 4, ORG: 3, GPE: 2, NORP: 1, LOC: 1, MISC: 0 };
/** Words allowed between a country and its agent, or between the parts of a title ("Gondor's main opposition group"). */
const GLUE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const GLUE_WORDS = new Set(["'s", "'", 'the']);
/** Prepositions that tie an agent to its country: "lawmakers in Fornost", "the government of Gondor". */
const AGENT_OF = new Set(['of', 'in', 'from']);
const MAX_GLUE = 3;

/**
 * The actors of a sentence, from the entities over it (their knowledge-base code or country)
 * and from the actor dictionary (names and agents), with agents joined to the country they
 * belong to: "Iraqi lawmakers" → IRQLEG, "the government of Gondor" → GONGOV.
 */
export function findActors(s: SentenceWords, entities: readonly Entity[], lexicon: ActorLexicon | null, date: string | null, entityCodes = true): ActorSpan[] {
  const agents = lexiconPieces(s, lexicon, date);
  const pieces = withoutRanks(s, choosePieces([...entityPieces(s, entities, entityCodes), ...agents]));
  const out: ActorSpan[] = [];
  let chunk: Piece[] = [];
  let listed: { agent: string; end: number } | null = null;
  const close = () => {
    const composed = compose(chunk);
    const country = chunk.length === 1 && chunk[0]!.kind === 'actor' && composed.code?.length === 3;
    if (listed && country && listGlue(s, listed.end, composed.start)) {
      out.push({ ...composed, code: composed.code + listed.agent });
      listed = { ...listed, end: composed.end };
    } else {
      out.push(composed);
      listed = agentOfCountry(s, chunk);
    }
    chunk = [];
  };
  for (const piece of pieces) {
    const last = chunk.at(-1);
    if (last && !joins(s, last, piece)) close();
    chunk.push(piece);
  }
  if (chunk.length) close();
  return out.filter((a) => (a.code !== null || a.entity !== null) && !modifierOnly(s, a) && !namesCurrency(s, a));
}

/** Currencies a country's name or adjective names ("US dollars", "Hong Kong dollar", "Turkish lira"); "won", "real" and "rand" are left out, being words too. */
const CURRENCY = /^(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rupees?|rubles?|roubles?|pesos?|francs?|lira|liras|riyals?|rials?|dinars?|dirhams?|shekels?|kronor|krona|kroner|krone|naira|shillings?|baht|ringgit|rupiah|hryvnias?|zloty|forints?)$/;

/**
 * "China has invested about nine billion US DOLLARS", "they offered a one million US DOLLAR reward": a country that
 * names a currency is no party to the act; the money is.
 */
function namesCurrency(s: SentenceWords, a: ActorSpan): boolean {
  return a.end < s.words.length && CURRENCY.test(s.lower[a.end]!);
}

/**
 * "The ambassadors of Arnor, Osgiliath and Gondor", "the foreign ministers of France, Germany and
 * Britain", "lawmakers in Fornost and Gondor": an agent "of" (in, from) a country is the agent of each
 * country listed with it (GON → GONGOV).
 * The agent and the end of its chunk, when the chunk is an agent of one country.
 */
function agentOfCountry(s: SentenceWords, chunk: readonly Piece[]): { agent: string; end: number } | null {
  if (chunk.length !== 2 || chunk[0]!.kind !== 'agent' || chunk[1]!.kind !== 'actor' || chunk[1]!.code?.length !== 3) return null;
  const agent = chunk[0]!.code!;
  if (agent.endsWith('~') || !AGENT_OF.has(s.lower[chunk[1]!.start - 1]!)) return null;
  return { agent, end: chunk[1]!.end };
}

/** Only list punctuation and conjunctions between words `from` and `to` (", Osgiliath and Gondor"). */
function listGlue(s: SentenceWords, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let i = from; i < to; i++) if (s.lower[i] !== ',' && s.lower[i] !== 'and') return false;
  return true;
}

/**
 * An agent word that modifies a noun is not an actor: "government decree", "military exercises", "police violence",
 * "a military OFFENSIVE" (the tokeniser's adjective, the parser's noun: either tagger saying noun will do).
 */
function modifierOnly(s: SentenceWords, a: ActorSpan): boolean {
  return a.entity === null && (a.code?.startsWith('---') ?? false) && a.end < s.words.length && (s.pos[a.end] === 'NOUN' || s.upos[a.end] === 'NOUN');
}

function entityPieces(s: SentenceWords, entities: readonly Entity[], withCodes: boolean): Piece[] {
  const out: Piece[] = [];
  const from = s.sentence.start;
  const to = s.sentence.end;
  for (const e of entities) {
    if (!ACTOR_TYPES.has(e.type)) continue;
    const code = withCodes ? entityCode(e) : null;
    for (const m of e.mentions) {
      if (m.end <= from || m.start >= to) continue;
      const range = wordRange(s, m.start, m.end);
      if (!range) continue;
      const piece: Piece = { start: range.start, end: range.end, kind: 'actor', code, entity: e.id, rank: TYPE_RANK[e.type], ...(SITE_TYPES.has(e.type) ? { site: true as const } : {}) };
      out.push(capitalAsPlace(s, e, piece) ?? piece);
    }
  }
  return withCoordinatedHalves(s, out);
}

/** A mention of four words or more of a country's agents ("US and British activists" USAOPP), which may hold a second country's. */
const long = (p: Piece) => p.end - p.start >= 4 && p.code !== null && p.code.length > 3;

/**
 * "US and British activists", "French and German troops": the entities stage names the agents of
 * each country, one mention from the first country's word to the noun ("US and British activists",
 * USAOPP) and one of the second ("British activists", GBROPP). The longer is cut before its "and",
 * so that the sentence names two actors, each with its own code, not one that hides the other.
 */
function withCoordinatedHalves(s: SentenceWords, pieces: Piece[]): Piece[] {
  // most sentences hold no such mention: no index built for them
  if (!pieces.some(long)) return pieces;
  const byEnd = new Map<number, Piece[]>();
  for (const p of pieces) {
    const list = byEnd.get(p.end);
    if (list) list.push(p);
    else byEnd.set(p.end, [p]);
  }
  const cut = pieces.map((p) => {
    if (!long(p)) return p;
    const inner = (byEnd.get(p.end) ?? []).find((q) => q !== p && q.start > p.start + 1 && q.code !== null && s.lower[q.start - 1] === 'and');
    return inner ? { ...p, end: inner.start - 1 } : p;
  });
  const cutSpans = new Set(cut.filter((p, k) => p !== pieces[k]).map((p) => `${p.start}:${p.end}`));
  if (!cutSpans.size) return cut;
  // the first country's own name ("US", USA) gives way to its agents cut out of the longer mention (USAOPP)
  return cut.filter((p, k) => p !== pieces[k] || !cutSpans.has(`${p.start}:${p.end}`));
}

/**
 * A capital stands for its government as a speaker or doer ("Minsk said", BLRGOV), but named as a
 * noun's modifier it is the place: "attend the Beijing Olympics" (CHN, as PETRARCH's gold codes
 * it), "a Kabul car bombing" (the bombing's place, not its doer).
 */
function capitalAsPlace(s: SentenceWords, e: Entity, piece: Piece): Piece | null {
  if (!e.actor?.id.startsWith('capital:') || !piece.code || piece.end >= s.words.length) return null;
  const next = s.pos[piece.end]!;
  if (next !== 'NOUN' && next !== 'PROPN') return null;
  return { ...piece, code: piece.code.slice(0, 3), place: true };
}

function lexiconPieces(s: SentenceWords, lexicon: ActorLexicon | null, date: string | null): Piece[] {
  if (!lexicon) return [];
  return lexicon.scan(s.words, date).map((h) => ({ start: h.start, end: h.end, kind: h.kind, code: h.code, entity: null, rank: 0 }));
}

/** The words `[start, end)` a character span covers, or null when it covers none (words are in text order: binary search). */
function wordRange(s: SentenceWords, start: number, end: number): { start: number; end: number } | null {
  let lo = 0;
  let hi = s.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.end(mid) <= start) lo = mid + 1;
    else hi = mid;
  }
  let b = lo;
  while (b < s.words.length && s.start(b) < end) b++;
  return b > lo ? { start: lo, end: b } : null;
}

/**
 * Overlapping pieces: an entity with a code, else the longer, else the dictionary's. The pieces kept never
 * overlap, so they are kept in start order and the one a new piece could clash with is found by binary search
 * (the last kept piece starting before it ends): a sentence with thousands of names stays fast.
 */
function choosePieces(all: Piece[]): Piece[] {
  const score = (p: Piece) => (p.code ? 100 : 0) + (p.end - p.start) * 10 + (p.entity ? 1 : 0);
  const sorted = [...all].sort((a, b) => score(b) - score(a));
  const taken: Piece[] = [];
  for (const p of sorted) {
    const at = lastStartingBefore(taken, p.end);
    const clash = at >= 0 && taken[at]!.end > p.start ? taken[at]! : null;
    if (!clash) taken.splice(at + 1, 0, p);
    else if (clash.entity === null && p.entity !== null && clash.start === p.start && clash.end === p.end) {
      taken[at] = { ...clash, entity: p.entity, rank: p.rank };
    } else if (countryPair(clash, p)) taken[at] = { ...clash, code: `${clash.code}/${p.code}` };
  }
  return taken;
}

/**
 * Two countries named in one word, a hyphenated pair ("the Turkish-Libyan maritime agreement", "US-Iran
 * tensions", which the entities stage makes a mention of each country): the actor is both, one event for each.
 */
function countryPair(a: Piece, b: Piece): boolean {
  return a.start === b.start && a.end === b.end && a.entity !== null && b.entity !== null && a.entity !== b.entity && a.code?.length === 3 && b.code?.length === 3 && a.code !== b.code;
}

/** The index of the last piece (of pieces in start order) that starts before `offset`, or -1. */
function lastStartingBefore(pieces: readonly Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Words of rank the agent dictionary also lists as agents of their own ("DEPUTY [~COP]", a
 * sheriff's deputy): before another agent's title they are its rank — "US Deputy Secretary of
 * Energy" USAGOV, "the deputy foreign minister" GOV — and add no agent.
 */
const RANK_WORDS = new Set(['deputy']);

function withoutRanks(s: SentenceWords, pieces: readonly Piece[]): Piece[] {
  return pieces.filter((p, k) => {
    const next = pieces[k + 1];
    return !(p.kind === 'agent' && p.end - p.start === 1 && RANK_WORDS.has(s.lower[p.start]!) && next?.kind === 'agent' && next.start === p.end);
  });
}

/** Whether two neighbouring pieces name one actor. */
function joins(s: SentenceWords, left: Piece, right: Piece): boolean {
  if (left.kind === 'actor' && right.kind === 'actor' && !(left.code?.length === 3 || right.code === null)) return false;
  const gap = right.start - left.end;
  if (gap > MAX_GLUE) return false;
  for (let i = left.end; i < right.start; i++) {
    const w = s.lower[i]!;
    if (GLUE_WORDS.has(w)) continue;
    if (left.kind === 'agent' && AGENT_OF.has(w)) continue;
    if (!GLUE_POS.has(s.pos[i]!)) return false;
  }
  return true;
}

function compose(chunk: readonly Piece[]): ActorSpan {
  const actors = chunk.filter((p) => p.kind === 'actor');
  const agents = chunk.filter((p) => p.kind === 'agent').map((p) => p.code!);
  const specific = actors.find((p) => (p.code?.length ?? 0) > 3);
  const countries = actors.map((p) => p.code).filter((c): c is string => c?.length === 3);
  // One actor has one country: the first named is the owner, a later one where it is or whom it serves ("the Iranian
  // embassy in London" IRNGOV, "the Libyan ambassador to Greece" LBYGOV, "US military airstrike in Iraq" USAMIL).
  let code: string | null = specific?.code ?? countries[0] ?? null;
  const before = agents.filter((a) => a.endsWith('~')).map((a) => a.slice(0, -1));
  const after = agents.filter((a) => !a.endsWith('~'));
  if (code === null && after.length) code = '---';
  if (code !== null && !specific) for (const a of after) if (!code.endsWith(a)) code += a;
  // PETRARCH's prefix agents ("[NGO~]"): "MSF Arnor" NGOARN, "an MSF Arnor diplomat" NGOARNGOV, "MSF" alone NGO.
  if (before.length && !specific) code = before.join('') + (code ?? '');
  const named = [...actors].filter((p) => p.entity).sort((a, b) => b.rank - a.rank || b.start - a.start)[0];
  const place = actors.length === 1 && chunk.length === 1 && actors[0]!.place;
  const site = chunk.length === 1 && actors.length === 1 && actors[0]!.site;
  return { start: chunk[0]!.start, end: chunk.at(-1)!.end, code, entity: named?.entity ?? null, ...(place ? { place } : {}), ...(site ? { site } : {}) };
}
