import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/** The quote whose cue is `cue`, as [content, speaker phrase], or null. */
function quoteOf(text: string, published: string, cue: string): [string, string | null] | null {
  const q = pipeline.run(new Doc(text, { published })).get('quotes').find((x) => x.cue === cue);
  return q ? [text.slice(q.start, q.end), q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end)] : null;
}

/** [text, published, cue, content, speaker]: verbs of boasting, judging, urging and ruling, each with what it reports. */
const REPORTED: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  // our own sentences
  ['The mayor bemoaned that the city had received no federal help.', '2020-01-01', 'bemoaned', 'the city had received no federal help', 'The mayor'],
  ['The senator touted her record on veterans\u2019 health care.', '2020-01-01', 'touted', 'her record on veterans\u2019 health care', 'The senator'],
  ['Police learned that the suspect had fled to Canada.', '2020-01-01', 'learned', 'the suspect had fled to Canada', 'Police'],
  // "On the campaign trail in the USA, August 2020", English Wikinews, 2020-09-30, CC BY 2.5:
  // https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
  ['In a later speech, Trump assailed the event as the "darkest and angriest and gloomiest convention in American history."', '2020-09-30', 'assailed',
    'the event as the "darkest and angriest and gloomiest convention in American history."', 'Trump'],
  // "Greek court rules worship of ancient Greek deities is legal", English Wikinews, 2006-03-27, CC BY 2.5:
  // https://en.wikinews.org/wiki/Greek_court_rules_worship_of_ancient_Greek_deities_is_legal
  ['Greek court has ruled that worshippers of the ancient Greek religion may now formally associate and worship at archeological sites.', '2006-03-27', 'ruled',
    'worshippers of the ancient Greek religion may now formally associate and worship at archeological sites', 'Greek court'],
  // "Fiancée of murdered Saudi journalist demands justice at UN General Assembly", English Wikinews, 2019-09-29, CC BY 2.5:
  // https://en.wikinews.org/wiki/Fianc%C3%A9e_of_murdered_Saudi_journalist_demands_justice_at_UN_General_Assembly
  ['Callamard encouraged the CIA to release the files from their investigation.', '2019-09-29', 'encouraged', 'to release the files from their investigation', 'Callamard'],
  // "New Zealand begins process to consider changing national flag design", English Wikinews, 2015-05-07, CC BY 2.5:
  // https://en.wikinews.org/wiki/New_Zealand_begins_process_to_consider_changing_national_flag_design
  ['People were encouraged to submit their designs online.', '2015-05-07', 'encouraged', 'to submit their designs online', null],
];

test('verbs of boasting, judging, urging and coming to hold a thing report what follows them', () => {
  for (const [text, published, cue, content, speaker] of REPORTED) assert.deepEqual(quoteOf(text, published, cue), [content, speaker], text);
});

test('a verb that takes only a "that" clause, or only an infinitive after whom it urges, reports nothing else', () => {
  // our own sentences: "that" a determiner, a thing encouraged, a thing discovered
  for (const [text, cue] of [
    ['The Supreme Court ruled on the appeal of that decision by the government.', 'ruled'],
    ['The agreement aims to encourage more trade between the two countries.', 'encourage'],
    ['The two astronomers won the prize for discovering the first known exoplanet.', 'discovering'],
  ]) assert.equal(quoteOf(text, '2020-01-01', cue), null, text);
});

test('a participle opening its sentence speaks through the subject of the main clause, never its own object', () => {
  // "After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition",
  // English Wikinews, 2017-07-21, CC BY 2.5: https://en.wikinews.org/wiki/After_visa_snags%2C_all-girl_Afghan_team_honored_for_%27courageous_achievement%27_at_international_robotics_competition
  assert.deepEqual(quoteOf('Citing privacy rules, U.S. officials have not said why the team was initially denied visas.', '2017-07-21', 'Citing'), ['privacy rules', 'U.S. officials']);
  // our own sentence
  assert.deepEqual(quoteOf('Criticizing the decision, Smith said the court had gone too far.', '2020-01-01', 'Criticizing'), ['the decision', 'Smith']);
  // "Suspect arrested in death of elephant in Kerala, India that ate explosive fruit", English Wikinews, 2020-06-07, CC BY 2.5:
  // https://en.wikinews.org/wiki/Suspect_arrested_in_death_of_elephant_in_Kerala,_India_that_ate_explosive_fruit
  // (the parse hangs the participle on the clause after "estimated", whose subject is the elephant: no speaker is read)
  const text = "Citing the elephant's reduced body size, officials estimated she may have starved for up to 20 days or longer.";
  assert.notDeepEqual(quoteOf(text, '2020-06-07', 'Citing')?.[1], 'she', text);
});

test('one asked a question reports the question, put by the agent if the text names one', () => {
  // "On the campaign trail in the USA, October 2020", English Wikinews, 2020-11-02, CC BY 2.5:
  // https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
  assert.deepEqual(quoteOf('When asked about climate change, Trump claimed carbon emissions have been lower during his administration.', '2020-11-02', 'asked'), ['climate change', null]);
  // our own sentences
  assert.deepEqual(quoteOf('Asked on Monday whether the talks had failed, the minister shook his head.', '2020-01-01', 'Asked'), ['whether the talks had failed', null]);
  assert.deepEqual(quoteOf('The senator was asked by reporters if she would support the bill.', '2020-01-01', 'asked'), ['if she would support the bill', 'reporters']);
  // (asked to do a thing is a request, read as before)
  assert.deepEqual(quoteOf('She was asked to leave the building.', '2020-01-01', 'asked'), ['to leave the building', null]);
});
