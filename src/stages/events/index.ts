import type { Doc } from '../../model/document.js';
import type { Entity, Event, Quote, Sentence, Timex } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { DocumentDates, documentNarrative } from '../../dates/index.js';
import { actorAt } from './actor-lookup.js';
import { findActors, type ActorSpan } from './actors.js';
import { DefiniteActors } from './definite.js';
import { GroupPronouns } from './they.js';
import { CountryPairs } from './pair.js';
import { entitiesByName, withElidedNames } from './elided.js';
import { quotedSourceCounts, quotedSpeakerActors } from './quoted-speaker.js';
import { adjectivalParticiple, findVerbClauses, type VerbClause } from './clause.js';
import { assignRoles, possessivePronoun, type RawEvent } from './code.js';
import type { EventResources } from './load.js';
import { codeVerb, NEGATION_WORDS, type VerbCoding } from './match.js';
import { COMMITMENT, THREAT_VERB, WANT_VERB, appealCode, intentCode, ploverOfIntended, threatCode } from './intent.js';
import { findNominalEvents } from './nominal.js';
import { meansCode } from './means.js';
import { callReading, judgementCode } from './naming.js';
import { makesStatement, publishes } from './publication.js';
import { criticsOf } from './critic.js';
import { POINTED_BACK, actPointedBack, quotedCriticism } from './quoted-criticism.js';
import { defeatInContest, standingInContest } from './contest.js';
import { propertyCode } from './property.js';
import { doneByNoOne, warnsOfNoDoer } from './no-doer.js';
import { protestCode } from './protest.js';
import { withProtestTarget } from './protest-purpose.js';
import { asConditionalThreat } from './threats.js';
import { withRecipient } from './recipient.js';
import { withSettingTarget, withVictimsPlace } from './victims.js';
import { RECOGNITION, recognitionOf } from './recognition.js';
import { asAsked } from './questions.js';
import { isRefusal, refusedActCode } from './refusal.js';
import { ownPostureRaised, unnamedAgent } from './passive.js';
import { weaponSubjectDoer } from './weapon-subject.js';
import { verbalAttack } from './verbal.js';
import { stanceWithoutParty } from './partyless.js';
import { ThingOwners, type ThingOwner } from './things.js';
import { judgedMove } from './earlier-act.js';
import { responsibilityClaims, withClaimedDoers, type ResponsibilityClaim } from './responsibility.js';
import { firstBy, withStatementReadings } from './statements.js';
import { eventTimex, inNarrative, sentenceTimes, type SentenceTimes } from './times.js';
import { sentenceWords, subtree, type SentenceWords } from './sentence.js';
import { feelerFirst } from './experiencer.js';
import { treeRoles } from './tree.js';
import { modeOfVerbGroup, type EventMode } from '../../language/mode.js';
import { FORCE_ROOTS } from './roots.js';

export { loadEvents, type EventResources } from './load.js';

/**
 * Who did what to whom: verbs of the CAMEO dictionary matched with their patterns in each
 * clause, and nominal events ("talks with", "an attack on"), with source and target actors,
 * mode, trigger, evidence and date. Codes are CAMEO with their codebook entry and PLOVER type.
 */
export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['tokens', 'sentences', 'syntax', 'anchor', 'timexes', 'entities', 'quotes'],
  provides: ['events'],
  resources: ['events'],
  run(doc: Doc, ctx) {
    return { events: findEvents(doc, ctx.resources.events as EventResources) };
  },
};

