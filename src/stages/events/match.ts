import type { VerbClause } from './clause.js';
import type { IndexedVerbDictionary, PatternElement, VerbForm, VerbPattern } from './dictionary/types.js';
import { subtree, verbAbove, type SentenceWords } from './sentence.js';
import { ClauseWords } from './pattern-needs.js';

/** What the verb dictionary says a verb in its clause codes. */
export interface VerbCoding {
  /** The code when the subject acts on the object; null when the dictionary codes this reading as nothing. */
  readonly code: string | null;
  /** The code of the object's act on the subject (`[:100]` "faces pressure from"). */
  readonly reverse: string | null;
  /** Word index where the target phrase starts when the pattern names it ("(WITH)", "+"), else null. */
  readonly targetAt: number | null;
  /** Word index of the source when the pattern names it ("$"), else null. */
  readonly sourceAt: number | null;
  /** Provenance: `cameo:LEMMA` or `cameo:LEMMA/line N`. */
  readonly by: string;
  /** The words the pattern matched besides the verb, for the trigger span. */
  readonly matched: readonly number[];
  /**
   * True when the pattern names the verb group's negation ("- &NEGATVAUXVRB * OVER EFFORTS",
   * "- WILL NOT * (TOWARDS +)"): its code is the act of not doing, so the clause is no negated act.
   */
  readonly negationCoded: boolean;
  /** True when a passive's subject holds the pattern's words ("a COMPLAINT was filed against Israel"): the subject is no party. */
  readonly fronted?: true;
}

interface PatternHit {
  readonly pattern: VerbPattern;
  readonly score: number;
  readonly targetAt: number | null;
  readonly sourceAt: number | null;
  readonly matched: number[];
  readonly fronted?: true;
}

/** Codes a verb clause: the most specific pattern of the verb's blocks that matches, else the verb's or block's default. */
/**
 * `isActor`: whether a word is part of an actor's name; a passive subject that is one is who the
 * act was done to, not what a pattern names after the verb (see `frontedAtSubject`). `inTitle`:
 * whether a word stands in the words before a name inside its actor's span (a title).
 */
export function codeVerb(s: SentenceWords, clause: VerbClause, dict: IndexedVerbDictionary, isActor: (w: number) => boolean = () => false, inTitle: (w: number) => boolean = () => false): VerbCoding | null {
  let best: PatternHit | null = null;
  let bestForm = clause.forms[0]!;
  const present = new ClauseWords(s, clause);
  const particles = particlesOf(s, clause.at);
  for (const form of clause.forms) {
    const phrasal = namesParticles(form, particles, s);
    const block = dict.blocks[form.block]!;
    const needs = dict.patternNeeds[form.block]!;
    for (let p = 0; p < block.patterns.length; p++) {
      if (!present.mayMatch(needs[p]!)) continue;
      const pattern = block.patterns[p]!;
      if (writtenForBlockmates(pattern, form, block.code)) continue;
      const hit = matchPattern(s, clause, pattern, dict, isActor);
      // "said Russian OPPOSITION leader Alexei Navalny was poisoned" is no `- * &OPPOSITION [110]`: a
      // word of a name's title describes the person, not the act
      if (hit?.matched.some(inTitle)) continue;
      if (hit && reportedElsewhere(s, clause, block.code, hit)) continue;
      // a phrasal verb's pattern names its particle ("STEP - * DOWN") or what is acted on ("broke off RELATIONS"); a
      // preposition of the plain verb ("LEAD - * TO") says nothing of it
      if (hit && !phrasal && !particles.every((w) => hit.matched.includes(w)) && hit.matched.every((w) => FUNCTION_POS.has(s.pos[w]!))) continue;
      if (hit && (!best || hit.score > best.score || (hit.score === best.score && betterTie(hit.pattern, form.lemma, best.pattern, bestForm.lemma)))) {
        best = hit;
        bestForm = form;
      }
    }
  }
  if (best) {
    const { pattern } = best;
    const negationCoded = best.matched.some((w) => w >= clause.groupStart && w < clause.at && NEGATION_WORDS.has(s.lower[w]!));
    return { code: pattern.code, reverse: pattern.reverse, targetAt: best.targetAt, sourceAt: best.sourceAt, by: `cameo:${bestForm.lemma}/${pattern.line}`, matched: best.matched, negationCoded, ...(best.fronted ? { fronted: true as const } : {}) };
  }
  for (const form of clause.forms) {
    if (!namesParticles(form, particles, s)) continue;
    const block = dict.blocks[form.block]!;
    if (form.uncoded || PATTERNS_ONLY.has(block.label) || (VERBS_PATTERNS_ONLY.has(form.lemma) && !form.after.length && !form.before.length)) continue;
    const code = form.code ?? (form.reverse ? null : block.code ?? UNCODED_BLOCK_ACTS.get(block.label) ?? null);
    if (code || form.reverse) return { code, reverse: form.reverse, targetAt: null, sourceAt: null, by: `cameo:${form.lemma}`, matched: [], negationCoded: false };
  }
  return null;
}

