import type { Doc } from '../../model/document.js';
import type { Entity, EntityMentionRef, Role } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { asActorsKb, perDocument, type ActorsKb } from './kb-view.js';
import { cameoAt, kbRoles } from './link.js';
import { nameMentions } from './mentions.js';
import { clusterNames, linkPeople, readTitles } from './names.js';
import { findUntaggedPlaces, resolveDefiniteTitles } from './nominals.js';
import { assignGender } from './gender.js';
import { resolvePronouns } from './pronouns.js';
import { findRepeatedSurnames } from './repeats.js';
import { firstStart, type Cluster } from './refs.js';

/**
 * Document entities: NER mentions merged into referents (names, surnames, titles,
 * nationality adjectives, capitals and seats of government, pronouns), linked to the
 * actor KB with the roles the text states and the KB knows at the document date.
 */
export const actorsStage: Stage<'entities'> = {
  name: 'actors',
  requires: ['tokens', 'sentences', 'mentions', 'anchor'],
  provides: ['entities'],
  resources: ['kb'],
  run(doc: Doc, ctx) {
    return { entities: resolveActors(doc, perDocument(asActorsKb(ctx.resources.kb))) };
  },
};

export function resolveActors(doc: Doc, kb: ActorsKb): Entity[] {
  const sentences = doc.get('sentences');
  const date = doc.get('anchor').value?.slice(0, 10) ?? null;
  const names = nameMentions(doc, doc.get('mentions'), sentences, kb);
  const set = clusterNames(doc, names, kb);
  readTitles(doc, set, names, sentences, kb);
  linkPeople(set, kb, date);
  findRepeatedSurnames(doc, set.people, set.all(), sentences);
  findUntaggedPlaces(doc, set, sentences, kb);
  resolveDefiniteTitles(doc, set, sentences, kb, date);
  assignGender(doc.text, set.all());
  resolvePronouns(doc, set.all(), sentences);
  return set.all()
    .filter((c) => c.refs.length > 0)
    .sort((a, b) => firstStart(a) - firstStart(b))
    .map((c, i) => toEntity(doc.text, c, `e${i + 1}`, date));
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

function actorOf(text: string, c: Cluster, date: string | null): Entity['actor'] {
  if (c.person) return { id: c.person.id, cameo: cameoAt(c.person, date) };
  if (c.organisation) return { id: c.organisation.id, cameo: c.organisation.cameo };
  const place = c.place;
  if (!place) return null;
  const seat = place.via === 'capital' || place.via === 'metonym';
  const onlyWhere = c.refs.every((r) => LOCATIVE.test(text.slice(Math.max(0, r.start - 24), r.start)));
  return { id: place.id, cameo: seat && onlyWhere ? place.country : place.cameo };
}

function toEntity(text: string, c: Cluster, id: string, date: string | null): Entity {
  const roles = rolesOf(c, date);
  const actor = actorOf(text, c, date);
  const country = c.place?.country ?? roles.find((r) => r.country)?.country ?? c.person?.country ?? c.organisation?.country ?? null;
  const mentions: EntityMentionRef[] = [...c.refs]
    .sort((a, b) => a.start - b.start)
    .map((r) => ({ start: r.start, end: r.end, text: r.text, form: r.form }));
  return { id, type: c.type, name: nameOf(c), country, actor, roles, mentions, by: actor ? 'actors/kb-link' : 'actors/cluster' };
}
