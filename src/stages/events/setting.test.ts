import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/** The events a trigger word starts, as "CODE SOURCE→TARGET" (the sentences are read without their articles' context). */
const coded = (text: string, trigger: string) => codedEvents(text, '2020-10-01', (e) => e.trigger.text.toLowerCase().startsWith(trigger));

/**
 * A place named after a preposition of place is where a verbal act happened, not whom it was aimed at
 * (code.ts settingOnly); acts of force keep it ("stabbed … people IN LONDON": the victims are there), and
 * so do arrivals and visits (PETRARCH's ARRIVE, 040: the place one comes to is the party one comes to).
 * Sentences from Wikinews (CC BY 2.5: wn-ec0c9e990c97, wn-ad70273e4028, wn-eddf69bf7243, wn-a4efed465885,
 * wn-f92b0f828ee7).
 */
const CASES: ReadonlyArray<readonly [sentence: string, trigger: string, expected: readonly string[]]> = [
  ['In a July 9 speech in Pennsylvania, Biden introduced an economic plan called "Build Back Better" designed to reinvigorate the US economy in the aftermath of the coronavirus pandemic.', 'introduc', []],
  ['She told a guard at the door, in French and English, "they raped me".', 'told', []],
  ['On Tuesday, the World Health Organization (WHO) announced the official name of the coronavirus-induced disease first recognized about two months ago in Wuhan, China: "COVID-19" is to replace the WHO\'s temporary designation "2019-nCoV."', 'recogni', []],
  ['As undergoing a pilgrimage to Mecca is a mandatory religious duty for all Muslims who physically and financially can, millions of pilgrims arrive in Mecca each year for the Hajj.', 'arrive', ['040 ---REL→SAU']],
  ["On Friday, 28-year-old Usman Khan stabbed reportedly several people at Fishmongers' Hall in London with a large knife, then fled up London Bridge.", 'stabbed', ['182 ---→GBR']],
];

test('a place named after "in" or "at" is the setting of a verbal act, the target of force and of arrivals', () => {
  for (const [sentence, trigger, expected] of CASES) assert.deepEqual(coded(sentence, trigger), expected, sentence);
});

/**
 * A place is the party an act reached only when no other phrase of the verb names one: "clashed in front of parliament
 * WITH THE POLICE" is a clash with the police, not with parliament (code.ts treeTargets). Arrivals and visits keep the
 * place first (above). Wikinews (CC BY 2.5: wn-7ea3e9e75358).
 */
test('a phrase naming a party comes before a phrase of place', () => {
  assert.deepEqual(coded('The protesters clashed in front of parliament with the police and threw rocks, bottles and flares.', 'clash'), ['145 ---OPP→---COP']);
});
