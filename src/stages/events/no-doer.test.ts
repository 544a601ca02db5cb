import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

const forceEvents = (text: string) =>
  analyze(pipeline, { text, published: '2019-10-02' }).events.filter((e) => /^(18|19|20)/.test(e.code)).map((e) => `${e.code} ${e.sourceActor ?? '---'}→${e.targetActor ?? '---'}`);

/**
 * Natural forces, accidents and disease do no political act: force done by one, or in one, codes
 * nothing. Sentences from Wikinews (CC BY 2.5; article ids given), each coded as an act of force
 * (190, 182, 180) before; gunfire and shelling ("opened fire", "artillery fire") stay acts of force.
 */
const NO_DOER: ReadonlyArray<readonly [sentence: string, source: string, expected: readonly string[]]> = [
  ['A second fire on Saturday, eighteen kilometres away in a another block of flats in La Llagosta, killed another person, according to firefighters.', 'wn-128b82c96b71', []],
  ['The fire in Bhera Market broke out at around 3:30am.', 'wn-4982c1f7871d', []],
  ['Bermuda was rarely hit by hurricanes according to CNN who reported that over the last century, only 21 hurricanes reached within 100 miles of the islands.', 'wn-69515c9b23b4', []],
  ['Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological service for Ireland, issued weather alerts as the storm approached from the west.', 'wn-40d629f9d7b3', []],
  ['Fourteen people were injured in the crash, including all on board the plane, and one airport worker on the ground.', 'wn-e9baf98151b3', []],
  ['And there is a sixth person, Stan Štef, who some years ago died in a car accident.', 'wn-f27a047dfcb9', []],
  ['Israeli soldiers opened fire on Palestinian protesters on Friday.', 'written for this test', ['193 ISRMIL→PSEOPP']],
  ['Syrian troops killed three rebels with artillery fire.', 'written for this test', ['190 SYRMIL→SYRREB']],
];

test('force done by or in a natural force, accident or disease codes no event', () => {
  for (const [sentence, source, expected] of NO_DOER) assert.deepEqual(forceEvents(sentence), expected, `${source}: ${sentence}`);
});

const coded = (text: string) => analyze(pipeline, { text, published: '2020-06-10' }).events.map((e) => `${e.code} ${e.sourceActor ?? '---'}→${e.targetActor ?? '---'}`);

/**
 * Dying is no act of the one who died: the DIE block codes only through its patterns, which name
 * the act a death was suffered in, against the dead. Wikinews (CC BY 2.5) sentences coded 190 with
 * the dead as the doer before; one written for this test keeps its pattern.
 */
const DEATHS: ReadonlyArray<readonly [sentence: string, source: string, expected: readonly string[]]> = [
  ['Robert Mugabe, former president of Zimbabwe, has died, according to current president Emmerson Mnangagwa on Friday.', 'wn-6a48d9cc79fb', []],
  ['Pierre Nkurunziza, the President of Burundi, died at the age of 55 on Monday.', 'wn-1e5c81a86c20', []],
  ['Two Iraqi soldiers died in an Islamic State suicide bombing on Monday.', 'written for this test', ['1831 IMGMUSISI→IRQMIL']],
];

test('a death is coded only as the act it was suffered in', () => {
  for (const [sentence, source, expected] of DEATHS) assert.deepEqual(coded(sentence), expected, `${source}: ${sentence}`);
});

/**
 * "Include", "according to" and "lead to" name no act (Wikinews, CC BY 2.5): they were coded 080,
 * 060 and 030. Other acts of the same sentences ("voted for Pelosi") are no concern of this test.
 */
const NOT_ACTS: ReadonlyArray<readonly [sentence: string, source: string]> = [
  ['One child was, according to the fire service, among the dead.', 'wn-ed3e00884b6a'],
  ['The new members of the House of Representatives, which include 235 Democrats and 199 Republicans, voted for Pelosi to serve as Speaker with 220 votes.', 'wn-b815ca1248d4'],
  ['The Twitter attention led to outreach from Google and Mohamed was invited to their Google Science Fair.', 'wn-e6ea63fdef5e'],
  ['Speakers throughout the four day convention included two brothers of George Floyd, whose death in police custody in May led to widespread protests.', 'wn-935f319a607e'],
];

const NO_ACT_WORDS = /^(includ|accord|lead|led)/i;

test('"include", "according to" and "lead to" code no event', () => {
  for (const [sentence, source] of NOT_ACTS) {
    const triggers = analyze(pipeline, { text: sentence, published: '2020-06-10' }).events.map((e) => e.trigger.text).filter((t) => NO_ACT_WORDS.test(t));
    assert.deepEqual(triggers, [], `${source}: ${sentence}`);
  }
});

/**
 * A warning of a natural force or disease threatens no one (13 codes nothing); a warning to an actor stays. Sentences from
 * Wikinews (CC BY 2.5: wn-c77aaa175a1c, wn-74c39a88b10e; the last written for this test).
 */
test('a warning of a storm, a flood or an outbreak is no threat', () => {
  const threats = (text: string, published: string) => analyze(pipeline, { text, published }).events.filter((e) => e.root === '13').map((e) => `${e.code} ${e.sourceActor ?? '---'}→${e.targetActor ?? '---'}`);
  assert.deepEqual(threats('The NHC also warned of potential flash floods, with up to 30 inches (76 cm) of rain in northwestern parts of the Bahamas.', '2019-09-01'), []);
  assert.deepEqual(threats('Police detained eight people for "spreading rumors," including ophthalmologist Li Wenliang, who tried to warn people about the viral outbreak in December.', '2020-02-10'), []);
  assert.deepEqual(threats('North Korea warned South Korea of a strong military response.', '2021-03-01'), ['130 PRK→KOR']);
});
