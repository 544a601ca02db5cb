import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { codedEvents } from './events.test-helpers.js';

/**
 * The act a party is accused, blamed, punished or thanked for ("accused X OF doing", "blame X FOR doing") is that party's,
 * not the accuser's (code.ts charged, tree.ts chargingVerb); after a verb of claim it is the accuser's claim (mode
 * `reported`). Wikinews (CC BY 2.5: wn-62febf0d0949, wn-b4a473024150, wn-f62602ddb8e4) and sentences of their kind.
 */
test('the act one is blamed or punished for is done by the one blamed', () => {
  const acts = (text: string, published: string, trigger: string) => codedEvents(text, published, (e) => e.trigger.text === trigger);
  assert.deepEqual(acts('Bolsonaro has said publicly the Amazon rainforest should be opened up to agriculture, and his critics, which include non-governmental environmental activism group Greenpeace, blame him for encouraging farmers and agrobusiness to set fires.', '2019-08-24', 'encouraging').map((e) => e.split(' ')[1]!.split('→')[0]), ['BRAGOV', 'BRAGOV']);
  assert.deepEqual(acts('The Supreme Court decision stated they did so for a political reason: to punish the mayor of Fort Lee for refusing to support the New Jersey Governor’s reelection bid.', '2020-05-08', 'refusing'), ['120 ---GOV→USAGOV']);
  assert.deepEqual(acts('The United States accused Iran of attacking two tankers.', '2019-06-14', 'attacking').map((e) => e.split('→')[0]), ['190 IRN']);
});

test('an act one is accused of is the accuser\'s claim, and a thing\'s owner is not charged with it', () => {
  const pipeline = createAnalyzer();
  const blamed = analyze(pipeline, { text: 'Russia blamed Ukraine for shelling the plant.', published: '2022-08-08' }).events.find((e) => e.trigger.text === 'shelling');
  assert.equal(blamed?.mode, 'reported');
  assert.equal(blamed?.sourceActor, 'UKR');
  // the object is no party: "his plans for leading Melbourne" are no act of his by this rule
  assert.deepEqual(codedEvents('Tseng discussed his plans for leading Melbourne, recovering from COVID-19, and "Democracy 2.0".', '2020-10-20', (e) => e.trigger.text === 'leading'), []);
});

/**
 * What a verb of preventing keeps its object from is not done ("from" after prevent, stop, bar …: mode negated), and is
 * the object's act; an adjunct hung on a participle that modifies a verb's object is that verb's subject's act. Wikinews
 * (CC BY 2.5: wn-8833800b28fb, wn-aaa2ef149d83).
 */
test('an act one is kept from is negated; an adjunct after an object\'s participle is the verb\'s subject\'s', () => {
  const pipeline = createAnalyzer();
  const events = (text: string, published: string) => analyze(pipeline, { text, published }).events.map((e) => `${e.trigger.text} ${e.mode} ${e.sourceActor ?? '---'}`);
  assert.ok(events('Donald Trump asked a court to intervene in a criminal proceeding, in which a subpoena had been issued to Trump\'s tax preparer, Mazars. '
    + 'He sought such intervention to prevent Mazars from releasing his tax returns.', '2020-07-09').includes('releasing negated ---'));
  assert.ok(events('Following the expiry of broadcast corporation ABS-CBN\'s legislative franchise, the Philippine government issued a cease and desist order dated yesterday, forcing the company to stop all its broadcasts.', '2020-05-06')
    .includes('forcing asserted PHLGOV'));
});
