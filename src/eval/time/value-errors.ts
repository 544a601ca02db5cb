/**
 * How a wrong TIMEX3 value differs from the gold one, in classes that separate our errors from
 * annotation conventions: `parley eval time --errors` prints them with examples.
 */

/** One relaxed match whose values differ. */
export interface WrongValue {
  readonly text: string;
  readonly system: string;
  readonly gold: string;
}

export interface ValueErrorClass {
  readonly kind: string;
  readonly count: number;
  readonly examples: readonly string[];
}

const PART_OF_DAY = /T(?:MO|AF|EV|NI)$/;
const isDuration = (v: string) => /^P/.test(v);
const isReference = (v: string) => /_REF$/.test(v);
/** A value's shape with digits folded ("2024-W03" → "9999-W99"), to compare granularity. */
const shape = (v: string) => v.replace(/\d/g, '9');

/** The class of one wrong value; the order of the tests is the order of precedence. */
export function classifyValueError(system: string, gold: string): string {
  if (/X/.test(gold) && !/X/.test(system)) return 'the gold leaves digits unresolved (WXX, QX, 1949-XX)';
  if (isReference(gold) !== isReference(system)) return 'a reference (PAST_REF…) against a date or period';
  if (/X/.test(system) && !/X/.test(gold) && isDuration(system) === isDuration(gold)) return 'the gold counts what we leave vague (PXY → P2Y)';
  if (/-W\d$/.test(gold)) return 'the gold week number has no leading zero (W7)';
  if (PART_OF_DAY.test(gold) && !PART_OF_DAY.test(system)) return 'the gold adds a part of the day (TNI, TMO)';
  if (isDuration(gold) !== isDuration(system)) return 'a duration against a point';
  if (shape(gold) === shape(system)) return 'same granularity, another value (direction, anchor, fiscal quarter)';
  return 'another granularity (day, week, month, quarter, year)';
}

/** Wrong values grouped by class, largest first, with up to `perClass` examples each. */
export function groupValueErrors(wrong: readonly WrongValue[], perClass = 3): ValueErrorClass[] {
  const groups = new Map<string, WrongValue[]>();
  for (const w of wrong) {
    const kind = classifyValueError(w.system, w.gold);
    groups.set(kind, [...(groups.get(kind) ?? []), w]);
  }
  return [...groups]
    .map(([kind, items]) => ({ kind, count: items.length, examples: items.slice(0, perClass).map((w) => `"${w.text}" ${w.system} → ${w.gold}`) }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}
