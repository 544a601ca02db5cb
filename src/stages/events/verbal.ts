import { actorAt, actorsStartingIn } from './actor-lookup.js';
import type { ActorSpan } from './actors.js';
import type { VerbClause } from './clause.js';
import type { SentenceWords } from './sentence.js';

/**
 * Things said, decided or proposed: what a verb of force acts on in words only. "Erdogan attacked
 * the proclamation", "slammed the decision", "hit out at the plan" criticise (111); nobody is hurt.
 */
const SAID_OR_DECIDED = /^(proclamation|decision|move|plan|policy|policies|statement|remark|comment|proposal|decree|law|bill|recognition|announcement|idea|claim|accusation|allegation|report|speech|resolution|ruling|verdict|initiative|declaration|rhetoric|stance|position|approach|strategy|budget|reform|legislation|amendment|suggestion|criticism|characterization|description|notion|argument|theory|narrative|remarks|comments|inquiry|investigation|probe|impeachment|process|proceedings|hearing|vote|election|elections|result|results|deal|agreement|treaty|accord|ban|order|measure|measures|rule|rules|regulation|regulations|tariff|tariffs|program|programme|agenda)$/;

/** Roots of acts of force that a verbal object turns into criticism. */
const FORCE_ROOTS = /^1[89]/;

export interface VerbalAttack {
  readonly code: string;
  readonly targets: ActorSpan[];
}

/**
 * "On live television Erdogan also attacked the proclamation of Golan Heights as official Israeli
 * territory by the President of the United States Donald Trump" (Wikinews, CC BY 2.5,
 * wn-b46612ade28e): a verb of force whose object is a thing said or decided, not an actor, is
 * criticism of whoever said or decided it (111) — the actor of a "by" phrase after the object,
 * else the object's possessor ("Trump's proclamation") — never an assault on the place the thing
 * is about; with neither, it names no one and codes nothing. Null when the clause is no such case.
 */
export function verbalAttack(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, code: string): VerbalAttack | null {
  if (!FORCE_ROOTS.test(code)) return null;
  const object = clause.tree.objects.find((o) => !actorAt(actors, o)) ?? clause.tree.obliques.find((o) => o.prep === 'at' && !actorAt(actors, o.head))?.head;
  if (object === undefined || !SAID_OR_DECIDED.test(s.lemma[object]!)) return null;
  const author = byPhraseActor(s, actors, object) ?? possessorActor(s, actors, object);
  return { code: '111', targets: author ? [author] : [] };
}

/** Words after an object searched for its "by" phrase: up to the next comma, semicolon or verb. */
const BY_REACH = 12;

/** The actor named after "by" following the object ("the proclamation … BY the President of the United States"). */
function byPhraseActor(s: SentenceWords, actors: readonly ActorSpan[], object: number): ActorSpan | undefined {
  for (let i = object + 1; i < Math.min(s.words.length, object + BY_REACH); i++) {
    if (s.lower[i] === ',' || s.lower[i] === ';' || s.upos[i] === 'VERB') return undefined;
    if (s.lower[i] === 'by') return actorsStartingIn(actors, i + 1, i + 4)[0];
  }
  return undefined;
}

/** The actor that owns the object ("Trump's proclamation", "his decision" when coreference names him). */
function possessorActor(s: SentenceWords, actors: readonly ActorSpan[], object: number): ActorSpan | undefined {
  const owner = s.children[object]!.find((c) => s.relation[c] === 'nmod:poss');
  return owner === undefined ? undefined : actorAt(actors, owner);
}
