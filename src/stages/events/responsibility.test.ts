import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * Acts of force reported with no doer, then claimed: the claimer of "the attack(s)" is the doer of the
 * act reported before it. Sentences written for this test in the shape of wire reports (none from the
 * spec articles); the last rows keep what no claim names: no claimer, an indefinite act.
 */
const CLAIMED: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['A police station in Kabul was hit by a suicide car bombing on Monday. The Taliban claimed responsibility for the attack.', ['1831 AFGREB→AFGCOP']],
  ['Three car bombs exploded outside government offices in Baghdad on Sunday, killing 12 Iraqi policemen. Al-Qaeda in Iraq later claimed responsibility for the bombings.', ['183 IMGMUSALQ→IRQGOV']],
  ['An Iraqi army base was struck by drone strikes overnight. Hezbollah later claimed responsibility for the drone strikes.', ['190 LBNREB→IRQMIL']],
  ['A bomb exploded near an army checkpoint in Mogadishu, killing three Somali soldiers. No group has claimed responsibility for the attack.', ['183 ---→SOMMIL']],
  ['Two Israeli soldiers were wounded in a rocket attack on Monday. Hamas claimed responsibility for an attack on a bus in Jerusalem last year.', ['190 ---→ISRMIL']],
];

test('the claimer of an act of force reported with no doer is its doer', () => {
  for (const [text, expected] of CLAIMED) assert.deepEqual(codedEvents(text, '2021-03-01', (e) => /^(18|19|20)/.test(e.code) && e.mode === 'asserted'), expected, text);
});

/**
 * A passive's "by" phrase names the doer, not what a pattern names after the verb, and one that names
 * force is the means ("hit by multiple drone strikes", an act of someone unknown); an owner a participle
 * names ("owned by", "belonging to") is the party an act on the thing is done to. Written for this test.
 */
const PASSIVE_AGENTS: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['Rebel positions in Yemen were hit by Saudi fighter jets on Sunday.', ['194 SAUMIL→YEMREB']],
  ['Two oil tankers owned by Iran were hit by missiles in the Gulf of Oman.', ['194 ---→IRNBUS']],
  ['On Saturday, oil facilities belonging to Kuwait were hit by multiple drone strikes.', ['190 ---→KWT']],
];

test('a passive\'s agent phrase is its doer or the means, and an owner named by a participle is the party hit', () => {
  for (const [text, expected] of PASSIVE_AGENTS) assert.deepEqual(codedEvents(text, '2021-03-01', (e) => /^(18|19|20)/.test(e.code)), expected, text);
});

/**
 * Claiming or denying responsibility is an act without a target where a pattern names what is claimed or denied
 * (English Wikinews, CC BY 2.5: wn-351468125eba, wn-0cdc653de4ea); a bare "acknowledged" claims nothing.
 */
test('a claim or denial of responsibility is coded with no party named', () => {
  const codes = (text: string) => codedEvents(text, '2020-01-13', (e) => e.code.startsWith('01') && e.mode === 'asserted').map((e) => e.split(' ')[0]);
  assert.deepEqual(codes('For several days Iran denied the accusation.'), ['016']);
  assert.deepEqual(codes('The Taliban have claimed responsibility.'), ['015']);
  assert.deepEqual(codes('Hirtenberger Defence Group also acknowledged the deal.'), []);
});

test('a claim that names no act claims the story\'s act of unknown doer before it, however far back', () => {
  // English Wikinews (CC BY 2.5), wn-0cdc653de4ea: the claim comes three paragraphs after the attack
  const text = 'A car bomb was on Monday rammed into a military base in Maidan Shahr in the centre of Afghanistan\'s Maidan Wardak province. '
    + 'Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100. '
    + 'The explosion was very powerful. The whole building has collapsed. '
    + 'A source within the central Interior Ministry reportedly said the figures were hidden. '
    + 'The Taliban have claimed responsibility.';
  assert.deepEqual(codedEvents(text, '2019-01-24', (e) => /^(18|19|20)/.test(e.code) && e.mode === 'asserted'), ['1832 AFGREB→AFGMIL']);
});
