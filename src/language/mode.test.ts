import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineModes, isRequestVerb, modeFromGovernor, modeOfVerbGroup, type EventMode } from './mode.js';

/** Verb groups from news sentences, lower case, and the mode they give the verb after them. */
const GROUPS: Array<[string, EventMode]> = [
  ['cannot', 'negated'], // "the United States and its Western allies cannot abandon Ukraine"
  ['did not', 'negated'], // "Russia did not attack"
  ['will', 'intended'], // "Finland will give Tanzania a grant"
  ['would not', 'negated'], // "Obama said he would not provide support to Israel"
  ['could', 'hypothetical'], // "Osgiliath … could be drawn into the peace process"
  ['would have', 'hypothetical'], // "a proposed bill that would have allowed China to extradite" (Wikinews, 2019-09-04): it did not
  ['is going to', 'intended'],
  ['has yet to', 'negated'], // "President Trump has yet to concede" (Wikinews, 2020-11-04)
  ['is yet to', 'negated'], // "the ministry is yet to respond"
  ['has now', 'asserted'],
  ['has', 'asserted'], // "Qatar has pledged"
  ['', 'asserted'],
];

test('the words of a verb group give its mode', () => {
  for (const [group, mode] of GROUPS) assert.equal(modeOfVerbGroup(group.split(' ').filter(Boolean)), mode, group);
});

test('a governing verb gives its complement a mode', () => {
  assert.equal(modeFromGovernor('planned'), 'intended'); // "planned to send troops"
  assert.equal(modeFromGovernor('refused'), 'negated'); // "refused to hand over the documents"
  assert.equal(modeFromGovernor('threatened'), 'hypothetical'); // "threatened to cut off electricity"
  assert.equal(modeFromGovernor('said'), null);
});

test('an act a verb of desire wants done by another is only wished for', () => {
  assert.equal(modeFromGovernor('hoped'), 'intended'); // "hoped to meet Macron": the subject's own plan
  assert.equal(modeFromGovernor('hoped', false), 'hypothetical'); // "hoped French officials would be indicted"
  assert.equal(modeFromGovernor('expects', false), 'hypothetical'); // "expects Iran to release the sailors"
  assert.equal(modeFromGovernor('planned', false), 'intended'); // "planned for troops to cross": still a plan
});

test('verbs of asking and pressing are told from words their stems open', () => {
  for (const w of ['urged', 'encouraging', 'press', 'pressured', 'asked', 'called', 'lobbying', 'told']) assert.ok(isRequestVerb(w), w);
  for (const w of ['president', 'began', 'urgent', 'callous', 'presidency']) assert.ok(!isRequestVerb(w), w);
});

test('negation outweighs a condition, which outweighs an intention', () => {
  assert.equal(combineModes('intended', 'negated'), 'negated');
  assert.equal(combineModes('hypothetical', 'intended'), 'hypothetical');
  assert.equal(combineModes('asserted', null), 'asserted');
});
