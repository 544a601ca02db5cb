import type { Country } from './countries.js';
import { tenureHints } from './dating.js';
import type { Kb, KbActor } from './index.js';
import { addDays } from '../dates/ranges.js';
import { ELECTION_LEAD_DAYS } from './link.js';
import { nameKey } from './normalize.js';
import type { ActorsKb, KbOrganisation, KbPerson, PlaceRef } from './view-types.js';

/** The parts of the shipped KB (src/kb) the adapter reads. */
export type KbSource = Kb;

function countryPlace(country: Country, via: 'name' | 'demonym'): PlaceRef {
  return { via, country: country.iso3, name: country.name, id: `country:${country.iso3}`, cameo: country.cameo };
}

/** Adapts the KB to the questions the entities stage asks. */
export function actorsKbFrom(kb: KbSource): ActorsKb {
  const { countries } = kb;
  const people = (list: readonly KbActor[]): KbPerson[] => list.filter((a) => a.kind === 'person');
  return {
    place(word) {
      const named = countries.byName(word);
      if (named) return countryPlace(named, 'name');
      const demonym = countries.byDemonym(word);
      if (demonym.length === 1) return countryPlace(demonym[0], 'demonym');
      const hit = countries.byCapital(word);
      if (!hit) return null;
      const key = nameKey(word);
      const spelled = hit.kind === 'capital'
        ? hit.country.capitals.find((c) => nameKey(c) === key)
        : hit.country.seats.find((s) => nameKey(s.name) === key)?.name;
      const name = spelled ?? word.replace(/^the\s+/i, '');
      return { via: hit.kind === 'seat' ? 'metonym' : 'capital', country: hit.country.iso3, name, id: `${hit.kind}:${hit.country.iso3}:${key}`, cameo: hit.cameo };
    },
    region(name) {
      const found = kb.place(name);
      if (!found || found.country === null) return null;
      return { via: 'region', country: found.country, name: found.name, id: `place:${nameKey(found.name)}`, cameo: found.cameo };
    },
    towns: (name) => kb.towns(name),
    agent: (words) => kb.agent(words) ?? null,
    agentWords: kb.agentWords,
    agentStart: (word) => kb.agentStart(word),
    phoenixEnd: kb.phoenixEnd,
    people: (name) => people(kb.lookup(name)),
    peopleBySurname: (surname) => people(kb.bySurname(surname)),
    organisation(name): KbOrganisation | null {
      const org = kb.lookup(name).find((a) => a.kind === 'organisation');
      return org ? { id: org.id, name: org.name, country: org.country, cameo: org.cameo, phoenixOnly: org.source === 'phoenix-only' } : null;
    },
    holders: (office, country, date) => people(kb.holders(office, country, date)),
    termWindows(person, qualifier, title, country) {
      const phrase = qualifier === 'elect' ? `${title}-elect` : qualifier === 'current' ? title : `${qualifier} ${title}`;
      return tenureHints(kb, person as KbActor, phrase)
        .filter((h) => country === null || h.tenure.country === country)
        // A term whose election date the KB lacks: the usual weeks between a vote and taking office.
        .map((h) => ({ from: h.from ?? (qualifier === 'incoming' || qualifier === 'elect' ? addDays(h.tenure.start, -ELECTION_LEAD_DAYS) : null), to: h.to }));
    },
  };
}
