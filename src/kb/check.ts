import { loadKb } from './index.js';
import { nameKey } from './normalize.js';
import { readKbTable } from './tsv.js';
import type { Kb, KbActor, Tenure } from './types.js';

/** Generic offices a tenure may name; local titles go in `title`. */
export const OFFICES: readonly string[] = Object.freeze([
  'President', 'Vice President', 'Prime Minister', 'Chancellor', 'Monarch', 'Supreme Leader',
  'Foreign Minister', 'Defence Minister', 'Secretary-General', 'High Representative',
  'Director General', 'Managing Director', 'Prosecutor', 'Chairperson',
]);

/**
 * Checks the knowledge base for the mistakes a hand-edited table invites: malformed or unknown CAMEO
 * codes, unknown countries, impossible dates, two people holding one office at once, and names that
 * point at several actors without being listed in ambiguous.tsv with a reason. Returns one line per problem.
 */
export function checkKb(kb: Kb = loadKb()): string[] {
  const problems: string[] = [];
  const cameo = cameoValidator(kb);
  // The Phoenix-only actors are taken as Phoenix gives them; the checks are for the hand-kept tables.
  const ours = kb.all().filter((actor) => actor.source !== 'phoenix-only');
  for (const actor of ours) {
    if (actor.cameo !== null && !cameo(actor.cameo)) problems.push(`${actor.id}: invalid CAMEO code ${actor.cameo}`);
    if (actor.country !== null && kb.countries.byCode(actor.country) === undefined) {
      problems.push(`${actor.id}: unknown country ${actor.country}`);
    }
    for (const tenure of actor.tenures) problems.push(...checkTenure(kb, actor, tenure, cameo));
  }
  problems.push(...overlappingTerms(ours));
  problems.push(...unexplainedAmbiguities(ours));
  return problems;
}

function checkTenure(kb: Kb, actor: KbActor, tenure: Tenure, cameo: (code: string) => boolean): string[] {
  const where = `${actor.id} ${tenure.office} ${tenure.country} ${tenure.start}`;
  const problems: string[] = [];
  if (!OFFICES.includes(tenure.office)) problems.push(`${where}: unknown office "${tenure.office}"`);
  const known = tenure.country.startsWith('org:')
    ? kb.get(tenure.country)?.kind === 'organisation'
    : kb.countries.byCode(tenure.country) !== undefined;
  if (!known) problems.push(`${where}: unknown country or organisation ${tenure.country}`);
  if (!cameo(tenure.cameo)) problems.push(`${where}: invalid CAMEO code ${tenure.cameo}`);
  if (!isIsoDate(tenure.start)) problems.push(`${where}: start is not a real YYYY-MM-DD date`);
  if (tenure.end !== null && !isIsoDate(tenure.end)) problems.push(`${where}: end ${tenure.end} is not a real YYYY-MM-DD date`);
  if (tenure.elected !== null && !(isIsoDate(tenure.elected) && tenure.elected <= tenure.start)) {
    problems.push(`${where}: elected ${tenure.elected} is not a real date on or before the start`);
  }
  if (tenure.end !== null && tenure.end <= tenure.start) problems.push(`${where}: ends (${tenure.end}) before it starts`);
  return problems;
}

/** One office in one country is held by one person at a time; `[start, end)` terms may touch but not overlap. */
function overlappingTerms(actors: readonly KbActor[]): string[] {
  const byOffice = new Map<string, { actor: KbActor; tenure: Tenure }[]>();
  for (const actor of actors) {
    for (const tenure of actor.tenures) {
      const key = `${tenure.office} of ${tenure.country}`;
      byOffice.set(key, [...(byOffice.get(key) ?? []), { actor, tenure }]);
    }
  }
  const problems: string[] = [];
  for (const [office, terms] of byOffice) {
    terms.sort((a, b) => a.tenure.start.localeCompare(b.tenure.start));
    for (let i = 1; i < terms.length; i++) {
      const before = terms[i - 1]!;
      const after = terms[i]!;
      if (before.tenure.end === null || before.tenure.end > after.tenure.start) {
        problems.push(`${office}: ${before.actor.id} (${before.tenure.start}–${before.tenure.end ?? 'now'}) overlaps ${after.actor.id} from ${after.tenure.start}`);
      }
    }
  }
  return problems;
}

/** A name shared by several actors must be listed in ambiguous.tsv, with the reason it is kept. */
function unexplainedAmbiguities(actors: readonly KbActor[]): string[] {
  const allowed = new Set(readKbTable('ambiguous.tsv').map((row) => nameKey(row['name']!)));
  const owners = new Map<string, Set<string>>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const key = nameKey(name);
      owners.set(key, (owners.get(key) ?? new Set()).add(actor.id));
    }
  }
  const unexplained = [...owners]
    .filter(([key, ids]) => ids.size > 1 && !allowed.has(key))
    .map(([key, ids]) => `name "${key}" is shared by ${[...ids].join(', ')}; list it in ambiguous.tsv with a reason or remove it`);
  const stale = [...allowed]
    .filter((key) => (owners.get(key)?.size ?? 0) < 2)
    .map((key) => `ambiguous.tsv lists "${key}", which no longer names several actors; remove the line`);
  return [...unexplained, ...stale];
}

/**
 * A CAMEO actor code is 3-letter segments: a country code from countries.tsv or a head segment
 * (IGO, NGO, regions…), then role or sector segments, all as seen in the Phoenix dictionaries.
 */
function cameoValidator(kb: Kb): (code: string) => boolean {
  const segments = readKbTable('cameo-segments.tsv');
  const heads = new Set(segments.filter((s) => s['position'] === 'head').map((s) => s['segment']!));
  for (const country of kb.countries.all()) heads.add(country.cameo);
  const tails = new Set(segments.filter((s) => s['position'] === 'tail').map((s) => s['segment']!));
  return (code) => {
    if (!/^([A-Z]{3})+$/.test(code)) return false;
    const parts = code.match(/.{3}/g)!;
    return heads.has(parts[0]!) && parts.slice(1).every((part) => tails.has(part));
  };
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

