import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/** Each mention written `phrase`, as "phrase → entity name". */
function named(text: string, published: string, phrase: string): string[] {
  const record = analyze(pipeline, { text, published });
  return record.entities.flatMap((e) => e.mentions.filter((m) => text.slice(m.start, m.end) === phrase).map(() => `${phrase} → ${e.name}`));
}

/**
 * "the agency", "the airline", "the commission": a definite noun of a kind of organisation names again the organisation
 * last named of that kind (organisation-descriptions.ts). Wikinews (CC BY 2.5: wn-8a4f3602c870, wn-c352228c48de,
 * wn-aea10c6840d1).
 */
test('"the agency" after the Saudi Press Agency, "the airline" after Iranian airline Mahan Air, "the academy"', () => {
  const spa = 'According to the Saudi Press Agency, the attacks occurred at 4:00 A.M. local time and struck the largest processing plant at Abqaiq. '
    + 'The agency did not mention if there were casualties, but said exports were continuing.';
  assert.deepEqual(named(spa, '2019-09-15', 'The agency'), ['The agency → Saudi Press Agency']);
  const mahan = 'Germany on Monday banned Iranian airline Mahan Air from flying in the European nation. '
    + '"The airline transports weapons and fighters across the Middle East," according to the US Treasury.';
  assert.deepEqual(named(mahan, '2019-01-21', 'The airline'), ['The airline → Mahan Air']);
  const nobel = 'On Tuesday, the Royal Swedish Academy of Sciences announced the winners of the 2019 Nobel Prize in Physics. '
    + 'Since their discovery, according to the academy, over four thousand other exoplanets have been discovered.';
  assert.deepEqual(named(nobel, '2019-10-10', 'the academy'), ['the academy → Royal Swedish Academy of Sciences']);
});

test('a description with a name, a relative clause or no organisation of its kind before it names none', () => {
  assert.deepEqual(named('My middle and my high school, I went to the organisation which is called SAMPAD.', '2019-02-01', 'the organisation'), []);
  assert.deepEqual(named('Apple sold more phones. The company said sales rose.', '2019-02-01', 'The company'), []);
  assert.deepEqual(named('The World Health Organization warned of a pandemic. The organization said Iran must act.', '2020-03-01', 'The organization'), ['The organization → World Health Organization']);
});