/**
 * The particles of a phrasal verb ("leading UP to", "shut DOWN"), as the tree hangs them on the verb; "up to" before a
 * number is a quantity, not a particle ("contribute UP TO 4,000 troops", "holding up to five rallies").
 */
function particlesOf(s: SentenceWords, v: number): number[] {
  const marked = s.children[v]!.filter((c) => s.relation[c] === 'compound:prt' && !(s.lower[c] === 'up' && s.lower[c + 1] === 'to' && s.upos[c + 2] === 'NUM'));
  return marked.length === 0 && unmarkedParticle(s, v) ? [v + 1] : marked;
}

/** Words that make phrasal verbs, written right after the verb. */
const PARTICLE_WORDS: ReadonlySet<string> = new Set(['in', 'out', 'up', 'down', 'off', 'over', 'back', 'away']);

/**
 * "was sworn IN as governor", "was sworn IN last week", "stepped DOWN on Monday": a particle word right after the verb
 * that the parser read as a preposition, though no noun phrase follows it — another preposition or a time does — is
 * the verb's particle: "sworn in" is no swearing (ALLEGE 110).
 */
function unmarkedParticle(s: SentenceWords, v: number): boolean {
  const p = v + 1;
  if (p + 1 >= s.words.length || !PARTICLE_WORDS.has(s.lower[p]!) || s.relation[p] !== 'case') return false;
  return s.upos[p + 1] === 'ADP' || TIME_AFTER.has(s.lower[p + 1]!);
}

/** Words that open a time right after a particle ("sworn in LAST week", "stepped down ON Monday" is a preposition). */
const TIME_AFTER: ReadonlySet<string> = new Set(['last', 'next', 'yesterday', 'today', 'tomorrow', 'earlier', 'later']);

/**
 * "Burundi had twelve years of civil war LEADING UP TO Nkurunziza's presidency" is no `LEAD - * TO [030]`: a verb with a
 * particle is a phrasal verb of its own, coded only by an entry written with that particle ("BREAK OFF"), by a pattern
 * that names it ("STEP - * DOWN" 0831, "REACH - * OUT (TO)") or by one that names what is acted on ("broke off diplomatic
 * RELATIONS" 161); the plain verb's default and its patterns of prepositions alone say nothing of it.
 */
function namesParticles(form: VerbForm, particles: readonly number[], s: SentenceWords): boolean {
  return particles.every((p) => form.after.includes(s.lower[p]!.toUpperCase()));
}

/**
 * "Ukraine ratified a sweeping agreement with the European Union": the ALLOW block holds
 * `- * &TREATY [031:031] # APPROVE` and `- * &TREATY [057] # RATIFY`; of patterns that match
 * equally well, the one written for the verb in the clause wins (057); see `betterTie`.
 */
function writtenFor(pattern: VerbPattern, lemma: string): boolean {
  return pattern.for?.includes(lemma) ?? false;
}

/**
 * Of two patterns that match equally well, the one written for the clause's verb wins; between the
 * same pattern written twice with two codes (`- * SUPPORT [051] # GIVE` and `- * SUPPORT [060] #
 * LEND` for "provide"), the later: a later line of the same words replaces the earlier, as
 * PETRARCH's gold shows ("would not provide support to Israel" 121, the refusal of 060; "ordered an
 * investigation" 1014, the later of `&INVESTIGATION [091]` and `[1014]`). Other ties keep the first.
 */
