import type { CompiledActor } from './compiled.js';
import type { Country } from './countries.js';
import type { DatedCode, KbActor, KbSource, Tenure } from './types.js';

/** A compiled actor as the rest of Parley reads it. */
export function actorFromCompiled(compiled: CompiledActor): KbActor {
  const { id, kind, name, aliases, country, cameo, source, surname, tenures: terms, codes } = compiled;
  const tenures = Object.freeze(terms.map(([office, title, where, start, end, elected, code, from]) =>
    Object.freeze({
      office, title, country: where, start, end: end === '' ? null : end, elected: elected === '' ? null : elected,
      cameo: code, source: from as KbSource,
    }) as Tenure));
  const latest = tenures[tenures.length - 1];
  const actor: KbActor = {
    id,
    kind,
    name,
    aliases: Object.freeze(aliases),
    country,
    cameo: cameo ?? latest?.cameo ?? null,
    tenures,
    codes: Object.freeze(codes.map(([code, from, to]) => Object.freeze({ code, from, to }) as DatedCode)),
    source: source as KbSource,
    ...(surname !== null ? { surname } : {}),
  };
  return Object.freeze(actor);
}

/** A country as an actor, and each of its capitals and government seats as a metonym actor. */
export function countryActors(country: Country): KbActor[] {
  const base = { country: country.iso3, tenures: Object.freeze([]) as readonly Tenure[], codes: Object.freeze([]) as readonly DatedCode[], source: 'manual' as const };
  const self: KbActor = Object.freeze({
    ...base,
    id: `country:${country.iso3}`,
    kind: 'country',
    name: country.name,
    aliases: Object.freeze([...country.names, ...country.adjectives, ...country.people]),
    cameo: country.cameo,
  });
  const capitals: KbActor[] = country.capitals.length === 0 ? [] : [
    Object.freeze({
      ...base,
      id: `capital:${country.iso3}`,
      kind: 'capital',
      name: country.capitals[0]!,
      aliases: Object.freeze(country.capitals.slice(1)),
      cameo: `${country.cameo}GOV`,
    }),
  ];
  // One actor per branch a country's seats stand for: "White House" and "State Department" are both USAGOV.
  const byCameo = new Map<string, string[]>();
  for (const seat of country.seats) byCameo.set(seat.cameo, [...(byCameo.get(seat.cameo) ?? []), seat.name]);
  const seats = [...byCameo].map(([cameo, [first, ...rest]]) =>
    Object.freeze({
      ...base,
      id: `capital:${country.iso3}:${cameo.slice(country.cameo.length)}`,
      kind: 'capital' as const,
      name: first!,
      aliases: Object.freeze(rest),
      cameo,
    }),
  );
  return [self, ...capitals, ...seats];
}
