import type { ActorSpan } from './actors.js';
import { actorsOf, type RawEvent } from './code.js';
import type { SentenceWords } from './sentence.js';
import { caseOf, treeRoles } from './tree.js';

/** Verbs of the purpose a protest states ("… to PROTEST against Sweden's decision", "… to DEMAND the resignation of"). */
const PURPOSE_VERBS = /^(protest|demand|denounce|condemn|oppose|press|urge|call|decry|challenge|resist|reject)$/;
/** Nouns of protest in a phrase of purpose ("in PROTEST of the government's refusal", "in OPPOSITION to"). */
const PURPOSE_NOUNS = /^(protest|opposition|defiance|solidarity)$/;
/** Prepositions of what is protested against. */
const AGAINST: ReadonlySet<string> = new Set(['against', 'at', 'over', 'of', 'to', 'on', 'for']);

/**
 * Whom a protest (CAMEO 14) is aimed at when it names no target: the party its stated purpose
 * names — the object of the purpose infinitive ("began a hunger strike to protest against
 * SWEDEN's decision", "continued their hunger strike to demand the resignation of ALGERIAN
 * President Ben Bella") or of a phrase "in protest of/at/against" ("in protest of the RUSSIAN
 * government's refusal"). The purpose hangs on the protest's verb or noun, on the noun a verb of
 * protest holds ("began a hunger strike … to protest"), or on the verb that holds the noun.
 */
export function withProtestTarget(s: SentenceWords, actors: readonly ActorSpan[], e: RawEvent): RawEvent {
  if (!e.code.startsWith('14') || e.targets.some((t) => t !== null)) return e;
  const at = e.clause?.at ?? e.trigger.start;
  const held = s.children[at]!.filter((c) => s.relation[c] === 'obj');
  const holders = [at, ...held, ...(s.head[at]! >= 0 && s.relation[at] === 'obj' ? [s.head[at]!] : [])];
  for (const h of holders) {
    const found = purposeActors(s, actors, h).filter((a) => !e.sources.some((x) => x !== null && (x.start === a.start || sameCode(x, a))));
    if (found.length) return { ...e, targets: found, by: `${e.by}+purpose` };
  }
  return e;
}

function sameCode(a: ActorSpan, b: ActorSpan): boolean {
  return a.code !== null && a.code === b.code;
}

/** The actors the purpose of word `h` names: objects and phrases of its purpose infinitive, or the phrase of its "in protest of". */
function purposeActors(s: SentenceWords, actors: readonly ActorSpan[], h: number): ActorSpan[] {
  for (const c of s.children[h]!) {
    const relation = s.relation[c]!;
    if ((relation === 'advcl' || relation === 'xcomp' || relation === 'acl') && PURPOSE_VERBS.test(s.lemma[c]!) && s.children[c]!.some((m) => s.lower[m] === 'to')) {
      const roles = treeRoles(s, c);
      const heads = [...roles.objects, ...roles.obliques.filter((o) => AGAINST.has(o.prep) || o.prep === 'by').map((o) => o.head)];
      const found = actorsOf(s, actors, heads);
      if (found.length) return found;
    }
    if ((relation === 'obl' || relation === 'nmod') && caseOf(s, c) === 'in' && PURPOSE_NOUNS.test(s.lower[c]!)) {
      const phrases = s.children[c]!.filter((n) => s.relation[n] === 'nmod' && AGAINST.has(caseOf(s, n)));
      const found = actorsOf(s, actors, phrases);
      if (found.length) return found;
    }
  }
  return [];
}
