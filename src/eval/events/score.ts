import type { Event } from '../../model/layers.js';
import type { GoldCoding } from './petrarch.js';

/** Events an evaluation counts as coded: acts reported as done or firmly intended. */
export function counted(events: readonly Event[]): Event[] {
  return events.filter((e) => e.mode === 'asserted' || e.mode === 'intended');
}

/** One system coding as PETRARCH writes it: source, target ("---" when none), code. */
export function systemCodings(events: readonly Event[]): GoldCoding[] {
  const seen = new Set<string>();
  const out: GoldCoding[] = [];
  for (const e of counted(events)) {
    const c = { source: e.sourceActor ?? '---', target: e.targetActor ?? '---', code: e.code };
    const key = `${c.source}|${c.target}|${c.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

const same = (a: GoldCoding, b: GoldCoding) => a.source === b.source && a.target === b.target && a.code === b.code;

/** Why an expected coding was missed, judged from the system's codings of the same record. */
export function missCause(gold: GoldCoding, system: readonly GoldCoding[]): string {
  if (!system.length) return 'nothing coded';
  if (system.some((s) => s.source === gold.source && s.target === gold.target)) {
    return system.some((s) => s.source === gold.source && s.target === gold.target && s.code.slice(0, 2) === gold.code.slice(0, 2)) ? 'code wrong, root right' : 'code wrong, root wrong';
  }
  if (system.some((s) => s.code === gold.code && s.target === gold.target)) return 'source wrong';
  if (system.some((s) => s.code === gold.code && s.source === gold.source)) return 'target wrong';
  if (system.some((s) => s.code === gold.code)) return 'source and target wrong';
  if (system.some((s) => s.source === gold.source)) return 'other event of the source';
  return 'other events only';
}

export interface RecordScore {
  readonly correct: GoldCoding[];
  readonly missed: Array<GoldCoding & { cause: string }>;
  readonly falsePositives: GoldCoding[];
}

/** Matches expected against system codings one to one. */
export function scoreRecord(expected: readonly GoldCoding[], system: readonly GoldCoding[]): RecordScore {
  const left = [...system];
  const correct: GoldCoding[] = [];
  const missed: Array<GoldCoding & { cause: string }> = [];
  for (const g of expected) {
    const k = left.findIndex((s) => same(s, g));
    if (k >= 0) correct.push(...left.splice(k, 1));
    else missed.push({ ...g, cause: missCause(g, system) });
  }
  return { correct, missed, falsePositives: left };
}

/**
 * The event-type names the PLOVER gold records use (PLOVER 0.5, 2016) for an event coded
 * through the 2021 CAMEO→PLOVER table: REQUEST was DEMAND (with CAMEO's appeals), ACCUSE was
 * INVESTIGATE (CAMEO 09) and DISAPPROVE (11), and conventional military force (CAMEO 19) was FIGHT.
 * Easing a curfew or a state of emergency (0813, 0814, children of 081 "ease administrative
 * sanctions") was CONCEDE with the rest of 081 until the table's edit of 2021-09-17 moved them to RETREAT.
 * Destroying property (1712, a child of 171 "seize or damage property") was COERCE with the rest of
 * 171: the 2021 table files it under ASSAULT but still with COERCE's mode "seize", and the gold
 * names the bulldozed homes and burnt offices of its COERCE records so.
 */
export function goldTypeName(code: string, plover: string | null): string | null {
  const root = code.slice(0, 2);
  if ((plover === 'AGREE' && root !== '03') || (plover === 'THREATEN' && root !== '13')) return plover;
  if (code === '0813' || code === '0814') return 'CONCEDE';
  if (code === '1712') return 'COERCE';
  if (root === '02' || root === '10') return 'DEMAND';
  if (root === '09') return 'INVESTIGATE';
  if (root === '11') return 'DISAPPROVE';
  if (root === '19') return 'FIGHT';
  return plover;
}

/** The country part of an actor code: its first three letters ("IRQGOV" → IRQ, "IGOUNO" → IGO). */
export function countryOf(code: string | null): string | null {
  return code && code.length >= 3 && code !== '---' && !code.startsWith('---') ? code.slice(0, 3) : null;
}
