import type { Doc } from '../../model/document.js';
import type { Entity, EntityMentionRef, Mention, Role } from '../../model/layers.js';
import { lowerBound, type Span } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { asActorsKb, perDocument, type ActorsKb } from '../../kb/view.js';
import { cameoAt, kbRoles } from '../../kb/link.js';
import { nameMentions } from './mentions.js';
import { clusterNames, linkPeople, readTitles } from './names.js';
import { typeByApposition, typeBySpeech } from './appositive-type.js';
import { mergeSpellingVariants } from './variants.js';
import { joinHeadShortForms } from './head-short-forms.js';
import { findUntaggedPlaces, resolveDefiniteTitles, resolveUnnamedOfficers } from './nominals.js';
import { assignGender, type FirstNameGender } from './gender.js';
import { findAgents } from './agents.js';
import { resolveOrganisationDescriptions } from './organisation-descriptions.js';
import { findLocalInstitutions } from './institutions.js';
import { readContexts } from './context.js';
import { codeApposedOrganisations } from './apposed-agents.js';
import { codeFollowers } from './religion.js';
import { splitEthnicGroups } from './ethnic.js';
import { resolvePronouns } from './pronouns.js';
import { findRepeatedSurnames } from './repeats.js';
import { firstStart, type Cluster } from './refs.js';

/**
 * Document entities: NER mentions merged into referents (names, surnames, titles,
 * nationality adjectives, capitals and seats of government, pronouns), linked to the
 * actor KB with the roles the text states and the KB knows at the document date. Where the time
 * stage ran first, names inside its timexes are left out (`outsideTimexes`).
 */
export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'mentions', 'anchor'],
  provides: ['entities'],
  resources: ['kb', 'firstNames'],
  run(doc: Doc, ctx) {
    return { entities: resolveEntities(doc, perDocument(asActorsKb(ctx.resources.kb)), ctx.resources.firstNames as FirstNameGender) };
  },
};

export { loadFirstNames, type FirstNameGender } from './gender.js';

export function resolveEntities(doc: Doc, kb: ActorsKb, firstNames: FirstNameGender): Entity[] {
  const sentences = doc.get('sentences');
  const date = doc.get('anchor').value?.slice(0, 10) ?? null;
  const names = nameMentions(doc, outsideTimexes(doc.get('mentions'), doc.getOr('timexes', [])), sentences, kb, date, firstNames);
  const set = clusterNames(doc, names, kb);
  typeByApposition(doc, set);
  typeBySpeech(doc, set);
  readTitles(doc, set, names, sentences, kb);
  linkPeople(doc.text, set, kb, date);
  mergeSpellingVariants(set);
  joinHeadShortForms(doc.text, set);
  findRepeatedSurnames(doc, set.people, set.all(), sentences);
  findUntaggedPlaces(doc, set, sentences, kb);
  const untitled = resolveDefiniteTitles(doc, set, sentences, kb, date);
  codeFollowers(doc, set, kb);
  readContexts(doc, set, kb);
  splitEthnicGroups(doc, set, kb);
  findLocalInstitutions(doc, set, kb);
  findAgents(doc, set, kb);
  codeApposedOrganisations(doc, set);
  resolveOrganisationDescriptions(doc, set, sentences);
  resolveUnnamedOfficers(doc, set, untitled);
  assignGender(doc.text, set.all(), firstNames);
  resolvePronouns(doc, set.all(), sentences);
  return set.all()
    .filter((c) => c.refs.length > 0)
    .sort((a, b) => firstStart(a) - firstStart(b))
    .map((c, i) => toEntity(doc.text, c, `e${i + 1}`, date, kb.phoenixEnd));
}

/**
 * Names inside a date or time the time stage found are part of it, not actors: the time zone of "10:02 UTC" and
 * "04:20 GMT" (the entity model's ORG and MISC), a holiday's "Christmas Day". Read when the time stage ran before.
 */
