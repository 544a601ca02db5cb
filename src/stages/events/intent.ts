import { FORCE_ROOTS } from './roots.js';

/**
 * CAMEO codes a promise or a threat of an act as its own verbal act: "agreed to hold joint
 * exercises" is 0312 (express intent to cooperate militarily), "threatened to cut off
 * electricity" is 131x. These tables give the intent and threat codes of an act's code,
 * following the parallel structure of the CAMEO 1.1b3 codebook (03 mirrors 04–08, 13 mirrors 16–20).
 */
const INTENT: ReadonlyArray<[RegExp, string]> = [
  [/^04[56]/, '036'], [/^04/, '036'],
  [/^057/, '030'], [/^05/, '032'],
  [/^06([1-4])/, '031$1'], [/^06/, '031'],
  [/^07([1-4])/, '033$1'], [/^07/, '033'],
  [/^081/, '0351'], [/^082/, '0352'], [/^083([1-4])/, '034$1'], [/^083/, '034'], [/^084/, '0353'], [/^085/, '0354'],
  [/^086/, '0355'], [/^087/, '0356'], [/^08/, '035'],
];

const THREAT: ReadonlyArray<[RegExp, string]> = [
  [/^161/, '1313'], [/^162/, '1311'], [/^163/, '1312'], [/^16/, '131'],
  [/^172/, '132'], [/^17/, '137'],
  [/^14/, '133'],
  [/^1[589]|^20/, '138'],
];

function lookup(table: ReadonlyArray<[RegExp, string]>, code: string): string | null {
  for (const [re, out] of table) {
    const m = re.exec(code);
    if (m) return out.replace('$1', m[1] ?? '');
  }
  return null;
}

/** The code of promising an act ("agreed to", "pledged to"): 03x for cooperation, 13x for force and sanctions. */
export function intentCode(act: string): string | null {
  return lookup(INTENT, act) ?? lookup(THREAT, act);
}

/** The code of threatening an act. */
export function threatCode(act: string): string | null {
  return lookup(THREAT, act);
}

/**
 * The code of appealing to another actor for an act ("Congress is asking Obama to help Iran" 023,
 * "urged Bree to release the prisoners" 0253): CAMEO's appeals (02) mirror its intentions (03),
 * code for code. An appeal for force is PETRARCH's 021 ("Obama wants Putin to attack Switzerland",
 * its verb transformation `a (b . ATTACK) WANT = a b 021`); other acts, and the bare 040 of the verbs of
 * going and meeting ("advised U.S. citizens to LEAVE the country" is no appeal to meet), leave the plain appeal (020).
 */
export function appealCode(act: string): string {
  if (FORCE_ROOTS.test(act)) return '021';
  if (act === '040') return '020';
  const intent = lookup(INTENT, act);
  return intent?.startsWith('03') ? `02${intent.slice(2)}` : '020';
}

/** Verbs of wanting another actor to act ("wants Putin to attack"): an appeal to that actor. */
export const WANT_VERB = /^(want|wish)/;

/** Verbs that commit their subject to the act they govern. */
export const COMMITMENT = /^(agree|promis|pledg|vow|offer|decid|commit|undert(ake|ook)|resolv|volunteer)/;
/** Verbs that threaten the act they govern. */
export const THREAT_VERB = /^(threat|warn)/;

/**
 * PLOVER files a planned act under its intent: a promised or planned act of cooperation is AGREE,
 * a planned act of force, sanction or protest is THREATEN (the PLOVER event definitions).
 */
export function ploverOfIntended(code: string, plover: string | null): string | null {
  const root = Number(code.slice(0, 2));
  if (root >= 3 && root <= 8) return 'AGREE';
  if (root >= 14 && root !== 11) return 'THREATEN';
  return plover;
}
