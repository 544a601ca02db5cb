import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, value, tensed } from './time.test-helpers.js';

test('a bare weekday takes its direction from the tense of the verb it attaches to (published Wednesday 2025-01-15)', () => {
  const p = '2025-01-15';
  // future: "will", "would", a plan in the past
  assert.equal(tensed('The prime minister will meet union leaders in Brussels on Thursday.', p, 'Thursday'), '2025-01-16');
  assert.equal(tensed('Officials said the finance minister of the northern province would be traveling to the capital with a delegation on Thursday.', p, 'Thursday'), '2025-01-16');
  assert.equal(tensed('Farmers were planning to drive their tractors slowly around the regional airport on Thursday.', p, 'Thursday'), '2025-01-16');
  // present and present progressive look ahead
  assert.equal(tensed('The two foreign ministers meet separately Monday with the United Nations envoy.', p, 'Monday'), '2025-01-20');
  assert.equal(tensed('The city council is meeting behind closed doors on Thursday to vote on the budget.', p, 'Thursday'), '2025-01-16');
  // past, past perfect, present perfect
  assert.equal(tensed('Rebels seized the airport on Monday after a night of shelling.', p, 'Monday'), '2025-01-13');
  assert.equal(tensed('The ceasefire had been due to expire on Thursday.', p, 'Thursday'), '2025-01-09');
  assert.equal(tensed('An apartment block caught fire on Thursday morning in the old town.', p, 'Thursday morning'), '2025-01-09TMO');
  // a weekday inside a noun phrase is not the verb's time: the cue words decide, as without tokens
  assert.equal(tensed('Lawyers for the family said they would appeal Monday\'s ruling.', p, 'Monday'), '2025-01-13');
  // "could" says nothing ("could not be reached Monday"): the cue words decide
  assert.equal(tensed('The mayor could not be reached for comment on Monday.', p, 'Monday'), '2025-01-13');
});

test('a bare month takes its direction from the future or past tense of its verb, not from a present one', () => {
  assert.equal(tensed('The agency will name a veteran pilot as commander of the crew for a mission in December.', '2025-03-04', 'December'), '2025-12');
  assert.equal(tensed('The dividend would be paid to holders of the common shares of the company in January.', '2025-10-26', 'January'), '2026-01');
  assert.equal(tensed('The delegation was pushed out of the talks in February but they are back.', '2025-03-22', 'February'), '2025-02');
  assert.equal(tensed('The protest follows another attempt in April to block the road.', '2025-06-01', 'April'), '2025-04');
});

test('"was forecast to reach … late on Monday or early Tuesday" looks ahead, and the second weekday follows the first (Wikinews)', () => {
  const text = 'Dorian was forecast to reach the eastern coast of the United States late on Monday or early Tuesday.';
  assert.equal(tensed(text, '2019-09-01', 'Monday'), '2019-09-02');
  assert.equal(tensed(text, '2019-09-01', 'Tuesday'), '2019-09-03');
  // statements listed newest first: the weekday nearest the one just named
  assert.equal(value('Following are statements made Friday and Thursday by Lawrence Wechsler.', '1998-02-06', 'Thursday'), '1998-02-05');
});

test('"was to end in August" looks ahead, as "is to" does (Wikinews)', () => {
  assert.equal(tensed('His presidential term was to end in August, in favor of his elected successor.', '2020-06-11', 'August'), '2020-08');
  assert.equal(tensed('His presidential term ended in August.', '2020-06-11', 'August'), '2019-08');
});

test('"was to meet Monday" says nothing of the weekday; an age in two units is no length (Wikinews)', () => {
  assert.equal(tensed('The Senate was to meet Monday to discuss the confirmation.', '2019-08-08', 'Monday'), '2019-08-05');
  assert.ok(!timexes('A justice over the age of 70 years and six months may retire.', '2021-04-09').some((t) => t.by === 'time/compound-duration'));
});

test('a participle after a comma takes the past of the verb before it: "was in Bulgaria …, starting in October" (Wikinews)', () => {
  assert.equal(tensed('And I was actually in Bulgaria for five months, starting in October, studying the bone artefacts there.', '2020-06-28', 'October'), '2019-10');
  // a present verb before it says nothing: "holds …, including 254,200 bought from Sept. 14 to Thursday"
  assert.equal(tensed('The group holds 5.1% of the shares, including 254,200 bought from Sept. 14 to Thursday for $15.50 each.', '1989-10-30', 'Thursday'), '1989-10-26');
});

test('"anticipated to begin in January" looks ahead (Wikinews)', () => {
  const text = 'McConnell reportedly previously committed to proceeding with an impeachment trial, anticipated to begin in January.';
  assert.equal(value(text, '2019-12-21', 'January'), '2020-01');
  assert.equal(tensed(text, '2019-12-21', 'January'), '2020-01');
});

