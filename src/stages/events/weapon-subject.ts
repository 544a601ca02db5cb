import type { ActorSpan } from './actors.js';
import type { VerbClause } from './clause.js';
import { actorsOf } from './code.js';
import { bombingCode } from './means.js';
import { namesForce } from './nominal.js';
import type { SentenceWords } from './sentence.js';
import { treeRoles } from './tree.js';
import { FORCE_ROOTS } from './roots.js';

/** Nouns of weapons the nominal triggers do not list as acts ("a rocket", "a mortar"); not "explosion" or "blast", which are as often accidents ("the explosion killed two workers at the plant"). */
const WEAPONS = /^(bomb|rocket|missile|mortar|grenade|landmine|explosive|ied|drone|artillery)s?$/;

/**
 * "A car bomb killed ten civilians in Baghdad", "A roadside bomb wounded three American soldiers",
 * "A mortar bomb fired from Syria killed two Turkish soldiers": an act of force whose subject is the
 * weapon or the attack, not its doer, names no doer, and is still an act done to its target, as an
 * agentless passive is (`passive.ts`). The doer is the actor whose act the weapon is the object of
 * ("Iran launched missiles targeting US troops"), else the place it was fired from, when its phrase
 * names one, else unknown (null); empty when the subject is no weapon, the act no force, or
 * no target has a code. A doer named in the subject's own words ("An ISRAELI air strike killed")
 * is the subject's actor already and never reaches here; one a participle ascribes the attack to
 * ("another attack ascribed to the Taliban") is no party hit.
 */
export function weaponSubjectDoer(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, code: string, targets: readonly ActorSpan[]): Array<ActorSpan | null> {
  if (clause.passive || !FORCE_ROOTS.test(code) || !targets.some((t) => t.code !== null && !ascribedTo(s, t, clause.at))) return [];
  const subject = clause.tree.subjects[0];
  if (subject === undefined || clause.tree.subjects.length > 1 || !weapon(s, subject)) return [];
  return launchedBy(s, actors, subject) ?? firedFrom(s, actors, subject) ?? [null];
}

/** "IRAN launched missiles targeting US troops": the weapon is the object of an actor's act, whose subject used it. */
function launchedBy(s: SentenceWords, actors: readonly ActorSpan[], weaponWord: number): ActorSpan[] | null {
  if (s.relation[weaponWord] !== 'obj' || s.head[weaponWord]! < 0) return null;
  const users = actorsOf(s, actors, treeRoles(s, s.head[weaponWord]!).subjects).filter((a) => a.code !== null);
  return users.length ? users : null;
}

function weapon(s: SentenceWords, w: number): boolean {
  return namesForce(s.words[w]!) || bombingCode(s, w) !== null || WEAPONS.test(s.lower[w]!);
}

/** "a mortar bomb fired FROM SYRIA": the place a participle of the weapon names as where it came from. */
function firedFrom(s: SentenceWords, actors: readonly ActorSpan[], weaponWord: number): ActorSpan[] | null {
  for (const c of s.children[weaponWord]!) {
    if (s.relation[c] !== 'acl') continue;
    for (const o of treeRoles(s, c).obliques) {
      if (o.prep !== 'from') continue;
      const place = actorsOf(s, actors, [o.head]).filter((a) => a.code !== null && !a.code.startsWith('---'));
      if (place.length) return place.slice(0, 1);
    }
  }
  return null;
}

/** Participles that name who did an attack: "another attack ASCRIBED to the Taliban", "blamed on", "claimed by". */
const ASCRIBING = /^(ascribe|attribute|blame|claim)$/;

/**
 * Whether an actor is named, between the verb and it, as the one an attack is ascribed to: "killed
 * five and wounded 110, another attack ascribed to THE TALIBAN" names the doer, not a party hit.
 */
function ascribedTo(s: SentenceWords, a: ActorSpan, verb: number): boolean {
  for (let p = s.head[a.start]!, steps = 0; p >= 0 && p !== verb && steps < 8; p = s.head[p]!, steps++) {
    if (s.relation[p] === 'acl' && ASCRIBING.test(s.lemma[p]!)) return true;
  }
  return false;
}
