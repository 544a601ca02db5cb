import { phoenixCodeAt } from './index.js';
import { tenureRuns } from './tenure.js';
import type { Kb, KbActor, KbSource } from './types.js';

/** What Parley knows about one actor on a date, as `parley actors lookup` prints it. */
export interface ActorReport {
  readonly id: string;
  readonly kind: KbActor['kind'];
  readonly name: string;
  readonly country: string | null;
  /** The CAMEO code the actor acts under on the date. */
  readonly code: string | null;
  /** Offices held on the date (our terms), and Phoenix codes in force then. */
  readonly roles: ReadonlyArray<{ title: string; office: string; country: string; from: string; to: string | null; code: string }>;
  readonly codes: ReadonlyArray<{ code: string; from: string | null; to: string | null }>;
  readonly aliases: readonly string[];
  readonly sources: readonly string[];
}

/** What else a name may be: a place of a country, or an agent noun. */
export interface LookupResult {
  readonly name: string;
  readonly date: string;
  readonly actors: readonly ActorReport[];
  readonly place: { name: string; cameo: string; country: string | null } | null;
  readonly agent: { code: string; number: string } | null;
}

const SOURCES: Readonly<Record<KbSource, string>> = {
  manual: 'data/kb tables (our compilation)',
  phoenix: 'data/kb tables, names and codes also in the Phoenix dictionaries (MIT)',
  'phoenix-only': 'Phoenix dictionaries (MIT, Open Event Data Alliance)',
};

/** Every actor a name (or, for one word, a surname) names, with its code and roles on `date`. */
export function lookupActor(kb: Kb, name: string, date: string): LookupResult {
  const byName = kb.lookup(name);
  const found = byName.length > 0 || name.trim().includes(' ') ? byName : kb.bySurname(name);
  return {
    name,
    date,
    actors: found.map((actor) => report(kb, actor, date)),
    place: kb.place(name) ?? null,
    agent: agentOf(kb, name.trim()),
  };
}

/** An agent noun, alone ("police" → COP) or after a country word ("Hong Kong police" → HKGCOP, "Iraqi lawmakers" → IRQLEG). */
function agentOf(kb: Kb, name: string): LookupResult['agent'] {
  const words = name.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const agent = kb.agent(words.slice(k).join(' ').toLowerCase());
    if (!agent) continue;
    if (k === 0) return agent;
    const prefix = words.slice(0, k).join(' ').replace(/[’']s$/, '');
    const country = kb.countries.byName(prefix) ?? (kb.countries.byDemonym(prefix).length === 1 ? kb.countries.byDemonym(prefix)[0] : undefined);
    const cameo = country?.cameo ?? kb.place(prefix)?.cameo;
    if (cameo) return { code: `${cameo}${agent.code}`, number: agent.number };
  }
  return null;
}

function report(kb: Kb, actor: KbActor, date: string): ActorReport {
  // Our terms speak for the years after the dictionaries end.
  const phoenixSpeaks = actor.tenures.length === 0 || date <= kb.phoenixEnd;
  const phoenix = phoenixSpeaks ? phoenixCodeAt(actor.codes, date) : undefined;
  const roles = actor.tenures.filter((t) => tenureRuns(t, date)).map((t) => ({
    title: t.title, office: t.office, country: t.country, from: t.start, to: t.end, code: t.cameo,
  }));
  return {
    id: actor.id,
    kind: actor.kind,
    name: actor.name,
    country: actor.country,
    code: kb.codeAt(actor.id, date),
    roles,
    codes: phoenixSpeaks ? actor.codes.filter((c) => c.code === phoenix || (c.from !== null && c.from <= date && (c.to === null || date < c.to))) : [],
    aliases: actor.aliases,
    sources: [SOURCES[actor.source]],
  };
}