test('a weekday planned or expected in the past is the nearest one; a sentence opening "Through Tuesday evening" in the past looks back (Wikinews)', () => {
  // Thursday's paper: the night just past, not next week's
  assert.equal(tensed('Humberto was expected to pass by Bermuda late Wednesday night.', '2019-09-19', 'Wednesday night'), '2019-09-18');
  assert.equal(tensed('The NHC predicted that Humberto would pass by Bermuda Wednesday night, before beginning to weaken on Thursday.', '2019-09-19', 'Wednesday night'), '2019-09-18');
  // Friday's paper: the primary was to be held three days before
  assert.equal(tensed('In Ohio, which was planning to hold its primary election on Tuesday, Governor Mike DeWine postponed it.', '2020-03-20', 'Tuesday'), '2020-03-17');
  assert.equal(tensed('Through Tuesday evening the fire was reduced and the order for a fire extinguisher robot was canceled.', '2020-01-10', 'Tuesday evening'), '2020-01-07TEV');
  // a plan in the present still looks ahead
  assert.equal(tensed('Ohio is planning to hold its primary election on Tuesday.', '2020-03-20', 'Tuesday'), '2020-03-24');
});

test('a typographic apostrophe reads as the plain one: "he’ll" looks ahead as "he\'ll" does', () => {
  // made-up sentences in the construction of 2016 campaign coverage
  assert.equal(tensed('Reporters keep asking whether he’ll leave the race before Tuesday’s vote in Ohio.', '2016-03-10', 'Tuesday'), '2016-03-15');
  assert.equal(tensed('The governor said this week that she’ll be ready to campaign hard in November.', '2016-05-12', 'November'), '2016-11');
  assert.equal(tensed('The governor said this week that she\'ll be ready to campaign hard in November.', '2016-05-12', 'November'), '2016-11');
});

test('a word tagged as a verb after a possessive is a noun ("her third-place finish … on Monday night")', () => {
  const text = 'Her narrow third-place finish in Iowa on Monday night - six points behind the leader, who won easily - shows how weak her campaign is.';
  assert.equal(tensed(text, '2016-02-04', 'Monday night'), '2016-02-01');
  // "her" right before a verb is its object
  assert.equal(tensed('The coach will let her finish the race on Tuesday.', '2016-02-25', 'Tuesday'), '2016-03-01');
});

test('a possessive "’s" is no auxiliary: "the mayor’s widely mocked speech … on Monday" is past', () => {
  assert.equal(tensed('The mayor’s widely mocked speech at the harbour on Monday, when she blamed the weather, drew more anger.', '2015-11-18', 'Monday'), '2015-11-16');
  assert.equal(tensed("The mayor's widely praised speech on Monday, when she announced the plan, drew applause.", '2015-11-18', 'Monday'), '2015-11-16');
});

test('an infinitive after someone told in the past to do it is a plan: "urged them to vote Tuesday" is the nearest Tuesday', () => {
  // Monday's paper: the vote is the next day
  assert.equal(tensed('The candidate greeted shoppers at a market, and she urged them to vote Tuesday.', '2016-06-06', 'Tuesday'), '2016-06-07');
  // Thursday's paper: the Tuesday just past
  assert.equal(tensed('The candidate greeted shoppers at a market, and she urged them to vote Tuesday.', '2016-06-09', 'Tuesday'), '2016-06-07');
  // with no object between, the verbs say nothing more than before
  assert.equal(tensed('The senator decided to vote Tuesday.', '2016-06-09', 'Tuesday'), '2016-06-07');
});

test('"Although" opens a clause, not a phrase: "Although the accord reached in Paris on Saturday still leaves …" is past', () => {
  // published Sunday 2015-12-13: the Saturday before, read from "reached", not the next one from "leaves"
  const text = 'Although the climate accord reached in Paris on Saturday still leaves many islands exposed, the president has won a victory.';
  assert.equal(tensed(text, '2015-12-13', 'Saturday'), '2015-12-12');
  // a preposition still opens a phrase: "In a televised address Friday, …" reads the verb after it
  assert.equal(tensed('In a televised address on Friday, the king will announce his abdication.', '2015-12-09', 'Friday'), '2015-12-11');
});

test('a weekday of a noun phrase after "during" is the verb\'s time: "will air during Sunday\'s final" is the next Sunday', () => {
  // published Friday 2016-06-24
  assert.equal(tensed('The new spot will air on the network during Sunday\'s final of the tournament.', '2016-06-24', 'Sunday'), '2016-06-26');
  assert.equal(tensed('The new spot aired on the network during Sunday\'s final of the tournament.', '2016-06-24', 'Sunday'), '2016-06-19');
});

test('"will have to" looks ahead: only "will have" before a participle is over by then', () => {
  // published a week before March
  assert.equal(tensed('The senator said after the debate that he will have to win some of the large states in March.', '2016-02-24', 'March'), '2016-03');
});

test('a weekday before a bare past form of predicting or planning dates the predicting, not what was predicted', () => {
  // published on a Tuesday: the allies spoke the day before
  assert.equal(tensed('The ruling party on Monday predicted a sweep of the provincial races.', '2015-11-10', 'Monday'), '2015-11-09');
});