function betterTie(hit: VerbPattern, hitLemma: string, best: VerbPattern, bestLemma: string): boolean {
  const hitFor = writtenFor(hit, hitLemma);
  const bestFor = writtenFor(best, bestLemma);
  if (hitFor !== bestFor) return hitFor;
  return samePattern(hit, best);
}

function samePattern(a: VerbPattern, b: VerbPattern): boolean {
  return JSON.stringify([a.pre, a.post]) === JSON.stringify([b.pre, b.post]);
}

/**
 * A verb the dictionary codes apart from its block ("ARREST [173]" in the block APPREHEND [171],
 * whose other verbs CAPTURE, SEIZE and TAKE take places and property) names another act than its
 * blockmates, so the patterns written for them (their comment names them) do not hold for it:
 * "Israeli soldiers ARRESTED more than 100 Palestinians … of the Hebron AREA" is no
 * `- * AREA [192] # CAPTURE`. Patterns written for no verb in particular, or for this one, still do;
 * the block's verbs of its own code take each other's ("led an INVESTIGATION" is CONDUCT's 091).
 */
function writtenForBlockmates(pattern: VerbPattern, form: VerbForm, blockCode: string | null): boolean {
  return form.code !== null && form.code !== blockCode && (pattern.for?.length ?? 0) > 0 && !writtenFor(pattern, form.lemma);
}

/**
 * "Police said the ATTACK killed five people", "the Saudi government said the ATTACK included cruise
 * missiles": a pattern of a verb of saying that codes an act (`- * ATTACK [190] # REPORT`) holds for the
 * act the verb states — its object, "announced SANCTIONS", "reported an ATTACK on the embassy" — not for a
 * noun in the clause it reports, which belongs to that clause's verb. True when a noun the pattern
 * matched has a nearest verb above it other than the clause's.
 */
function reportedElsewhere(s: SentenceWords, clause: VerbClause, blockCode: string | null, hit: PatternHit): boolean {
  if (!blockCode?.startsWith('01') || hit.pattern.code === null || hit.pattern.code.startsWith('01')) return false;
  return hit.matched.some((w) => (s.upos[w] === 'NOUN' || s.upos[w] === 'PROPN') && (verbAbove(s, w) !== clause.at || inReportedClause(s, w, clause.at)));
}

/** Relations that open a clause of its own under a verb of saying: what it says, not what the verb does. */
const REPORTED_CLAUSE = new Set(['ccomp', 'parataxis', 'csubj']);

/**
 * Whether word w lies in a clause the verb reports, also one with no verb to stop at: a copular clause ("said the ban
 * is not part of any broader PLAN") has a noun for its head.
 */
function inReportedClause(s: SentenceWords, w: number, verb: number): boolean {
  for (let p = w, steps = 0; p >= 0 && p !== verb && steps < s.words.length; p = s.head[p]!, steps++) {
    if (s.head[p] === verb) return REPORTED_CLAUSE.has(s.relation[p]!);
  }
  return false;
}

/** The verb group's words of negation a pattern can name ("didn't" is DID N'T). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/**
 * Blocks whose verb names nothing its subject does: dying. The DIE block's patterns code the act a
 * death was suffered in, against the dead ("died in a suicide bombing" :1831, "died of wounds"
 * :190); its default (190) would make everyone who "died" — 80 obituaries and casualty counts over
 * the 315 Wikinews articles, "Robert Mugabe, former president of Zimbabwe, has died" — the doer of
 * an act of force. A bare death is no event.
 */
const PATTERNS_ONLY: ReadonlySet<string> = new Set(['DIE']);