export function findEvents(doc: Doc, res: EventResources): Event[] {
  const entities = doc.getOr('entities', []);
  const date = doc.has('anchor') ? doc.get('anchor').value : doc.meta.published;
  const out: Event[] = [];
  const sentences = doc.get('sentences');
  const named = entitiesBySentence(sentences, entities);
  const definite = new DefiniteActors();
  const they = new GroupPronouns();
  const pairs = new CountryPairs();
  const byName = entitiesByName(doc.text, entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const quotes = quotesBySentence(sentences, doc.getOr('quotes', []).filter((q) => q.kind !== 'indirect' && q.speaker !== null));
  const dates = doc.has('timexes') && doc.has('anchor') ? DocumentDates.of(doc) : null;
  const narrative = dates ? documentNarrative(doc) : null;
  const seen = new Set<string>();
  const claims: ResponsibilityClaim[] = [];
  const things = new ThingOwners(doc.text);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentenceWords(doc, i);
    const found = withElidedNames(s, findActors(s, named[i] ?? [], res.lexicon, date, res.entityCodes ?? true), byName);
    const speakers = quotes[i] ? quotedSpeakerActors(s, doc.text, quotes[i], byId, found) : [];
    const actors = pairs.resolve(s, they.resolve(s, definite.resolve(s, speakers.length ? [...found, ...speakers].sort((a, b) => a.start - b.start) : found)));
    they.remember(s, actors);
    if (!actors.length) continue;
    claims.push(...responsibilityClaims(s, actors, doc.text));
    const raws = quotes[i] ? [...codeSentence(s, actors, res), ...quotedCriticism(s, actors, quotes[i])] : codeSentence(s, actors, res);
    const times = raws.length > 0 && doc.has('timexes') ? sentenceTimes(doc, s) : null;
    for (const raw of raws) {
      if (partOfName(s, named[i] ?? [], raw.trigger.start)) continue;
      const pointed = raw.by === POINTED_BACK;
      const move = pointed ? null : doerOf(judgedMove(s, raw, out));
      const party = pointed ? doerOf(actPointedBack(out, raw.sources[0]?.code ?? null, i)) : move ?? things.ownerFor(s, actors, raw);
      if (pointed && !party) continue;
      const made = toEvents(doc, s, raw, res, { dates, times, narrative: narrative?.[i] ?? null }, out.length, seen);
      const suffix = pointed ? '' : move ? '+move' : '+owner';
      const placed = party ? made.map((e) => (e.target === null && e.targetActor === null ? { ...e, target: party.entity, targetActor: party.code, targetText: party.text, by: `${e.by}${suffix}` } : e)) : made;
      // ids follow the events kept, so that one dropped leaves no id for the next to take again
      out.push(...placed.filter(namesAParty).map((e, k) => ({ ...e, id: `v${out.length + k + 1}` })));
    }
    things.add(s, actors);
  }
  return withClaimedDoers(out, claims);
}

/**
 * Who did what to whom needs a who or a whom: an event both of whose sides are unnamed, or only people of no country and
 * no public office ("people find the solutions", "it is surrounded by a disk", "we never give up", "a company gives
 * permission"), says nothing a reader of diplomacy and conflict can place (58 such events over the 315 Wikinews
 * articles, nearly all generic or misread). An agent of the state, of armed or political opposition or of an organised
 * trade stays, country or not ("the opposition demanded", "police are investigating", "farmers demanded higher
 * prices"), and so does force done to or by anyone ("a journalist
 * has been killed in a car bomb explosion" 1832 ---MED, "the police chief and two others were injured").
 */
function namesAParty(e: Event): boolean {
  const placed = (entity: string | null, code: string | null) => entity !== null || (code !== null && !code.startsWith('---'));
  if (placed(e.source, e.sourceActor) || placed(e.target, e.targetActor)) return true;
  const kind = (code: string | null) => code !== null && code.length > 3;
  const publicKind = (code: string | null) => code !== null && PUBLIC_SECTORS.has(code.slice(3, 6));
  return publicKind(e.sourceActor) || publicKind(e.targetActor) || (e.quadClass === 4 && (kind(e.sourceActor) || kind(e.targetActor)));
}

/** Agents of the state, of politics and of armed struggle, and the organised trades that make demands (Phoenix sector codes). */
const PUBLIC_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY', 'LEG', 'JUD', 'OPP', 'REB', 'INS', 'UAF', 'PTY', 'IGO', 'LAB', 'AGR']);

/**
 * A word of a name does not act: "the ASSOCIATED Press", "the ASK Wellness Society", "All Elite
 * WRESTLING", "MET Éireann", "Ulysses S. GRANT" name organisations and people, not acts of
 * association, appeal, force, meeting or giving. The trigger's first word lies inside a mention of
 * a named entity (pronouns, which name no one by their words, aside).
 */
function partOfName(s: SentenceWords, entities: readonly Entity[], w: number): boolean {
  const from = s.start(w);
  const to = s.end(w);
  return entities.some((e) => e.mentions.some((m) => m.start <= from && to <= m.end && m.form !== 'pronoun'));
}

/** The doer of an earlier act, as the party of a later one (`actPointedBack`). */
function doerOf(act: Event | null): ThingOwner | null {
  return act?.sourceActor ? { entity: act.source, code: act.sourceActor, text: act.sourceText ?? '' } : null;
}

/**
 * The entities mentioned in each sentence (each once, by where a mention starts), each with only
 * its mentions that overlap that sentence: an entity named in every sentence of a long text is
 * not read whole once per sentence.
 */
function entitiesBySentence(sentences: readonly Sentence[], entities: readonly Entity[]): Entity[][] {
  const out: Entity[][] = sentences.map(() => []);
  for (const e of entities) {
    const starting = new Set<number>();
    const overlapping = new Map<number, Entity['mentions'][number][]>();
    for (const m of e.mentions) {
      const first = lastSentenceFrom(sentences, m.start);
      starting.add(first);
      for (let i = Math.max(first, 0); i < sentences.length && sentences[i]!.start < m.end; i++) {
        if (m.end <= sentences[i]!.start || m.start >= sentences[i]!.end) continue;
        const list = overlapping.get(i);
        if (list) list.push(m);
        else overlapping.set(i, [m]);
      }
    }
    for (const i of [...starting].sort((x, y) => x - y)) out[i]?.push({ ...e, mentions: overlapping.get(i) ?? [] });
  }
  return out;
}

