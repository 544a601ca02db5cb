import type { Doc } from '../../model/document.js';
import type { ClusterSet } from './names.js';
import type { Cluster, Ref } from './refs.js';

/** ", " between an agent phrase and the name it describes ("rebel group, Forces for Defence of Democracy"). */
const COMMA_BEFORE = /,\s+$/;
/** What closes an apposition: a bracketed acronym, a comma or the end of the sentence. */
const CLOSED = /^\s*[(,.;]/;

/**
 * An organisation the KB does not know, named in apposition to an agent phrase, is the group that phrase describes: "The
 * main Hutu rebel group, Forces for Defence of Democracy (FDD)" is the rebels of Burundi (BDIREB), and "its" the group
 * again. It takes the agent's country and sector, which the words around the name do not give otherwise.
 */
export function codeApposedOrganisations(doc: Doc, set: ClusterSet): void {
  const agents = set.all().filter((c) => c.context?.agent && c.context.countryCode);
  if (agents.length === 0) return;
  for (const c of set.all()) {
    if (c.type !== 'ORG' || c.organisation || c.context?.agent || c.context?.country) continue;
    const agent = c.refs.filter((r) => r.form === 'name').map((r) => apposedAgent(doc.text, r, agents)).find((a) => a !== null);
    if (agent) c.context = { country: agent.context!.country, countryCode: agent.context!.countryCode, sector: agent.context!.sector, agent: false };
  }
}

function apposedAgent(text: string, r: Ref, agents: readonly Cluster[]): Cluster | null {
  if (!CLOSED.test(text.slice(r.end, r.end + 3))) return null;
  // one group ("rebel group", "militia"), not a list of several kinds ("scientists, Northwestern University and …")
  return agents.find((a) => a.refs.some((ar) => !/s$/.test(ar.text) && ar.end <= r.start && r.start - ar.end <= 3 && COMMA_BEFORE.test(text.slice(ar.end, r.start)))) ?? null;
}
