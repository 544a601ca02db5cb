import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { codedEvents } from './events.test-helpers.js';

/**
 * An infinitive after the object of a verb that sends, dispatches or summons people is the purpose
 * of the move, done by the verb's subject on the party moved to or summoned — not an act asked of
 * the object, as after "urged X to". Sentences written for this test in the shape of wire reports.
 */
const PURPOSE: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['The IAEA dispatched inspectors to Syria on Monday to investigate the site of the explosion.', ['090 IGOUNOIAE→SYR']],
  ['Japan sent troops to Iraq to help with reconstruction.', ['070 JPN→IRQ']],
  ['Nigeria summoned the ambassador of Niger to complain about the attacks on its border posts.', ['114 NGA→NERGOV']],
  // an appeal keeps its own reading: the object is asked to act
  ['Peru urged Chile to release the prisoners.', ['0253 PER→CHL']],
];

test('the purpose of sending or summoning people is the act coded, by the sender, on the party moved to', () => {
  for (const [sentence, expected] of PURPOSE) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});

/**
 * A rejection, demand or appeal of its subject's own act that names no party is aimed at the party
 * of that act. Written for this test in the shape of wire reports.
 */
const AIMED_THROUGH_ACT: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['The rebels refused to allow United Nations planes to land in the province.', ['120 ---REB→IGOUNO']],
  ['Iran refused to meet the American delegation.', ['120 IRN→USAGOV']],
];

test('a refusal of its subject\'s own act is aimed at the party of that act', () => {
  for (const [sentence, expected] of AIMED_THROUGH_ACT) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});

/** The act of a clause a demand or appeal governs is asked for, not done: the demand alone is coded, aimed at the one asked. */
const ASKED_FOR: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['Russia demanded that Ukraine withdraw its troops.', ['100 RUS→UKR']],
];

test('an act demanded in a that-clause is not coded as done', () => {
  for (const [sentence, expected] of ASKED_FOR) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});

const withMode = (text: string, mode: string) => codedEvents(text, '2020-01-05', (e) => e.mode === mode);

/**
 * An infinitive of purpose names an aim, not an act done: "traveled to Florida TO MEET", "developing plans TO ATTACK".
 * Sentences from English Wikinews (CC BY 2.5; article ids given).
 */
const PURPOSE_MODES: ReadonlyArray<readonly [sentence: string, code: string]> = [
  // wn-4ad5512fe8af: the parser hangs "to attack" on "developing", as a purpose
  ['General Soleimani was actively developing plans to attack American diplomats and service members in Iraq.', '190'],
  // wn-aafee3e24c0c
  ['The U.S. troops have remained in Iraq to prevent ISIS from regrouping.', '120'],
];

test('an act named by an infinitive of purpose is intended, not asserted', () => {
  for (const [sentence, code] of PURPOSE_MODES) {
    assert.ok(withMode(sentence, 'intended').some((e) => e.startsWith(code)), `${sentence}: ${codedEvents(sentence, '2020-01-05').join(', ')}`);
    assert.ok(!withMode(sentence, 'asserted').some((e) => e.startsWith(code)), sentence);
  }
});

test('an inflected verb after an infinitive of purpose is no conjunct of it, and keeps its own mode', () => {
  // after wn-6a48d9cc79fb, with the arresting party named
  const sentence = 'Mugabe co-founded the Zimbabwe African National Union (ZANU) to oppose the white minority rule, but was arrested by Rhodesian police in 1963.';
  const asserted = withMode(sentence, 'asserted');
  assert.ok(asserted.some((e) => e.startsWith('173')), `${sentence}: ${codedEvents(sentence, '1963-01-01').join(', ')}`);
});

/**
 * "be to" before a verb arranges an act, it does not report one done (tree.ts scheduled): "The Vatican is to decide within a
 * month", "The Senate was to meet Monday". Wikinews (CC BY 2.5: wn-86fe7b27a9db, wn-131a010276fd) and a sentence of its kind.
 */
test('an act one is to do is intended', () => {
  const pipeline = createAnalyzer();
  const modes = (text: string) => analyze(pipeline, { text, published: '2020-01-01' }).events.map((e) => `${e.trigger.text} ${e.mode}`);
  assert.deepEqual(modes('Russia is to withdraw its troops from Syria.'), ['withdraw intended']);
  assert.deepEqual(modes('Russia withdrew its troops from Syria.'), ['withdrew asserted']);
});