export function outsideTimexes(mentions: readonly Mention[], timexes: readonly Span[]): readonly Mention[] {
  if (timexes.length === 0) return mentions;
  const byStart = [...timexes].sort((a, b) => a.start - b.start);
  return mentions.filter((m) => {
    const last = lowerBound(byStart.length, (i) => byStart[i].start <= m.start) - 1;
    return last < 0 || byStart[last].end < m.end;
  });
}

function rolesOf(c: Cluster, date: string | null): Role[] {
  const roles: Role[] = [];
  const key = (r: Role) => `${r.title.toLowerCase()}|${r.country}`;
  for (const r of c.textRoles) {
    if (!roles.some((x) => key(x) === key(r) && x.qualifier === r.qualifier)) roles.push(r);
  }
  if (c.person) for (const r of kbRoles(c.person, date)) if (!roles.some((x) => key(x) === key(r))) roles.push(r);
  return roles;
}

function nameOf(c: Cluster): string {
  const known = c.person?.name ?? c.place?.name ?? c.organisation?.name;
  if (known) return known;
  if (c.type === 'PERSON' && c.nameWords.length) return c.nameWords.join(' ');
  const named = c.refs.filter((r) => r.form === 'name');
  return (named.length ? named : c.refs).reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
}

/** A preposition of place right before a capital: "flown to Moscow" is the city, "Moscow said" the government. */
const LOCATIVE = /\b(?:in|to|from|near|at|into|outside|across|around|toward|towards|via|of)\s+(?:the\s+)?$/i;

function actorOf(text: string, c: Cluster, date: string | null, phoenixEnd: string): Entity['actor'] {
  if (c.person) return { id: c.person.id, cameo: cameoAt(c.person, date, phoenixEnd) };
  if (c.context?.agent) return { id: `agent:${c.context.sector}`, cameo: contextCode(c) };
  if (c.organisation) return { id: c.organisation.id, cameo: c.organisation.cameo };
  const place = c.place;
  if (!place) return null;
  const seat = place.via === 'capital' || place.via === 'metonym';
  const onlyWhere = c.refs.every((r) => LOCATIVE.test(text.slice(Math.max(0, r.start - 24), r.start)));
  return { id: place.id, cameo: seat && onlyWhere ? place.country : place.cameo };
}

/** The code the context gives: country (or group) and sector, "RUSOPP"; null without a country. */
function contextCode(c: Cluster): string | null {
  const context = c.context;
  return context?.countryCode ? `${context.countryCode}${context.sector ?? ''}` : null;
}

function toEntity(text: string, c: Cluster, id: string, date: string | null, phoenixEnd: string): Entity {
  const roles = rolesOf(c, date);
  const actor = actorOf(text, c, date, phoenixEnd);
  const country = c.place?.country ?? roles.find((r) => r.country)?.country ?? c.person?.country ?? c.organisation?.country
    ?? c.context?.country ?? null;
  const mentions: EntityMentionRef[] = [...c.refs]
    .sort((a, b) => a.start - b.start)
    .map((r) => ({ start: r.start, end: r.end, text: r.text, form: r.form }));
  const cameo = actor?.cameo ?? contextCode(c);
  const by = c.context?.agent ? 'entities/agent' : actor && !c.placeFromContext ? 'entities/kb-link' : c.context || c.placeFromContext ? 'entities/context' : 'entities/cluster';
  const name = nameOf(c);
  const aliases = aliasesOf(name, mentions);
  return {
    id, type: c.type, name, ...(aliases.length ? { aliases } : {}), country, actor, cameo, ...(c.context?.agent ? { agent: c.context.sector! } : {}), roles, mentions, by,
  };
}

/**
 * The other names the text calls an entity by, in the order they first appear: the knowledge base's
 * "Al Qa'ida" is "Al-Qaeda" in the text, "Joe Biden" is also "Biden". A reader (or a query) looking
 * for the words of the article finds the entity under them.
 */
function aliasesOf(name: string, mentions: readonly EntityMentionRef[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  for (const m of mentions) {
    if (m.form !== 'name') continue;
    const text = m.text.replace(/\s+/g, ' ');
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(text);
  }
  return aliases;
}