/** The quotes overlapping each sentence (a quote may span several): one pass, so a text of thousands of quotes is not read once per sentence. */
function quotesBySentence(sentences: readonly Sentence[], quotes: readonly Quote[]): Quote[][] {
  const out: Quote[][] = [];
  for (const q of quotes) {
    for (let i = lastSentenceFrom(sentences, q.start); i < sentences.length && sentences[i]!.start < q.end; i++) {
      if (q.end <= sentences[i]!.start || q.start >= sentences[i]!.end) continue;
      (out[i] ??= []).push(q);
    }
  }
  return out;
}

/** The index of the last sentence starting at or before `offset` (0 when none does): binary search. */
function lastSentenceFrom(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The acts one sentence reports. */
export function codeSentence(s: SentenceWords, actors: readonly ActorSpan[], res: EventResources): RawEvent[] {
  const clauses = findVerbClauses(s, res.verbs);
  const coded: Array<{ clause: VerbClause; coding: VerbCoding; raw: RawEvent }> = [];
  for (const clause of clauses) {
    if (adjectivalParticiple(s, clause.at)) continue;
    const coding = codeVerb(s, clause, res.verbs, (w) => actorAt(actors, w) !== undefined, (w) => inNamesTitle(s, actors, w) || insideName(s, w));
    const code = coding?.code ?? coding?.reverse;
    if (!coding || !code || doneByNoOne(s, clause, code) || warnsOfNoDoer(s, clause, code)) continue;
    const call = callReading(s, clause, coding);
    if (call === 'name' || defeatInContest(s, clause, coding) || standingInContest(s, clause)) continue;
    // what is said has the parties of its code ("…, calling it "null and void"": the adjunct's doer is its governor's subject)
    const said = call === 'judgement' ? judgementCode(s, clause, actors) : makesStatement(s, clause, coding) ? '010' : null;
    const roles = feelerFirst(s, clause, assignRoles(s, actors, clause, said ? { ...coding, code: said, reverse: null } : coding));
    const verbal = verbalAttack(s, actors, clause, code);
    const named = verbal?.targets ?? roles.targets.filter((t): t is ActorSpan => t !== null);
    const alerted = roles.sources.length ? [] : ownPostureRaised(s, clause, code, named);
    const sources = roles.sources.length ? roles.sources : alerted.length ? alerted : weaponOrUnnamed(s, actors, clause, code, named);
    const targets = alerted.length ? [] : withoutOwnSelf(s, named, sources, code);
    if (!sources.length) continue;
    const triggerWords = [clause.at, clause.end - 1, ...coding.matched];
    const refused = refusal(s, clause, coding, code, targets);
    const recognised = refused || verbal || said ? null : recognitionOf(s, actors, clause, coding, targets);
    coded.push({
      clause,
      coding,
      raw: {
        code: refused ?? verbal?.code ?? (said ?? (publishes(s, clause, coding) ? '010' : null)) ?? (recognised ? RECOGNITION : null) ?? (commitment(s, clause, coding, actors) ? '030' : protestCode(s, clause, propertyCode(s, clause, meansCode(s, clause, code)))),
        mode: refused ? 'asserted' : coding.negationCoded ? modeWithoutNegation(s, clause) : clause.mode,
        sources,
        targets: recognised ? [recognised.target] : targets.length ? targets : [null],
        trigger: { start: clause.at, end: clause.end },
        evidence: { start: Math.min(clause.subject.start, ...triggerWords), end: Math.max(clause.after.end, ...triggerWords.map((w) => w + 1)) },
        by: refused ? `${coding.by}${REFUSED}` : verbal ? `${coding.by}+said` : coding.by,
        clause,
      },
    });
  }
  const complete = (e: RawEvent) => e.targets[0] !== null || INTRANSITIVE_ROOTS.has(e.code.slice(0, 2)) || (RESPONSIBILITY.has(e.code) && /\/\d+$/.test(e.by)) || ADMINISTRATIVE_SANCTION.test(e.code) || e.code === DESTROY_PROPERTY || e.by.endsWith(REFUSED) || rejectsProposal(s, e) || investigates(s, e) || stanceWithoutParty(s, e);
  const kept = joinChains(s, actors, coded).map((e) => withRecipient(s, actors, asConditionalThreat(s, actors, e))).filter(complete);
  // A statement that gave way to the acts it reports still reports the act a noun names ("said in a meeting with Honcharuk, 'I decided …'").
  const keptVerbs = new Set(kept.map((e) => e.clause?.at));
  const nominal = findNominalEvents(s, actors, [...kept, ...coded.map((c) => c.raw).filter((e) => isStatement(e) && !keptVerbs.has(e.clause?.at))]);
  const spoken = (e: RawEvent) => !(e.sources.every((x) => x?.quoted) || e.targets.every((x) => x?.quoted)) || quotedSourceCounts(e.code, e.by);
  return [...kept.filter((e) => !nominal.replaced.has(e)), ...nominal.events.filter(complete), ...criticsOf(s, actors)].map((e) => asAsked(s, withSettingTarget(s, actors, withVictimsPlace(s, actors, withProtestTarget(s, actors, asIntention(s, e)))))).filter(spoken);
}

/**
 * "Romendacil didn't clash over the efforts of Eriadori" (`- &NEGATVAUXVRB * OVER EFFORTS [904]`),
 * "will not budge towards" (`- WILL NOT * (TOWARDS +)` 030): a pattern that names the negation
 * codes the act of not doing, which is done; the verb group's other words keep their mode ("won't" intended).
 */
function modeWithoutNegation(s: SentenceWords, clause: VerbClause): EventMode {
  return modeOfVerbGroup(s.lower.slice(clause.groupStart, clause.at).filter((w) => !NEGATION_WORDS.has(w)));
}

/**
 * "Russian forces completed THEIR withdrawal", "Serb forces pulled back their tanks": a military
 * de-escalation (087x: withdrawal, retreat, demobilisation) whose only party is its doer, named again by a possessive pronoun in the
 * object (or found again where the parse lost the object's phrase), is the doer's own, with no
 * party — not dropped as an act of an actor on itself. Other
 * acts keep their party ("break his country's isolation" names no one the act is done to).
 */
function withoutOwnSelf(s: SentenceWords, targets: readonly ActorSpan[], sources: ReadonlyArray<ActorSpan | null>, code: string): readonly ActorSpan[] {
  if (!targets.length || !code.startsWith('087')) return targets;
  const country = (a: ActorSpan) => a.code?.slice(0, 3);
  const self = (t: ActorSpan) => sources.some((x) => x !== null && (x.start === t.start || (possessivePronoun(s, t.start) && ((!!t.code && country(x) === country(t)) || (x.entity !== null && x.entity === t.entity)))));
  return targets.every(self) ? [] : targets;
}

/**
 * Whether a word stands in a title right before the name that ends its actor's span: "Russian
 * OPPOSITION leader Alexei Navalny" (not the agent of "an EMBASSY in Tehran", joined to its place).
 */
function inNamesTitle(s: SentenceWords, actors: readonly ActorSpan[], w: number): boolean {
  const a = actorAt(actors, w);
  if (a === undefined || w >= a.end - 1 || s.pos[a.end - 1] !== 'PROPN' || s.pos[w] === 'PROPN') return false;
  for (let k = w + 1; k < a.end; k++) if (!TITLE_POS.has(s.pos[k]!)) return false;
  return true;
}

const TITLE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "A spokesperson told the MILITARY Times the attack took place", "asked the United States National SECURITY
 * Council": a proper-name word with another after it is part of a longer name, not the soldiers of
 * `- &MILITARY * [192]` or the security of a request for protection.
 */
function insideName(s: SentenceWords, w: number): boolean {
  const proper = (i: number) => s.pos[i] === 'PROPN' || s.upos[i] === 'PROPN';
  return proper(w) && w + 1 < s.words.length && proper(w + 1);
}

/** The doer of an act whose subject names none: an agentless passive's (`passive.ts`), or a weapon's (`weapon-subject.ts`). */
function weaponOrUnnamed(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, code: string, named: readonly ActorSpan[]): Array<ActorSpan | null> {
  const passive = unnamedAgent(s, actors, clause, code, named);
  return passive.length ? passive : weaponSubjectDoer(s, actors, clause, code, named);
}

/** Provenance suffix of a refusal; a refusal is a stance of its subject, complete without a target ("will not accept any more refugees"). */
const REFUSED = '+not';

/**
 * "Syria says it will not accept any more refugees" (1223), "the U.S. said it would not meet
 * hostage-takers' demands" (125): an act of cooperation its subject refuses, by a negation with a
 * modal, is asserted as that act's rejection (`refusal.ts`); "did not meet" stays a negated meeting.
 */
function refusal(s: SentenceWords, clause: VerbClause, coding: VerbCoding, code: string, targets: readonly ActorSpan[]): string | null {
  if (clause.mode !== 'negated' || coding.negationCoded || !isRefusal(s, clause)) return null;
  const objectIsActor = targets.some((t) => clause.tree.objects.some((o) => o >= t.start && o < t.end));
  return refusedActCode(s, clause, code, coding.matched.length > 0, objectIsActor);
}

/**
 * "Agreed to share information", "pledged that their countries would cooperate", "agreed on a
 * plan": a verb of commitment that governs a clause, or a thing agreed on, is the commitment (030, express intent to cooperate), not
 * the verb's own default code ("agree" is 050 alone). A coded act in the clause makes it that
 * act's intent code instead (`joinChains`); a pattern of the dictionary keeps its code.
 */
function commitment(s: SentenceWords, clause: VerbClause, coding: VerbCoding, actors: readonly ActorSpan[]): boolean {
  if (coding.matched.length > 0 || !COMMITMENT.test(s.lower[clause.at]!)) return false;
  return clause.tree.complement >= 0 || clause.tree.obliques.some((o) => AGREED_ON.has(o.prep) && !actorAt(actors, o.head));
}

/** Prepositions of what is agreed: "agreed upon a new free-trade pact", "agreed to a six-month extension of the mandate". */
const AGREED_ON: ReadonlySet<string> = new Set(['to', 'on', 'upon']);

/** Roots whose intended acts CAMEO codes as the intention (03x) or threat (13x) of the act. */
const INTENDED_ACT_ROOTS = /^(0[4-8]|1[4-9]|20)/;
/** Verbs of wanting, seeking and planning: the act they govern is their subject's intention. */
const DESIRE = /^(seek|sought|want|wish|plan|intend|aim|hop|announc|propos|vow|offer)/;

/**
 * "Brazil and the United States are seeking to deepen a partnership" is 031, "Obama wants to
 * attack" 138, "Israel announced it would free prisoners" 0352: CAMEO codes an act that its actor
 * seeks, plans or announces as the intention or threat of it, as it does for "agreed to" and
 * "threatened to" (`joinChains`). An act that is only imminent ("is about to restore ties") stays
 * the act. The mode stays `intended`.
 */
function asIntention(s: SentenceWords, e: RawEvent): RawEvent {
  if (e.mode !== 'intended' || !e.clause || !INTENDED_ACT_ROOTS.test(e.code)) return e;
  const at = e.clause.at;
  const governor = e.clause.tree.governor ?? (s.relation[at] === 'ccomp' ? s.head[at]! : -1);
  if (governor < 0 || !(DESIRE.test(s.lemma[governor]!) || statesReadiness(s, governor) || ownForceStated(s, e, governor))) return e;
  const code = intentCode(e.code);
  return code ? { ...e, code } : e;
}

/** Words of readiness: said of an actor, they state what it will do. */
const READINESS = /^(ready|prepared|willing|determined|eager|keen)$/;

/**
 * "Iran is ready to resume talks with the United States" (036), "the government is willing to release
 * the prisoners" (0353), "Hamas is determined to fight" (138): an actor said to be ready or willing to act
 * states its intention, as when it announces or offers the act. The word must be said of the actor by a
 * copula ("is prepared to send troops"); "the army prepared to attack" is the preparation, a deed.
 */
function statesReadiness(s: SentenceWords, governor: number): boolean {
  return READINESS.test(s.lower[governor]!) && s.children[governor]!.some((c) => s.relation[c] === 'cop' || s.relation[c] === 'aux:pass');
}

/** Verbs that state what their subject will do. */
const STATING = /^(say|state|declare|tell|insist)$/;

/**
 * "North Korea stated it would attack any loudspeakers", "Russia said it will strike convoys
 * carrying weapons": an act of force (18–20) its own doer states it will do is the threat of it
 * (138, threaten with military force, as the codebook's 13 reads it and PLOVER's THREATEN files
 * it), as it is when the doer announces or vows it. One actor's statement that another will
 * attack is a prediction, not a threat: the act's doer must be the speaker.
 */
function ownForceStated(s: SentenceWords, e: RawEvent, governor: number): boolean {
  if (!FORCE_ROOTS.test(e.code) || !STATING.test(s.lemma[governor]!)) return false;
  const speakers = treeRoles(s, governor).subjects.map((h) => subtree(s, h));
  return e.sources.length > 0 && e.sources.every((x) => x !== null && speakers.some((r) => x.start >= r.start && x.start < r.end));
}

/**
 * Roots whose acts are complete without a target: intentions, yielding (resigning, easing),
 * demands (a group's demands often name no addressee: "Protesters' demands include …", "farmers
 * demanded higher prices"), protest, mobilisation and force. Cooperation, consultation or
 * criticism of no one named is too often a misread clause to code.
 */
const INTRANSITIVE_ROOTS = new Set(['03', '08', '10', '14', '15', '18', '19', '20']);

/**
 * Claiming and denying responsibility (015, 016) are complete without a target: "Iran denied the accusation", "Iran
 * denied involvement in the attack", "the group claimed responsibility" say what the actor owns or disowns, often
 * with no party named in the sentence — where a pattern names what is claimed or denied ("- * RESPONSIBILITY
 * [015]", "- * ACCUSATION [016]"); a bare "acknowledged" (ACKNOWLEDGE's default, 015) owns no act.
 */
const RESPONSIBILITY: ReadonlySet<string> = new Set(['015', '016']);

/**
 * Administrative sanctions (172x: restrictions, bans, curfews, states of emergency or siege, martial
 * law) and their threat (132) fall on a population, not on a party the sentence need name: "declared
 * a 30-day state of siege", "is prepared to impose martial law" are complete acts, as their easing
 * (081x, root 08) is.
 */
const ADMINISTRATIVE_SANCTION = /^(172|132)/;

/** Destroying property (`property.ts`) is an act of force on things: complete, as force is, when the owner goes unnamed ("blew up three main electric power lines"). */
const DESTROY_PROPERTY = '1712';

/** Things proposed or asked for: rejecting one is a stance whoever made it ("declined the request"). */
const PROPOSED = /^(request|offer|proposal|proposition|plan|demand|appeal|call|bid|invitation|suggestion|application|ultimatum|deal|initiative|petition|motion|resignation)s?$/;

/**
 * "The embassy declined the request" (Wikinews, CC BY 2.5, wn-316bd5c2f454): a rejection (12)
 * of a thing proposed or asked for is complete without a target, as a refusal is — the one who
 * asked is often named in another sentence or not at all.
 */
function rejectsProposal(s: SentenceWords, e: RawEvent): boolean {
  return e.code.startsWith('12') && !!e.clause && e.clause.tree.objects.some((o) => PROPOSED.test(s.lower[o]!));
}

/** Words that name an investigation whatever is investigated; "searched", "checked", "cited" (09 by the dictionary) are too often no inquiry at all. */
const INVESTIGATING = /^(investigat|probe|probing|inquir|enquir|hearing)/;

/**
 * "He also instructed security agencies to investigate who leaked the recording" (Wikinews, CC BY
 * 2.5, wn-28108ad63c0e), "Police opened an investigation into the killing": an investigation (09)
 * is complete with no party named as investigated, as it often is.
 */
function investigates(s: SentenceWords, e: RawEvent): boolean {
  return e.code.startsWith('09') && INVESTIGATING.test(s.lower[e.trigger.start]!);
}

/** Roots of verbs that keep their own code over the act they govern: appeals, demands, rejections. */
const GOVERNOR_ROOTS = new Set(['02', '10', '12']);

type Coded = { clause: VerbClause; raw: RawEvent };

/**
 * "Russia demanded that Ukraine withdraw its troops", "urged that Congress pass the bill": the act
 * of a clause a demand or appeal (02, 10) governs is asked for, not done; the demand stands, aimed
 * at the one asked to act when it names no one else (`withActTarget`). The governing coded verb, when any.
 */
function askedIn(s: SentenceWords, askers: ReadonlyMap<number, Coded>, c: Coded): Coded | undefined {
  if (s.relation[c.clause.at] !== 'ccomp' || relativeClause(s, c.clause.at)) return undefined;
  return askers.get(c.clause.at);
}

/** The first demand or appeal (02, 10) governing each clause, by the clause's verb: one pass, not a search per clause (a sentence of thousands of clauses stays fast). */
function askersByComplement(coded: readonly Coded[]): Map<number, Coded> {
  return firstBy(coded.filter((g) => /^(02|10)/.test(g.raw.code)), (g) => g.clause.tree.complement);
}

/**
 * A clause whose subject is a relative pronoun is a relative clause, whatever the parse hung it on
 * ("urged Chile, WHICH is backed by the Brazilian government, to reopen", read as what "urged" asks).
 */
function relativeClause(s: SentenceWords, v: number): boolean {
  return s.children[v]!.some((c) => s.relation[c]!.startsWith('nsubj') && (s.lower[c] === 'which' || s.lower[c] === 'who'));
}

/**
 * "UNITA refused to allow United Nations planes to land", "demanded to meet the president": a
 * rejection, demand or appeal of its subject's own act that names no party is aimed at the party
 * of that act; null when the governor names one or the act does not.
 */
function withActTarget(governor: RawEvent, act: RawEvent): RawEvent | null {
  if (governor.targets.some((t) => t !== null)) return null;
  const targets = act.targets.filter((t) => t !== null && !governor.sources.some((x) => x && (x.start === t.start || (x.code !== null && x.code === t.code))));
  return targets.length ? { ...governor, targets } : null;
}

/**
 * Roots of verbs that move or meet people — sending, dispatching, deploying, summoning, receiving
 * (04 consult, 06 cooperate, 07 aid, 15 mobilise) — whose infinitive after an object is the
 * purpose of the move, done by the verb's subject, not an act asked of the object as after "urged
 * X to": "has sent 21 military and civilian personnel to Bosnia to investigate", "dispatched
 * inspectors to … Iran to monitor", "summoned Niger's ambassador to complain".
 */
const PURPOSE_ROOTS = new Set(['04', '06', '07', '15']);

/**
 * The purpose stands for the move, as the act the move serves: its doer is the mover, and the
 * party moved to, met or summoned is its target, else the one the purpose names ("sent personnel
 * to Bosnia to investigate" is the investigation of Bosnia, 090; "met with Assad to discuss efforts
 * to counter Islamic State militants" consults Assad: what is discussed is no party).
 */
function purposeAct(act: RawEvent, move: RawEvent): RawEvent {
  const sources = move.sources;
  const targets = move.targets.some((t) => t !== null) ? move.targets : act.targets.filter((t) => !sources.some((x) => x && t && x.start === t.start));
  return { ...act, sources, targets, mode: move.mode, evidence: { start: Math.min(move.evidence.start, act.evidence.start), end: Math.max(move.evidence.end, act.evidence.end) }, by: `${move.by}+${act.by}` };
}

/**
 * "The regional forum has agreed to set up a research centre" (the dictionary's "set up" is 090): a
 * commitment to an act that CAMEO has no intent code for is the commitment itself (030), an intent
 * the dictionary codes stays ("agreed to lift the sanctions" 0351), except for appeals, demands,
 * criticism and rejections, which the actor makes as it commits ("agreed to reject the plan" rejects
 * it) — where they stand as acts: one of no party ("the junta agreed to postpone the elections",
 * POSTPONE being 120) would be dropped with the commitment, which stays instead.
 */
function commitmentTo(s: SentenceWords, act: RawEvent): string | null {
  if (act.code.startsWith('03')) return act.code;
  const standsAlone = act.targets.some((t) => t !== null) || rejectsProposal(s, act);
  return /^(02|1[0-2])/.test(act.code) && standsAlone ? null : '030';
}

/**
 * One act per chain of verbs. A promise or threat of an act is coded as that ("agreed to hold
 * exercises" 0312, "threatened to cut off" 131x); an appeal or rejection keeps its own code ("urged
 * Bree to help" is the appeal), a plain appeal or a wish that another actor act made the appeal for
 * that act (`appealCode`: "is asking Obama to help Iran" 023); otherwise the governed act stands, in the governor's mode ("is about
 * to restore ties"). A statement verb (01) gives way to any act the sentence reports.
 */
function joinChains(s: SentenceWords, actors: readonly ActorSpan[], coded: readonly Coded[]): RawEvent[] {
  const drop = new Set<Coded>();
  const replaced = new Map<Coded, RawEvent>();
  const byVerb = firstBy(coded, (g) => g.clause.at);
  const askers = askersByComplement(coded);
  for (const c of coded) {
    const asker = c.clause.governor === null ? askedIn(s, askers, c) : undefined;
    if (asker) {
      drop.add(c);
      const aimed = withActTarget(replaced.get(asker) ?? asker.raw, { ...c.raw, targets: c.raw.sources });
      if (aimed) replaced.set(asker, aimed);
    }
    if (c.clause.governor === null) continue;
    const word = s.lower[c.clause.governor]!;
    const gov = byVerb.get(c.clause.governor);
    const promise = !c.clause.objectControl && COMMITMENT.test(word) ? intentCode(c.raw.code) ?? commitmentTo(s, c.raw) : null;
    const threat = !c.clause.objectControl && (THREAT_VERB.test(word) || gov?.raw.code.startsWith('13')) ? threatCode(c.raw.code) ?? '138' : null;
    const combined = threat ?? promise;
    if (combined) {
      const base = gov?.raw ?? c.raw;
      replaced.set(c, { ...c.raw, code: combined, mode: gov ? gov.raw.mode : 'asserted', sources: base.sources, by: `${c.raw.by}+${word}` });
      if (gov) drop.add(gov);
    } else if (!gov) continue;
    else if (c.clause.objectControl && PURPOSE_ROOTS.has(gov.raw.code.slice(0, 2)) && !WANT_VERB.test(s.lemma[gov.clause.at]!)) {
      drop.add(gov);
      replaced.set(c, purposeAct(c.raw, gov.raw));
    } else if (c.clause.objectControl || GOVERNOR_ROOTS.has(gov.raw.code.slice(0, 2))) {
      drop.add(c);
      if (c.clause.objectControl && (gov.raw.code === '020' || WANT_VERB.test(s.lemma[gov.clause.at]!))) {
        replaced.set(gov, { ...gov.raw, code: appealCode(c.raw.code), by: `${gov.raw.by}+${c.raw.by}` });
      } else if (!c.clause.objectControl) {
        const aimed = withActTarget(gov.raw, c.raw);
        if (aimed) replaced.set(gov, aimed);
      }
    } else drop.add(gov);
  }
  const kept = withStatementReadings(s, actors, coded.filter((c) => !drop.has(c)).map((c) => replaced.get(c) ?? c.raw));
  const acts = kept.some((e) => !isStatement(e));
  return acts ? kept.filter((e) => !isStatement(e)) : kept;
}

/** A statement that gives way to the acts it reports; a claim of responsibility (015) is an act of its own. */
function isStatement(e: RawEvent): boolean {
  return e.code.startsWith('01') && e.code !== '015';
}

/** The codes of an actor: one, or each of an actor the dictionary makes several at once ("FRO/BIL/SAM"). */
function actorCodes(a: ActorSpan | null): ReadonlyArray<string | null> {
  return a?.code ? a.code.split('/') : [null];
}

/**
 * The events one raw coding makes, one per source and target. `seen` holds the events already made in the
 * document: the same act by the same parties at the same trigger is one event, however many of the parties'
 * mentions or coding paths led to it ("the United States and its Western allies cannot abandon Ukraine", where
 * "its" is the United States again).
 */
function toEvents(doc: Doc, s: SentenceWords, raw: RawEvent, res: EventResources, when: EventTimes, count: number, seen: Set<string>): Event[] {
  const trigger = { start: s.start(raw.trigger.start), end: s.end(raw.trigger.end - 1) };
  const shared = { trigger: { ...trigger, text: doc.text.slice(trigger.start, trigger.end) }, ...eventDate(doc, s, raw, trigger, when) };
  const out: Event[] = [];
  for (const source of raw.sources) {
    for (const target of raw.targets) {
      if (source && target && source.start === target.start) continue;
      if (source && target && source.entity !== null && source.entity === target.entity) continue;
      for (const sourceActor of actorCodes(source)) for (const targetActor of actorCodes(target)) {
        const key = `${raw.code}|${raw.mode}|${trigger.start}|${source?.entity ?? ''}|${target?.entity ?? ''}|${sourceActor}|${targetActor}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(eventOf(doc, s, raw, res, { source, target, sourceActor, targetActor }, shared, `v${count + out.length + 1}`));
      }
    }
  }
  return out;
}

/** What dates a sentence's events: the document's dates, the sentence's calendar timexes, the day its narrative has reached. */
interface EventTimes {
  readonly dates: DocumentDates | null;
  readonly times: SentenceTimes | null;
  readonly narrative: Timex | null;
}

/**
 * An event's date: the timex of its own sentence that dates it (`eventTimex`); else, for an act told in
 * the past tense, the day the story's narrative has reached (`narrativeDays`: "Protesters clashed with
 * police on Friday night. Police fired tear gas …"); else the publication date.
 */
function eventDate(doc: Doc, s: SentenceWords, raw: RawEvent, trigger: Span, when: EventTimes): Pick<Event, 'date' | 'dateFrom'> {
  const timex = when.dates ? eventTimex(s, when.times, raw.clause?.at, when.dates.governingTimex(trigger)) : null;
  if (timex) return { date: timex.value, dateFrom: 'timex' };
  if (when.narrative && raw.clause?.at !== undefined && inNarrative(doc, s, raw.clause.at)) return { date: when.narrative.value.slice(0, 10), dateFrom: 'sentence' };
  const anchor = doc.has('anchor') ? doc.get('anchor').value : doc.meta.published;
  return anchor ? { date: anchor.slice(0, 10), dateFrom: 'published' } : { date: null, dateFrom: null };
}

interface Parties {
  readonly source: RawEvent['sources'][number];
  readonly target: RawEvent['targets'][number];
  readonly sourceActor: string | null;
  readonly targetActor: string | null;
}

/** One event of a raw coding: its parties, and what every event of that coding shares (`toEvents`: trigger and date). */
function eventOf(doc: Doc, s: SentenceWords, raw: RawEvent, res: EventResources, p: Parties, shared: Pick<Event, 'trigger' | 'date' | 'dateFrom'>, id: string): Event {
  const entry = res.codebook.get(raw.code);
  const text = doc.text;
  const { source, target } = p;
  return {
    id,
    code: raw.code,
    label: entry?.label ?? '',
    root: raw.code.slice(0, 2),
    quadClass: entry?.quadClass ?? 1,
    goldstein: entry?.goldstein ?? 0,
    plover: raw.mode === 'intended' ? ploverOfIntended(raw.code, entry?.plover || null) : entry?.plover || null,
    mode: raw.mode,
    source: source?.entity ?? null,
    target: target?.entity ?? null,
    sourceActor: p.sourceActor,
    targetActor: p.targetActor,
    sourceText: source ? text.slice(s.start(source.start), s.end(source.end - 1)) : null,
    targetText: target ? text.slice(s.start(target.start), s.end(target.end - 1)) : null,
    ...shared,
    sentence: s.index,
    start: s.start(raw.evidence.start),
    end: s.end(raw.evidence.end - 1),
    by: raw.by,
  };
}