/**
 * Verbs too general to carry their block's default. "Take" sits with SEIZE, CAPTURE and SNATCH
 * (171, seize property), but news takes place, takes office, takes third place, is taken to
 * hospital, takes a trip — 29 of the 315 Wikinews articles' events were such "seizures"; what the
 * verb seizes its patterns say ("took control of" 192, "took dozens of people hostage" 181, "took
 * part in the protests" 141). "Serve" sits with AID (060), but news serves in the army, in
 * Congress, two terms, a life sentence (26 events, none aid). "Leave" sits with the verbs of
 * travel (040), but news leaves the European Union, a party, a country, people dead (28 events,
 * none a meeting); its patterns keep the visits ("left for consultations"). Without a pattern
 * these code nothing. Their phrasal verbs keep their codes ("took over the city" is
 * TAKE_CONTROL, 171; "leaves behind"). "Join" sits with the verbs of assembly (040, meet), but news
 * joins a party, parliament, a committee, a ticket, the calls of others, an armed group — 22 of the
 * 315 Wikinews articles' events were such "meetings", none a meeting; its patterns keep the acts it
 * names ("joined the coalition" 050, "joined forces" 060, "joined the protest" 110). "Need" sits with
 * DEMAND (100), but news needs certainty, a majority, money, a dose (30 events, none a demand of anyone);
 * "give" with the verbs of material cooperation (060), but news gives speeches, condolences, delegates,
 * laptops (21 events); "rule" with them too (060), but courts rule on appeals and rulers rule countries
 * (9 events, none cooperation). "Consider" heads the CONSULT block (040), but news considers people candidates, a
 * film her best, voting for a ticket, it a project of common interest (13 events, none a consultation). Verbs of judging
 * and managing carry a code on their own line that names no act without its object: "expect", "decide" and
 * "determine" (030) — authorities expect winds, the Republican Party decided, a court determines a man lied (53 events,
 * none an intent to cooperate); "express" (110) expresses interest, intent, a desire to work with someone (5, none
 * disapproval); "handle", "improve", "lead" (060) handle a pandemic or "issues with North Korea", improve a company's
 * software, lead a department (22, none cooperation); "issue" (060) issues a ruling (5; "issued arrest warrants" 173 is
 * a pattern); "pass" (080) passes a milestone, a bar exam, two articles of impeachment (12, none a concession); "fill"
 * (080) fills a Senate seat (6); "study" (INSPECT, 090) studies law, lichens, at a university (7, none an inquiry into
 * anyone); "think" (CONSIDER, 040) thinks about it (6); "vote" (030) votes on a day, for a speaker (12, none an intent to
 * cooperate); "seek" (030) seeks a party's nomination, reelection (18); "describe" (010 with a target: "she described
 * him", 9); "match" (190, with the verbs of fighting) is a cricket match or "the Senate matches the President's party"
 * (6, none a fight). Their patterns keep the acts ("gave aid", "ruled out talks", "considering sanctions against" 1312,
 * "expressed opposition" 110, "improve relations" 050, "expects peace talks" 013, "passed the budget"), and so does the
 * verb a seeking governs ("seek to exclude").
 */
const VERBS_PATTERNS_ONLY: ReadonlySet<string> = new Set([
  'TAKE', 'SERVE', 'LEAVE', 'JOIN', 'NEED', 'GIVE', 'RULE', 'CONSIDER', 'EXPECT', 'DECIDE', 'DETERMINE', 'EXPRESS', 'HANDLE', 'IMPROVE',
  'LEAD', 'ISSUE', 'PASS', 'FILL', 'STUDY', 'THINK', 'VOTE', 'SEEK', 'DESCRIBE', 'MATCH',
]);

/**
 * Blocks the dictionary leaves uncoded (`[---]`, coded only through patterns) whose verbs still
 * name one act of the CAMEO codebook whatever their object: "rejected an Australian ultimatum",
 * "refused to deploy peacekeepers", "has denied land allocation" are 120 (reject), as the
 * codebook's definition of 12 says. Their patterns keep the more specific codes ("denied the
 * accusation" 016, "rejected the ceasefire" 1246).
 */
const UNCODED_BLOCK_ACTS: ReadonlyMap<string, string> = new Map([['REFUSE', '120']]);

function matchPattern(s: SentenceWords, clause: VerbClause, pattern: VerbPattern, dict: IndexedVerbDictionary, isActor: (w: number) => boolean): PatternHit | null {
  if (!pattern.pre.length && !pattern.post.length) return null;
  const plain = matchPatternFrom(s, clause, pattern, dict, false);
  if (plain || !clause.passive || !pattern.post.length || pattern.pre.length) return plain;
  const fronted = matchPatternFrom(s, clause, pattern, dict, true);
  return fronted && frontedAtSubject(clause, fronted.matched, isActor) ? { ...fronted, fronted: true } : null;
}

