import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/** The quotes a noun of saying gave a text: content and speaker phrase. */
function nounCues(text: string, published: string) {
  const doc = pipeline.run(new Doc(text, { published }));
  return doc.get('quotes').filter((q) => q.by === 'quotes/reported/noun-cue')
    .map((q) => ({ cue: q.cue, content: text.slice(q.start, q.end), speaker: q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end) }));
}

test('a noun of saying reports its "that" clause, spoken by whoever voices or owns it', () => {
  // "Kennedy assassin Sirhan Sirhan stabbed in California prison", English Wikinews, 2019-09-03, CC BY 2.5:
  // https://en.wikinews.org/wiki/Kennedy_assassin_Sirhan_Sirhan_stabbed_in_California_prison
  assert.deepEqual(nounCues('The California Department of Corrections and Rehabilitation did not identify Sirhan as the victim. The Department issued a statement that an inmate had been stabbed.', '2019-09-03'),
    [{ cue: 'statement', content: 'an inmate had been stabbed', speaker: 'The Department' }]);
  // "Scientology defector arrested after attempting to leave organization", English Wikinews, 2010-10-09, CC BY 2.5:
  // https://en.wikinews.org/wiki/Scientology_defector_arrested_after_attempting_to_leave_organization
  assert.deepEqual(nounCues('Montalvo had known Devocht personally, and came to the conclusion that the claims made about him in the Freedom article were lies.', '2010-10-09'),
    [{ cue: 'conclusion', content: 'the claims made about him in the Freedom article were lies', speaker: 'Montalvo' }]);
  // our own sentence: the one who rejects a claim is not the one who made it
  assert.deepEqual(nounCues("The minister rejected the opposition's claim that the election had been rigged.", '2020-01-01'),
    [{ cue: 'claim', content: 'the election had been rigged', speaker: 'the opposition' }]);
});

test('a statement after a preposition is the medium of the verb, which reports the clause', () => {
  // from the same Scientology article
  assert.deepEqual(nounCues("Steve Whitmore, a representative for the LA Sheriff's office, told LA Weekly in a statement that the case was being dealt with as charges relating to grand theft.", '2010-10-09'), []);
});

test('a noun of saying reports the phrase after its preposition or its infinitive, when the text says whose words they are', () => {
  // "On the campaign trail in the USA, August 2020", English Wikinews, 2020-09-30, CC BY 2.5:
  // https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
  assert.deepEqual(nounCues("This fulfilled Biden's earlier pledge to pick a woman as his running mate.", '2020-09-30'),
    [{ cue: 'pledge', content: 'to pick a woman as his running mate', speaker: 'Biden' }]);
  // "Longtime leader of Zimbabwe Robert Mugabe dies aged 95", English Wikinews, 2019-09-09, CC BY 2.5:
  // https://en.wikinews.org/wiki/Longtime_leader_of_Zimbabwe_Robert_Mugabe_dies_aged_95
  assert.deepEqual(nounCues("The following election in 2013 saw a substantial victory for Mugabe, and despite Tsvangirai's allegations of widespread fraud, Mugabe ended the power-sharing.", '2019-09-09'),
    [{ cue: 'allegations', content: 'widespread fraud', speaker: 'Tsvangirai' }]);
  // our own sentence: calls no one is said to make are not reported speech
  assert.deepEqual(nounCues('Calls for calm went unheeded.', '2020-01-01'), []);
});
