import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/**
 * An act a noun names with an adjective of expectation before it has not happened. From English
 * Wikinews (CC BY 2.5, https://en.wikinews.org; demo-corpus article wn-4a036a6152d8).
 */
test('an "imminent" act a noun names is intended, not done', () => {
  const text = 'On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone. Then both nations issued statements speaking of an imminent incursion into northeast Syria, and the US statement spoke of Turkey assuming the duty of guarding captured ISIS militants.';
  const incursion = analyze(pipeline, { text, published: '2019-10-10' }).events.find((e) => e.trigger.text === 'incursion');
  assert.equal(incursion?.mode, 'intended');
});

/**
 * A statement takes the place of the act a noun in its object or in another phrase of it names ("spoke about talks with
 * Iran"), not of one it opposes: the speaker did not attack. From English Wikinews (CC BY 2.5, wn-4ad5512fe8af).
 */
test('an act a statement speaks against is not the speaker\'s', () => {
  const coded = (text: string, published: string) => analyze(pipeline, { text, published }).events.map((e) => `${e.code} ${e.sourceActor}`);
  assert.deepEqual(coded('Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack.', '2020-01-05'), []);
});

/** The subject of a verb of organising or carrying out an act does the act its object names. Written for this test. */
test('who orchestrates, masterminds or perpetrates an attack does it', () => {
  const coded = (text: string) => analyze(pipeline, { text, published: '2020-01-05' }).events.map((e) => `${e.code} ${e.sourceActor}→${e.targetActor}`);
  assert.deepEqual(coded('Hamas masterminded the bombing of a bus in Jerusalem.'), ['195 PSEREBHMS→null']);
  assert.deepEqual(coded('The rebels perpetrated an attack on the army.'), ['190 ---REB→---MIL']);
});

/** The subject of a verb of doing an act more or sooner does the act its object names, not the verb's default cooperation (060). Written for this test. */
test('who intensifies, escalates or speeds up an act does it', () => {
  const coded = (text: string) => analyze(pipeline, { text, published: '2021-03-01' }).events.map((e) => `${e.code} ${e.sourceActor}→${e.targetActor}`);
  assert.deepEqual(coded('Israel intensified its air strikes on Gaza.'), ['195 ISR→PSEGZA']);
  assert.deepEqual(coded('Saudi Arabia escalated its bombing campaign against the Houthis.'), ['195 SAU→YEMREB']);
  assert.deepEqual(coded('The United States sped up the withdrawal of its troops from Iraq on Wednesday.'), ['0874 USA→IRQ']);
});

/** An act named as the compound of a plan or threat, or as a future one, has not happened (Wikinews, CC BY 2.5, wn-4ad5512fe8af). */
test('"future attack plans" are intended, not done', () => {
  const events = analyze(pipeline, { text: 'This strike was aimed at deterring future Iranian attack plans.', published: '2020-01-05' }).events;
  assert.deepEqual(events.map((e) => `${e.code} ${e.mode}`), ['190 intended']);
});

/** Threats made or issued are the maker's (130). English Wikinews (CC BY 2.5, wn-523ec2846387), and one written for this test. */
test('who makes or issues threats threatens', () => {
  const coded = (text: string) => analyze(pipeline, { text, published: '2019-11-10' }).events.map((e) => `${e.code} ${e.sourceActor}→${e.targetActor}`);
  assert.deepEqual(coded('No organization immediately claimed credit for the attack, but some Iraqi militias associated with Iran had made threats against U.S. personnel.'), ['130 IRQUAF→USA']);
  assert.deepEqual(coded('North Korea issued new threats against South Korea.'), ['130 PRK→KOR']);
});