/**
 * Matches a pattern's words after the verb and before it. `fronted`: the clause is passive and
 * what the pattern names after the verb may stand before it, as the passive's subject — "EVIDENCE
 * against Russia was presented by the US" is `- * EVIDENCE [1124] # PRESENT`, as "the US presented
 * evidence against Russia" is; the words the pattern names after that are read on after the verb
 * ("AID was sent TO Haiti"). The subject's words are then the pattern's, not the doer's, so a
 * pattern that names the doer before the verb is not read so.
 */
function matchPatternFrom(s: SentenceWords, clause: VerbClause, pattern: VerbPattern, dict: IndexedVerbDictionary, fronted: boolean): PatternHit | null {
  const matched: number[] = [];
  let targetAt: number | null = null;
  let sourceAt: number | null = null;
  let score = 0;
  let cursor = fronted ? clause.subject.start : clause.after.start;
  for (const el of pattern.post) {
    let hit = cursor < clause.after.start ? matchElement(s, el, cursor, Math.min(clause.subject.end, clause.groupStart), dict) : null;
    if (!hit && cursor < clause.after.start) cursor = clause.after.start;
    hit ??= matchAfterVerb(s, clause, el, cursor, dict);
    if (!hit || (!fronted && !matched.length && pastObject(s, clause, el, hit))) return null;
    matched.push(...hit.words);
    score += elementWeight(s, hit);
    if (el.kind === 'prep') {
      targetAt ??= el.role === 'source' ? targetAt : hit.objectAt;
      if (el.role === 'source') sourceAt = hit.objectAt;
    } else if (el.kind === 'role') {
      if (el.role === 'target') targetAt = cursor;
      else sourceAt = cursor;
    }
    cursor = hit.end;
  }
  cursor = clause.subject.start;
  for (const el of pattern.pre) {
    const hit = matchElement(s, el, cursor, clause.at, dict) ?? armedDoer(s, el, cursor, clause.at);
    if (!hit) return null;
    matched.push(...hit.words);
    score += elementWeight(s, hit);
    if (el.kind === 'role' && el.role === 'source') sourceAt = cursor;
    cursor = hit.end;
  }
  return { pattern, score, targetAt, sourceAt, matched };
}

/**
 * "The prime minister made a statement in Tokyo on the eve of his TRIP" is no `- * TRIP [036] # MAKE`: a pattern that opens
 * with a word names what the verb acts on; where the verb has an object, a noun inside a prepositional phrase hung on
 * the verb after it ("on the eve of his trip") is no such word. The preposition itself may be the pattern's
 * word ("slammed Trump FOR a story", `- * FOR [111]`), and a verb with no object keeps its phrases ("entered INTO AN
 * AGREEMENT with", "signed on to the agreement").
 */
function pastObject(s: SentenceWords, clause: VerbClause, el: PatternElement, hit: ElementHit): boolean {
  if (el.kind !== 'word' || !clause.tree.objects.length) return false;
  return hit.words.some((w) => s.upos[w] !== 'ADP' && inPhraseOf(s, clause.at, w));
}

/** Whether word `w` stands inside a prepositional phrase hung on verb `v` after it ("made a statement ON THE EVE OF HIS TRIP"). */
function inPhraseOf(s: SentenceWords, v: number, w: number): boolean {
  let c = w;
  for (let steps = 0; c >= 0 && s.head[c] !== v && steps < s.words.length; steps++) c = s.head[c]!;
  if (c < 0 || s.head[c] !== v || c < v) return false;
  return /^(obl|nmod)/.test(s.relation[c]!) && s.children[c]!.some((m) => s.relation[m] === 'case' && m < w);
}

/**
 * "Oil facilities … were hit by multiple DRONE strikes", "the convoy was attacked by rebel
 * FIGHTERS": a passive's agent phrase names the doer, which the active clause puts before the
 * verb, so a pattern's words after the verb (its object) are not read inside it — FIGHT's
 * `- * &AIRCRAFT [---]` ("fought the jets") is no reading of "hit by drone strikes". A pattern
 * that names the "by" phrase itself (`- * (BY &AIRCRAFT) [195]`) still reads it.
 */
