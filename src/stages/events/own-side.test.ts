import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/** The events a trigger word starts in the given mode, as "CODE SOURCE→TARGET". */
const coded = (text: string, trigger: string, mode: string, published = '2019-09-15') =>
  codedEvents(text, published, (e) => e.trigger.text.toLowerCase().startsWith(trigger) && e.mode === mode);

/**
 * A mode of `reported` is one actor's claim about another's act (analysis-format.md). What a speaker says its own side
 * did is not that: the Houthis' spokesperson saying they carried out an attack,
 * Iran's representatives acknowledging their government shot down a jet are their own acts, asserted, with the claim
 * of responsibility beside them (statements.ts withAccusations; one side: the same code or the same country). The
 * act of another stays the speaker's report. Wikinews (CC BY 2.5: wn-8a4f3602c870, wn-351468125eba,
 * wn-aabf18a23631).
 */
test("a speaker's word on its own side's act is no report of another's act", () => {
  assert.deepEqual(coded('Speaking on al-Masirah TV in Yemen, Houthi military spokesperson Yahya Sarea said it had carried out the attack using ten drones.', 'carried', 'asserted'), ['190 YEMREB→---']);
  const iran = 'On Saturday morning, representatives from Iran acknowledged their government had unintentionally shot down a Ukrainian passenger jet near Tehran.';
  assert.deepEqual(coded(iran, 'shot', 'asserted', '2020-01-13'), ['190 IRNGOV→UKRCVL']);
  // the acknowledgement is Iran's claim of responsibility, not an accusation of its own government (112)
  assert.deepEqual(coded(iran, 'acknowledged', 'asserted', '2020-01-13'), ['015 IRNLEG→IRNGOV', '015 IRNLEG→UKRCVL']);
});

test("another's act stays the speaker's report", () => {
  assert.deepEqual(coded('Tamim claimed Houthis have attacked journalists previously.', 'attack', 'reported'), ['190 YEMREB→---MED']);
});