function matchAfterVerb(s: SentenceWords, clause: VerbClause, el: PatternElement, from: number, dict: IndexedVerbDictionary): ElementHit | null {
  const agent = clause.passive && !(el.kind === 'prep' && el.preps.includes('BY')) ? agentPhrase(s, clause) : null;
  if (!agent || agent.end <= from || agent.start >= clause.after.end) return matchElement(s, el, from, clause.after.end, dict);
  return (agent.start > from ? matchElement(s, el, from, agent.start, dict) : null) ?? matchElement(s, el, Math.max(from, agent.end), clause.after.end, dict);
}

/** Words `[start, end)` of a passive's agent phrases ("by multiple drone strikes"), from the first "by" to the end of the last agent's subtree; null when the clause names no agent. */
function agentPhrase(s: SentenceWords, clause: VerbClause): { start: number; end: number } | null {
  if (!clause.tree.agents.length) return null;
  let start = Infinity;
  let end = -1;
  for (const a of clause.tree.agents) {
    const span = subtree(s, a);
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return start < end ? { start, end } : null;
}

/**
 * A fronted match holds: the first word it found before the verb is the head of the passive's
 * subject by the tree ("EVIDENCE against Russia was presented"), not any noun of a long stretch
 * before it, and names a thing, not an actor: "Three Iraqi CIVILIANS have been killed in a car
 * bombing" names who was killed, and the bombing (1832) says how, not a pattern of killing civilians.
 */
function frontedAtSubject(clause: VerbClause, matched: readonly number[], isActor: (w: number) => boolean): boolean {
  const first = matched.find((w) => w < clause.groupStart);
  return first !== undefined && clause.tree.subjects.includes(first) && !isActor(first);
}

/**
 * "Five hundred Ugandan rebels surrendered" (`- &MILITARY * [0874]`, retreat or surrender
 * militarily), "guerrillas withdrew": before the verb, where a pattern names armed men as the doer,
 * armed groups that are no state's army count as &MILITARY — the synset lists only the state's
 * forces (army, troops, soldiers), and what it says of their acts holds for any armed group.
 */
function armedDoer(s: SentenceWords, el: PatternElement, from: number, to: number): ElementHit | null {
  if (el.kind !== 'word' || el.words.length !== 1 || el.words[0] !== '&MILITARY') return null;
  for (let i = from; i < to; i++) if (ARMED_GROUPS.test(s.lower[i]!)) return { end: i + 1, words: [i], objectAt: i + 1 };
  return null;
}

const ARMED_GROUPS = /^(rebel|guerrilla|guerilla|militant|insurgent|militia|militiaman|militiamen|fighter|paramilitar(y|ie))s?$/;

/**
 * How much a matched element says about the act: a content word counts one, a preposition or
 * particle half — "(WITH)" says where the target stands and "OFF" makes a phrasal verb, not what
 * is acted on — so "broke (off) RELATIONS with Russia" (161) outranks "broke … (WITH)" and
 * "broke OFF" (130): the pattern's object decides.
 */
function elementWeight(s: SentenceWords, hit: ElementHit): number {
  let weight = 0;
  for (const w of hit.words) weight += FUNCTION_POS.has(s.pos[w]!) ? 0.5 : 1;
  return weight;
}

const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'PART', 'ADV', 'SCONJ']);

interface ElementHit {
  readonly end: number;
  readonly words: number[];
  /** For a prepositional phrase: where its object starts. */
  readonly objectAt: number;
}

function matchElement(s: SentenceWords, el: PatternElement, from: number, to: number, dict: IndexedVerbDictionary): ElementHit | null {
  if (el.kind === 'role') return { end: from, words: [], objectAt: from };
  if (el.kind === 'word') {
    for (let i = from; i < to; i++) {
      const end = matchWords(s, el.words, i, to, dict);
      if (end !== null) return { end, words: range(i, end), objectAt: end };
    }
    return null;
  }
  for (let p = from; p < to; p++) {
    if (!el.preps.includes(s.words[p]!)) continue;
    if (!el.words.length) {
      if (namesTime(s, p + 1)) continue;
      return { end: p + 1, words: [p], objectAt: p + 1 };
    }
    const limit = phraseEnd(s, p + 1, to);
    for (let i = p + 1; i < limit; i++) {
      const end = matchWords(s, el.words, i, limit, dict);
      if (end !== null) return { end, words: [p, ...range(i, end)], objectAt: p + 1 };
    }
  }
  return null;
}

/**
 * "Christopher telephoned Kozyrev ON TUESDAY to discuss …", "met ON FRIDAY": a phrase whose object
 * is a day, month or season dates the act; a pattern's bare preposition ("CALL * (ON)" 020,
 * appeal) names a party, not a date, so such a phrase does not match it.
 */
function namesTime(s: SentenceWords, i: number): boolean {
  const at = s.lower[i] === 'the' ? i + 1 : i;
  return TIME_WORDS.test(s.lower[at] ?? '');
}

const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|today|tonight|weekend|morning|afternoon|evening|night|eve|spring|summer|autumn|winter|\d{1,2}(st|nd|rd|th)?|\d{4}s?)$/;

/**
 * A prepositional phrase runs to the next preposition or the end of the stretch; "of" does not end
 * it, for it joins a noun of measure or kind to what it measures ("put their militaries ON high
 * levels of ALERT" is `- * (ON ALERT) [152] # PUT`).
 */
function phraseEnd(s: SentenceWords, from: number, to: number): number {
  for (let i = from; i < to; i++) if ((s.pos[i] === 'ADP' && s.lower[i] !== 'of') || s.lower[i] === ',') return i;
  return to;
}

/** Matches pattern words contiguously from `i` (synsets expanded, plurals allowed); the end index, or null. */
function matchWords(s: SentenceWords, words: readonly string[], i: number, to: number, dict: IndexedVerbDictionary, depth = 0): number | null {
  let at = i;
  for (const w of words) {
    const end = matchWord(s, w, at, to, dict, depth);
    if (end === null) return null;
    at = end;
  }
  return at;
}

function matchWord(s: SentenceWords, w: string, i: number, to: number, dict: IndexedVerbDictionary, depth: number): number | null {
  if (i >= to) return null;
  const word = s.words[i]!;
  if (w.charCodeAt(0) === AMPERSAND) {
    if (depth > 3) return null;
    const byFirst = dict.synsetOf(w);
    if (!byFirst) return null;
    for (const base of baseForms(word)) {
      const end = matchMembers(s, byFirst.get(base), i, to, dict, depth);
      if (end !== null) return end;
    }
    return matchMembers(s, byFirst.get('&'), i, to, dict, depth);
  }
  return isFormOf(word, w) ? i + 1 : null;
}

/** The first of a synset's members (`undefined`: none start so) that matches from `i`; its end index, or null. */
function matchMembers(s: SentenceWords, members: readonly (readonly string[])[] | undefined, i: number, to: number, dict: IndexedVerbDictionary, depth: number): number | null {
  if (members === undefined) return null;
  for (const member of members) {
    const end = matchWords(s, member, i, to, dict, depth + 1);
    if (end !== null) return end;
  }
  return null;
}

const AMPERSAND = 38;

/** True when a text word is the dictionary word or its plural: W, WS, WES, or (for W ending in Y) W less Y plus IES. Compares without building the forms. */
function isFormOf(word: string, w: string): boolean {
  const extra = word.length - w.length;
  if (extra === 0) return word === w;
  if (extra === 1) return word.endsWith('S') && word.startsWith(w);
  if (extra === 2) {
    if (word.endsWith('ES') && word.startsWith(w)) return true;
    return w.endsWith('Y') && word.endsWith('IES') && word.startsWith(w.slice(0, -1));
  }
  return false;
}

/** The dictionary forms a text word can match: itself, and its singular ("TIES" → "TIE", "TY"); with a set's index key "&", members that start with a synset. */
function baseForms(word: string): string[] {
  const out = [word];
  if (word.endsWith('S')) out.push(word.slice(0, -1));
  if (word.endsWith('ES')) out.push(word.slice(0, -2));
  if (word.endsWith('IES')) out.push(`${word.slice(0, -3)}Y`);
  return out;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}
